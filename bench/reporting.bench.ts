import { sql } from 'drizzle-orm';
import { buildApp } from '../apps/server/src/app';
import { loadConfig } from '../apps/server/src/config';
import { type Database, openDatabase } from '../apps/server/src/db/client';
import { prepareDatabase } from '../apps/server/src/db/prepare';
import type { Actor } from '../apps/server/src/modules/auth/actor';
import { createSession, SESSION_COOKIE } from '../apps/server/src/modules/auth/session-store';
import { importDataValueSet } from '../apps/server/src/modules/reporting/exchange/data-value-sets';
import { loadActiveForms } from '../apps/server/src/modules/reporting/exchange/import-values';
import { formFor } from '../apps/server/src/modules/reporting/report-context';
import { ms, percentile, withScratchPostgres } from './lib';

/**
 * DESIGN.md §5: importing values through the real validated path (the dataValueSets service: parse the CSV,
 * validate every value, scope, create the drafts, write in one transaction) against raw COPY of the same rows
 * into a copy of report_values on the same database; and saving one form over HTTP with 50 people at once.
 */

const VALUES = Number(process.env.BENCH_IMPORT_VALUES ?? 1_000_000);
const PERIODS = ['2022', '2023', '2024', '2025', '2026'];
const CLOCK = () => new Date('2026-11-05T03:00:00Z');

/** COPY … FROM STDIN through `pg` without a dependency: pg's client hands a Submittable the connection. */
class CopyIn {
  private done!: (error?: Error) => void;
  readonly finished = new Promise<void>((resolve, reject) => {
    this.done = (error) => (error ? reject(error) : resolve());
  });
  private error: Error | undefined;
  constructor(
    readonly text: string,
    private readonly chunks: Buffer[],
  ) {}
  submit(connection: { query(text: string): void }) {
    connection.query(this.text);
  }
  handleCopyInResponse(connection: { sendCopyFromChunk(b: Buffer): void; endCopyFrom(): void }) {
    for (const c of this.chunks) connection.sendCopyFromChunk(c);
    connection.endCopyFrom();
  }
  handleCommandComplete() {}
  handleReadyForQuery() {
    this.done(this.error);
  }
  handleError(error: Error) {
    this.error = error;
  }
  handleEmptyQuery() {}
  handleRowDescription() {}
  handleDataRow() {}
}

async function copyIntoInProcessPglite(chunks: Buffer[]): Promise<number> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create();
  await db.exec(`create table report_values (report_id int not null, element_code text not null,
    unit_id int not null, period text not null, province_id int, commune_id int, value float8, text_value text,
    comment text, source text not null default 'entry', updated_at timestamptz not null default now(),
    updated_by uuid, primary key (report_id, element_code));
    create unique index report_values_unit_period_element_uq on report_values (unit_id, period, element_code);
    create index report_values_province_idx on report_values (province_id, period, element_code);
    create index report_values_commune_idx on report_values (commune_id, period, element_code);`);
  const blob = new Blob(chunks as unknown as BlobPart[]);
  const t0 = performance.now();
  await db.query(
    `copy report_values (report_id, element_code, unit_id, period, province_id, commune_id, value, text_value,
      source) from '/dev/blob'`,
    [],
    { blob },
  );
  const seconds = (performance.now() - t0) / 1000;
  await db.close();
  return seconds;
}

interface EngineResult {
  engine: string;
  values: number;
  importSeconds: number;
  copySeconds: number | null;
  copyNote?: string;
  saveP50: number;
  saveP95: number;
  saves: number;
}

/** Libraries under one bench commune, enough for `VALUES` values over five years. */
async function seedWorld(database: Database, unitCount: number) {
  const db = database.db;
  const ids = await db.execute<{ id: number }>(sql`
    with country as (select id from units where kind = 'country' and code = 'VN' and valid_to is null),
    p as (insert into units (kind, code, name, search_name, valid_from, source)
      values ('province', 'BP', 'Tỉnh Đo', 'tinh do', '2020-01-01', 'bench') returning id),
    pl as (insert into unit_parents (unit_id, parent_id, valid_from) select p.id, country.id, '2020-01-01' from p, country),
    c as (insert into units (kind, code, name, search_name, valid_from, source)
      values ('commune', 'BC001', 'Xã Đo', 'xa do', '2020-01-01', 'bench') returning id),
    cl as (insert into unit_parents (unit_id, parent_id, valid_from) select c.id, p.id, '2020-01-01' from c, p)
    select p.id from p union all select c.id from c`);
  const [provinceId, communeId] = ids.rows.map((r) => r.id);
  await db.execute(sql`
    with u as (
      insert into units (kind, code, name, search_name, valid_from, source)
      select 'institution', 'BL' || lpad(g::text, 6, '0'), 'Thư viện đo ' || g, 'thu vien do ' || g, '2020-01-01', 'bench'
      from generate_series(1, ${unitCount}) g returning id),
    l as (insert into unit_parents (unit_id, parent_id, valid_from) select id, ${communeId}, '2020-01-01' from u)
    insert into institutions (unit_id, category, province_id) select id, 'library_commune', ${provinceId} from u`);
  const user = await db.execute<{ id: string }>(sql`insert into users (username, display_name, password_hash)
    values ('bench.admin', 'Bench', 'unusable') returning id`);
  const country = await db.execute<{ id: number }>(
    sql`select id from units where kind = 'country' and code = 'VN' and valid_to is null`,
  );
  const actor: Actor = {
    userId: user.rows[0]!.id,
    username: 'bench.admin',
    roles: [{ role: 'system_admin', unitId: country.rows[0]!.id }],
  };
  return { actor, communeId: communeId! };
}

async function benchEngine(engine: string, database: Database): Promise<EngineResult> {
  await prepareDatabase(database);
  const form = (await loadActiveForms(database.db)).find((f) => f.code === 'LIBRARY_ANNUAL')!;
  const elements = formFor(form, 'library_commune').elements;
  const perUnit = elements.length * PERIODS.length;
  const unitCount = Math.ceil(VALUES / perUnit);
  const { actor } = await seedWorld(database, unitCount);

  // The file a province would send: DHIS2 CSV with codes.
  const lines = ['dataElement,period,orgUnit,value'];
  let n = 0;
  outer: for (let u = 1; u <= unitCount; u++) {
    const code = `BL${String(u).padStart(6, '0')}`;
    for (const period of PERIODS) {
      for (const e of elements) {
        if (n++ >= VALUES) break outer;
        const value = e.valueType === 'boolean' ? (u % 2 ? 'true' : 'false') : String((u * 7 + n) % 5000);
        lines.push(`${e.code},${period},${code},${value}`);
      }
    }
  }
  const csv = lines.join('\n');
  const deps = { db: database.db, clock: CLOCK };
  const t0 = performance.now();
  const summary = await importDataValueSet(actor, { body: csv, dryRun: false, lang: 'vi' }, deps);
  const importSeconds = (performance.now() - t0) / 1000;
  if (summary.status !== 'SUCCESS' || summary.importCount.imported !== VALUES) {
    throw new Error(`${engine}: import failed ${JSON.stringify(summary).slice(0, 500)}`);
  }

  // The reference: the same rows, COPY'd into a copy of report_values with the same indexes.
  await database.pool.query('create table bench_values_copy (like report_values including all)');
  const rows = await database.pool.query<{ line: string }>(`select concat_ws(E'\\t', report_id, element_code,
    unit_id, period, coalesce(province_id::text, '\\N'), coalesce(commune_id::text, '\\N'),
    coalesce(value::text, '\\N'), coalesce(text_value, '\\N'), source) as line from report_values`);
  const chunks: Buffer[] = [];
  for (let i = 0; i < rows.rows.length; i += 10_000) {
    chunks.push(
      Buffer.from(
        `${rows.rows
          .slice(i, i + 10_000)
          .map((r) => r.line)
          .join('\n')}\n`,
      ),
    );
  }
  let copySeconds: number | null = null;
  let copyNote: string | undefined;
  if (database.engine === 'pglite') {
    // pglite-socket loses protocol sync on COPY FROM STDIN, so the reference runs on an in-process PGlite of
    // the same build, into a table with report_values' columns and indexes.
    copySeconds = await copyIntoInProcessPglite(chunks);
    copyNote = 'in-process PGlite';
  } else {
    const client = await database.pool.connect();
    try {
      const c0 = performance.now();
      const copy = new CopyIn(
        `copy bench_values_copy (report_id, element_code, unit_id, period, province_id, commune_id, value,
        text_value, source) from stdin`,
        chunks,
      );
      client.query(copy as never);
      await copy.finished;
      copySeconds = (performance.now() - c0) / 1000;
    } catch (error) {
      copyNote = `COPY FROM STDIN unavailable: ${(error as Error).message.slice(0, 80)}`;
    } finally {
      client.release();
    }
  }

  const save = await benchSaves(database, actor);
  return { engine, values: VALUES, importSeconds, copySeconds, copyNote, ...save };
}

/** 50 people each saving their own library's 2026 form (every element) over HTTP, one save after another. */
async function benchSaves(database: Database, _admin: Actor) {
  const config = { ...loadConfig({}), logLevel: 'silent' };
  const app = await buildApp({ config: { ...config, logLevel: 'error' }, database, clock: CLOCK });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const reports = await database.pool.query<{ id: number; version: number; unit_id: number }>(`
    select r.id, r.version, r.unit_id from reports r join units u on u.id = r.unit_id
    where r.period = '2026' and u.code like 'BL%' order by u.code limit 50`);
  const people = await Promise.all(
    reports.rows.map(async (r, i) => {
      const user = await database.pool.query<{ id: string }>(
        `insert into users (username, display_name, password_hash) values ($1, $1, 'unusable') returning id`,
        [`bench.staff.${i}`],
      );
      await database.pool.query(
        `insert into role_assignments (user_id, role, unit_id) values ($1, 'institution_staff', $2)`,
        [user.rows[0]!.id, r.unit_id],
      );
      const session = await createSession(database.db, user.rows[0]!.id, {}, CLOCK());
      return { report: r, session };
    }),
  );
  const form = (await loadActiveForms(database.db)).find((f) => f.code === 'LIBRARY_ANNUAL')!;
  const elements = formFor(form, 'library_commune').elements;
  const times: number[] = [];
  const perPerson = 20;
  const started = performance.now();
  await Promise.all(
    people.map(async ({ report, session }, p) => {
      let version = report.version;
      for (let k = 0; k < perPerson; k++) {
        const values = elements.map((e) => ({
          element: e.code,
          value: e.valueType === 'boolean' ? (k % 2 === 0 ? 1 : 0) : k * 10 + p,
        }));
        const t0 = performance.now();
        const res = await fetch(`${address}/api/reports/${report.id}/values`, {
          method: 'PUT',
          headers: {
            'content-type': 'application/json',
            cookie: `${SESSION_COOKIE}=${session.token}`,
            'x-csrf-token': session.csrfToken,
          },
          body: JSON.stringify({ version, values }),
        });
        const body = (await res.json()) as { version: number };
        if (!res.ok)
          throw new Error(`save ${report.id}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
        times.push(performance.now() - t0);
        version = body.version;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await app.close();
  times.sort((a, b) => a - b);
  return { saveP50: percentile(times, 50), saveP95: percentile(times, 95), saves: times.length, seconds };
}

function describe(r: EngineResult): string {
  const rate = r.values / r.importSeconds;
  const copy =
    r.copySeconds === null
      ? `raw COPY: ${r.copyNote}`
      : `raw COPY ${(r.values / r.copySeconds).toFixed(0)} values/s (${r.copySeconds.toFixed(2)} s), ratio import/COPY ${(r.copySeconds / r.importSeconds).toFixed(2)}`;
  return (
    `${r.engine}: import ${r.values.toLocaleString('en')} values in ${r.importSeconds.toFixed(2)} s = ` +
    `${rate.toFixed(0)} values/s; ${copy} (goal on PostgreSQL: ≥ 200,000 values/s and ≥ 0.33 of COPY)\n` +
    `${r.engine}: PUT /api/reports/:id/values (one form), 50 concurrent users, ${r.saves} saves: ` +
    `p50 ${ms(r.saveP50)}, p95 ${ms(r.saveP95)}`
  );
}

export async function reportingBench(): Promise<string[]> {
  const out = ['## Reporting: import and saving'];
  const only = process.env.BENCH_ENGINE;
  if (only !== 'postgres') {
    // One connection: with several, concurrent extended-protocol queries interleave inside pglite-socket's
    // single session ("bind message supplies 1 parameters, but prepared statement requires 2"), see the report.
    const lite = await openDatabase({ poolSize: 1 });
    try {
      out.push(describe(await benchEngine('PGlite', lite)));
    } finally {
      await lite.close();
    }
  }
  if (only !== 'pglite') {
    const pgResult = await withScratchPostgres(async (url) => {
      const database = await openDatabase({ databaseUrl: url });
      try {
        return await benchEngine('PostgreSQL', database);
      } finally {
        await database.close();
      }
    });
    out.push(pgResult ? describe(pgResult) : 'PostgreSQL: not reachable, skipped');
  }
  return out;
}

if (process.argv[1]?.endsWith('reporting.bench.ts')) {
  const lines = await reportingBench();
  console.log(`\n${lines.join('\n')}`);
  process.exit(0);
}
