import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The embedded database's owner: the CLI refuses to open the files while this process is alive. */
export function pidFile(dataDir: string): string {
  return path.join(dataDir, 'server.pid');
}

export function writePidFile(dataDir: string): () => void {
  const file = pidFile(dataDir);
  writeFileSync(file, String(process.pid));
  return () => rmSync(file, { force: true });
}
