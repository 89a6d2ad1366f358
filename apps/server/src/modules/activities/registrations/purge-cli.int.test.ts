import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';

const run = promisify(execFile);
const bin = path.resolve(import.meta.dirname, '../../../../bin/suotdoi.mjs');

describe('suotdoi activities purge', () => {
  it('runs the retention purge on the embedded database and says how many it erased', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'suotdoi-purge-'));
    onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }));
    const env = {
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      SUOTDOI_DEMO: '0',
      REGISTRATION_RETENTION_DAYS: '90',
    };
    await run(process.execPath, [bin, 'migrate'], { env });
    const { stdout } = await run(process.execPath, [bin, 'activities', 'purge'], { env });
    expect(stdout).toContain('personal data of 0 registrations erased (activities ended over 90 days ago)');
    // Two processes, one migrating a new database from nothing: a minute on a busy machine.
  }, 240_000);
});
