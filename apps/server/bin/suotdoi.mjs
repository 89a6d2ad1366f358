#!/usr/bin/env node
// The `suotdoi` command: loads the TypeScript CLI through tsx's loader (the server runs from source).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/index.ts');
