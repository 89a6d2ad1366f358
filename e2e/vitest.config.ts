import { defineConfig } from 'vitest/config';

// Browser journeys: a real server (built web app, embedded database in a temp directory) and Debian's
// Chromium driven by playwright-core. One file at a time: they share the server.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.e2e.ts'],
    globalSetup: ['./global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    // A page's data arrives over HTTP from a real server on a shared 2-core machine: wait for it, within reason.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    env: { TZ: process.env.TZ ?? 'Asia/Ho_Chi_Minh' },
  },
});
