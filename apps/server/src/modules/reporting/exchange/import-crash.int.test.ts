import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { todayInVietnam } from '@suotdoi/shared';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * DESIGN.md §6: "a crash in the middle of an import leaves the database as before it". The real server runs as a
 * child process on a fresh database (file-backed PGlite, or a scratch PostgreSQL database when TEST_DATABASE_URL
 * is set), takes a large import as a job, is killed with SIGKILL while the job writes, and is started again: no
 * value of that import exists and the job reads `failed`.
 */

const root = path.resolve(import.meta.dirname, '../../../../../..');
const PG_URL = process.env.TEST_DATABASE_URL;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

interface Server {
  url: string;
  child: ChildProcess;
}

async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  // node itself with tsx's loader, not the tsx CLI: the CLI runs the server in a child that a SIGKILL of the
  // CLI would orphan, still writing.
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/server.ts'], {
    cwd: root,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SUOTDOI_DEMO: '0',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 480; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, child };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not become healthy');
}

async function signIn(url: string, password: string) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password }),
  });
  if (!res.ok) throw new Error(`login ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return (pathname: string, init: RequestInit = {}) =>
    fetch(`${url}${pathname}`, {
      ...init,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(init.headers ?? {}) },
    });
}

function upload(name: string, text: string) {
  const form = new FormData();
  form.append('file', new Blob([text], { type: 'text/csv' }), name);
  return form;
}

describe('a crash during an import', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'suotdoi-crash-'));
  const password = `crash-${randomBytes(9).toString('base64url')}`;
  const scratch = `suotdoi_crash_${randomBytes(4).toString('hex')}`;
  let server: Server | undefined;

  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await new Promise((r) => server!.child.once('exit', r));
    }
    rmSync(dataDir, { recursive: true, force: true });
    if (PG_URL) {
      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      await admin.query(`drop database if exists ${scratch} with (force)`);
      await admin.end();
    }
  });

  it('leaves no value of the import and marks its job failed', { timeout: 300_000 }, async () => {
    let databaseUrl = '';
    if (PG_URL) {
      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      await admin.query(`create database ${scratch}`);
      await admin.end();
      const u = new URL(PG_URL);
      u.pathname = `/${scratch}`;
      databaseUrl = u.toString();
    }
    const env = { DATA_DIR: dataDir, SUOTDOI_ADMIN_PASSWORD: password, DATABASE_URL: databaseUrl };
    server = await startServer(env);
    let api = await signIn(server.url, password);

    // 3,000 libraries in one commune, through the institutions import.
    const communes = (await (await api('/api/units?level=commune&limit=1')).json()) as { code: string }[];
    const commune = communes[0]!.code;
    const count = 3000;
    const institutions = ['code,name,category,unitCode'];
    for (let i = 1; i <= count; i++) institutions.push(`CR${i},Thư viện ${i},library_commune,${commune}`);
    const created = await api('/api/institutions/import?dryRun=false', {
      method: 'POST',
      body: upload('tc.csv', institutions.join('\n')),
    });
    expect(created.status, await created.clone().text()).toBe(200);

    const forms = (await (await api('/api/forms')).json()) as {
      id: number;
      code: string;
      elements: { code: string; valueType: string }[];
    }[];
    const form = forms.find((f) => f.code === 'LIBRARY_ANNUAL')!;
    const elements = form.elements.filter((e) => e.valueType === 'integer').map((e) => e.code);
    // The year whose window (15/12 of the year before to 14/12) holds today: from 1 to 14 December it is still
    // this year's, and the next year's is not open yet.
    const today = todayInVietnam();
    const period = String(Number(today.slice(0, 4)) + (today.slice(5) >= '12-15' ? 1 : 0));
    const lines = [`unitCode,${elements.join(',')}`];
    for (let i = 1; i <= count; i++) lines.push(`CR${i},${elements.map((_, j) => i + j).join(',')}`);
    const res = await api(`/api/forms/${form.id}/import?period=${period}&dryRun=false`, {
      method: 'POST',
      body: upload('so-lieu.csv', lines.join('\n')),
    });
    expect(res.status, await res.clone().text()).toBe(202);
    const { jobId } = (await res.json()) as { jobId: string };

    // On PostgreSQL the job's row shows its progress: kill once some values are written. PGlite is one session,
    // so while the import's transaction runs every other request waits: a job query that does not answer within
    // 300 ms means the writing has started.
    if (PG_URL) {
      const probe = new pg.Client({ connectionString: databaseUrl });
      await probe.connect();
      for (let i = 0; i < 400; i++) {
        const row = await probe.query<{ done: number; status: string }>(
          'select done, status from jobs where id = $1',
          [jobId],
        );
        if (row.rows[0]!.done > 0 || row.rows[0]!.status !== 'running') break;
        await new Promise((r) => setTimeout(r, 25));
      }
      const row = await probe.query<{ status: string }>('select status from jobs where id = $1', [jobId]);
      expect(row.rows[0]!.status).toBe('running');
      await probe.end();
    } else {
      let blocked = false;
      for (let i = 0; i < 200 && !blocked; i++) {
        try {
          const job = (await (
            await api(`/api/jobs/${jobId}`, { signal: AbortSignal.timeout(300) })
          ).json()) as {
            status: string;
          };
          expect(job.status).toBe('running');
        } catch (error) {
          if ((error as Error).name !== 'TimeoutError') throw error;
          blocked = true;
        }
      }
      expect(blocked).toBe(true);
    }
    server.child.kill('SIGKILL');
    await new Promise((r) => server!.child.once('exit', r));

    server = await startServer(env);
    api = await signIn(server.url, password);
    const job = (await (await api(`/api/jobs/${jobId}`)).json()) as { status: string };
    expect(job.status).toBe('failed');
    const values = (await (
      await api(`/api/dataValueSets?dataSet=LIBRARY_ANNUAL&period=${period}`)
    ).json()) as { dataValues: unknown[] };
    expect(values.dataValues).toEqual([]);
  });
});
