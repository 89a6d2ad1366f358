import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type pg from 'pg';

/**
 * The reference the analytics are measured against (DESIGN.md §5: "the same query in DuckDB"): the raw facts
 * (report values, reports, institutions, indicators, the province lineage) exported from the engine into an
 * in-memory DuckDB, and the figures computed from them on every query, with no rollups. When DuckDB cannot be
 * loaded here, the same SQL runs on the engine itself (raw aggregation over report_values), and says so.
 */

export interface OlapReference {
  /** "DuckDB 1.5.6" or "raw SQL on PostgreSQL" */
  name: string;
  note?: string;
  loadSeconds: number;
  query(sql: string): Promise<unknown[]>;
  /** One connection per concurrent user where the engine has them. */
  session(): Promise<(sql: string) => Promise<unknown[]>>;
  close(): Promise<void>;
}

const CODE = /^[A-Za-z0-9_]+$/;
const list = (items: readonly (string | number)[]) =>
  items
    .map((i) => {
      if (typeof i === 'number' ? !Number.isInteger(i) : !CODE.test(i)) throw new Error(`bad literal ${i}`);
      return typeof i === 'number' ? String(i) : `'${i}'`;
    })
    .join(', ');

/**
 * Facts per report × indicator as the rebuild defines them (facts.repo.ts): a report counts once submitted,
 * its values once approved or locked; coverage is met by a yes, a threshold by reaching it; a ratio's first
 * element is the numerator (value), its second the denominator (value2), other kinds sum their elements. Provinces of
 * the year are put on today's through the lineage weights (old Ninh Bình, Hà Nam, Nam Định → Ninh Bình).
 */
function facts(where: string, indicators: readonly string[] | null): string {
  return `
    with r as (
      select r.id, cast(r.period as integer) as year, r.status, r.province_id, r.commune_id, m.to_id, m.weight,
        i.category
      from reports r join institutions i on i.unit_id = r.unit_id
        join bench_province_map m on m.from_id = r.province_id
      where ${where} and r.status in ('submitted', 'approved', 'locked')),
    f as (
      select r.id, r.year, r.status, r.province_id, r.commune_id, r.to_id, r.weight, r.category, im.indicator_code,
        im.kind, im.threshold,
        sum(case when im.kind <> 'ratio' or im.position = 0 then v.value end) as value,
        sum(case when im.kind = 'ratio' and im.position = 1 then v.value end) as value2, count(v.value) as n
      from r join bench_indicator_map im on im.category = r.category
        left join report_values v on v.report_id = r.id and v.element_code = im.element_code
      ${indicators ? `where im.indicator_code in (${list(indicators)})` : ''}
      group by r.id, r.year, r.status, r.province_id, r.commune_id, r.to_id, r.weight, r.category,
        im.indicator_code, im.kind, im.threshold),
    g as (
      select f.*, case when status in ('approved', 'locked') and n > 0 then 1 else 0 end as counts from f)`;
}

const SUMS = `sum(weight) as submitted, sum(weight * counts) as reported,
  sum(case when counts = 1 and ((kind = 'coverage' and coalesce(value, 0) >= 1)
    or (kind = 'threshold' and coalesce(value, 0) >= coalesce(threshold, 1))) then weight else 0 end) as met,
  sum(weight * counts * coalesce(value, 0)) as value, sum(weight * counts * coalesce(value2, 0)) as value2`;

/** A province's scorecard: its indicators for every year from the plan's to the year asked, on today's units. */
export function scorecardSql(provinceId: number, years: readonly number[], indicators: readonly string[]) {
  const periods = years.map((y) => `'${Number(y)}'`).join(', ');
  return `${facts(`m.to_id = ${Number(provinceId)} and r.period in (${periods})`, indicators)}
    select year, indicator_code, category, ${SUMS} from g group by year, indicator_code, category`;
}

/** The national table: 34 provinces × every indicator, for a year and the year before (growth). */
export function nationalSql(year: number) {
  const periods = `'${Number(year) - 1}', '${Number(year)}'`;
  return `${facts(`r.period in (${periods})`, null)}
    select to_id as province_id, year, indicator_code, category, ${SUMS} from g
    group by to_id, year, indicator_code, category`;
}

/** Everything the rebuild computes: every year on the country, the province and the commune of the time. */
export function everythingSql() {
  return `${facts('true', null)}
    select province_id, commune_id, year, indicator_code, category, ${SUMS} from g
    group by grouping sets ((year, indicator_code, category), (province_id, year, indicator_code, category),
      (commune_id, year, indicator_code, category))`;
}

const HELPERS = {
  bench_province_map: `
    select id as from_id, id as to_id, 1.0::float8 as weight from units where kind = 'province' and valid_to is null
    union all
    select l.from_unit_id, l.to_unit_id, l.weight from unit_lineage l
      join units f on f.id = l.from_unit_id join units t on t.id = l.to_unit_id
    where f.kind = 'province' and t.kind = 'province' and t.valid_to is null`,
  bench_indicator_map: `
    select ind.code as indicator_code, ind.kind, ind.threshold, ie.element_code, ie.position, c.category
    from indicators ind join indicator_elements ie on ie.indicator_code = ind.code
      cross join lateral jsonb_array_elements_text(ind.categories) as c(category)`,
};

const TABLES: Record<string, { select: string; columns: Record<string, string> }> = {
  reports: {
    select: 'select id, unit_id, period, status, province_id, commune_id from reports',
    columns: {
      id: 'INTEGER',
      unit_id: 'INTEGER',
      period: 'VARCHAR',
      status: 'VARCHAR',
      province_id: 'INTEGER',
      commune_id: 'INTEGER',
    },
  },
  institutions: {
    select: 'select unit_id, category from institutions',
    columns: { unit_id: 'INTEGER', category: 'VARCHAR' },
  },
  bench_province_map: {
    select: HELPERS.bench_province_map,
    columns: { from_id: 'INTEGER', to_id: 'INTEGER', weight: 'DOUBLE' },
  },
  bench_indicator_map: {
    select: HELPERS.bench_indicator_map,
    columns: {
      indicator_code: 'VARCHAR',
      kind: 'VARCHAR',
      threshold: 'DOUBLE',
      element_code: 'VARCHAR',
      position: 'INTEGER',
      category: 'VARCHAR',
    },
  },
};

const csvField = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** Writes a query's rows to a CSV file (codes and numbers only: no quoting needed, checked). */
async function exportTable(pool: pg.Pool, select: string, columns: string[], file: string) {
  const out = createWriteStream(file);
  out.write(`${columns.join(',')}\n`);
  const rows = await pool.query(select);
  for (const row of rows.rows) {
    const line = columns.map((c) => csvField(row[c])).join(',');
    if (line.includes('"')) throw new Error(`unexpected quote in ${file}`);
    out.write(`${line}\n`);
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return rows.rows.length;
}

/** report_values in keyset pages of 250,000 rows (one query of 10 M rows would hold them all in memory). */
async function exportValues(pool: pg.Pool, file: string, log: (line: string) => void) {
  const out = createWriteStream(file);
  out.write('report_id,element_code,value\n');
  let after: [number, string] = [0, ''];
  let total = 0;
  for (;;) {
    const page = await pool.query<{ report_id: number; element_code: string; value: number | null }>(
      `select report_id, element_code, value from report_values where (report_id, element_code) > ($1, $2)
       order by report_id, element_code limit 250000`,
      after,
    );
    if (page.rows.length === 0) break;
    let chunk = '';
    for (const r of page.rows) chunk += `${r.report_id},${r.element_code},${csvField(r.value)}\n`;
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    const last = page.rows[page.rows.length - 1]!;
    after = [last.report_id, last.element_code];
    total += page.rows.length;
    if (total % 2_000_000 < 250_000) log(`reference: ${total.toLocaleString('en')} values exported`);
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return total;
}

async function openDuckDb(pool: pg.Pool, log: (line: string) => void): Promise<OlapReference> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const started = performance.now();
  const dir = mkdtempSync(path.join(tmpdir(), 'suotdoi-duckdb-'));
  try {
    // DuckDB takes up to 80 % of the machine by default; the engine under test lives in this process too.
    const instance = await DuckDBInstance.create(':memory:', { memory_limit: '4GB' });
    const main = await instance.connect();
    const version = (await main.runAndReadAll('select version() as v')).getRowObjects()[0]?.v;
    const load = async (table: string, columns: Record<string, string>) => {
      const spec = Object.entries(columns)
        .map(([c, t]) => `'${c}': '${t}'`)
        .join(', ');
      await main.run(`create table ${table} as select * from read_csv('${path.join(dir, `${table}.csv`)}',
        header = true, nullstr = '', columns = {${spec}})`);
    };
    for (const [table, t] of Object.entries(TABLES)) {
      await exportTable(pool, t.select, Object.keys(t.columns), path.join(dir, `${table}.csv`));
      await load(table, t.columns);
    }
    const values = await exportValues(pool, path.join(dir, 'report_values.csv'), log);
    await load('report_values', { report_id: 'INTEGER', element_code: 'VARCHAR', value: 'DOUBLE' });
    const loadSeconds = (performance.now() - started) / 1000;
    log(
      `reference: DuckDB ${version} loaded ${values.toLocaleString('en')} values in ${loadSeconds.toFixed(1)} s`,
    );
    const read = (c: typeof main) => async (sql: string) => (await c.runAndReadAll(sql)).getRowObjects();
    return {
      name: `DuckDB ${version}`,
      loadSeconds,
      query: read(main),
      session: async () => read(await instance.connect()),
      close: async () => {
        main.closeSync();
        instance.closeSync();
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The fallback: the same SQL on the engine, over report_values directly (helper tables created beside it). */
async function openRawSql(pool: pg.Pool, engine: string, why: string): Promise<OlapReference> {
  const started = performance.now();
  for (const [table, select] of Object.entries(HELPERS)) {
    await pool.query(`drop table if exists ${table}`);
    await pool.query(`create table ${table} as ${select}`);
  }
  const query = async (sql: string) => (await pool.query(sql)).rows;
  return {
    name: `raw SQL on ${engine}`,
    note: `DuckDB could not be loaded here (${why}); the reference is raw SQL aggregation over report_values`,
    loadSeconds: (performance.now() - started) / 1000,
    query,
    session: async () => query,
    close: async () => {
      for (const table of Object.keys(HELPERS)) await pool.query(`drop table if exists ${table}`);
    },
  };
}

export async function openReference(
  pool: pg.Pool,
  engine: string,
  log: (line: string) => void,
): Promise<OlapReference> {
  try {
    return await openDuckDb(pool, log);
  } catch (error) {
    const why = (error as Error).message.split('\n')[0]!.slice(0, 160);
    log(`reference: DuckDB unavailable (${why}); falling back to raw SQL on ${engine}`);
    return openRawSql(pool, engine, why);
  }
}
