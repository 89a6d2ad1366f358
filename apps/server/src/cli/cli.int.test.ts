import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';
import { PLANS_DATA_DIR } from '../modules/plans/load-plans';

const run = promisify(execFile);
const bin = path.resolve(import.meta.dirname, '../../bin/suotdoi.mjs');

/** The `suotdoi` command as an operator runs it, on an embedded database in a temporary DATA_DIR. */
async function suotdoi(dataDir: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', SUOTDOI_DEMO: '0' },
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

describe('the suotdoi command', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'suotdoi-cli-'));
  const file = path.join(dataDir, 'one.json.gz');

  it('migrates, backs up and restores the embedded database', async () => {
    expect((await suotdoi(dataDir, 'migrate')).out).toContain('migrations applied');
    const backup = await suotdoi(dataDir, 'backup', file);
    expect(backup.code, backup.out).toBe(0);
    expect(existsSync(file)).toBe(true);
    const unconfirmed = await suotdoi(dataDir, 'restore', file);
    expect(unconfirmed.code).toBe(1);
    expect(unconfirmed.out).toContain('--yes');
    const restore = await suotdoi(dataDir, 'restore', file, '--yes');
    expect(restore.code, restore.out).toBe(0);
    expect(restore.out).toContain('restored');
  });

  it('refuses to open the embedded files while a server owns them', async () => {
    writeFileSync(path.join(dataDir, 'server.pid'), String(process.pid));
    const res = await suotdoi(dataDir, 'backup', file);
    expect(res.code).toBe(1);
    expect(res.out).toContain('stop it first');
  });
});

describe('suotdoi plans load', () => {
  it('loads every built-in plan into a fresh database once; a second run loads nothing new', async () => {
    // `plans load` migrates and loads the reference units itself (the plans name their issuers and parties).
    const dataDir = mkdtempSync(path.join(tmpdir(), 'suotdoi-cli-plans-'));
    onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }));
    const files = readdirSync(path.join(PLANS_DATA_DIR, 'plans')).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    expect((await suotdoi(dataDir, 'migrate')).out).toContain('migrations applied');
    const first = await suotdoi(dataDir, 'plans', 'load');
    expect(first.code, first.out).toBe(0);
    expect(first.out).toContain(`plans: ${files.length} loaded, 0 updated from changed files`);
    const second = await suotdoi(dataDir, 'plans', 'load');
    expect(second.code, second.out).toBe(0);
    expect(second.out).toContain('plans: the files in data/ are loaded already');
    expect(second.out).not.toMatch(/\d+ loaded|reference units:/);
  }, 180_000);
});
