import type pg from 'pg';
import { percentile } from '../lib';
import { everythingSql, nationalSql, openReference, scorecardSql } from './olap-reference';

/** The reference's side of the analytics bench: the same questions, the same concurrency, from raw facts. */

export interface ScorecardSpec {
  planId: number;
  provinceId: number;
  years: number[];
  indicators: string[];
}

type Latency = { p50: number; p95: number };

export interface OlapResults {
  name: string;
  note?: string;
  loadSeconds: number;
  scorecard: Latency & { alone: Latency };
  national: Latency & { alone: Latency; users: number };
  everythingSeconds: number;
  /** Queries run under load (the rest of the numbers are per query). */
  queries: number;
  /** province|indicator|year → reported institutions and summed value, over the indicator's categories. */
  nationalByProvince: Map<string, { reported: number; value: number }>;
  /** The same for the scorecard's province, every year of the plan, on today's provinces (lineage). */
  provinceByYear: Map<string, { reported: number; value: number }>;
}

/** `total` runs of `sql` from `concurrency` loops, each on its own connection. */
async function loadQueries(
  session: () => Promise<(sql: string) => Promise<unknown[]>>,
  sql: string,
  total: number,
  concurrency: number,
) {
  const times: number[] = [];
  let next = 0;
  const worker = async () => {
    const run = await session();
    while (next < total) {
      next++;
      const t0 = performance.now();
      await run(sql);
      times.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** Sums the reference's rows over categories: `key(row)` → reported institutions and summed value. */
function byKey(rows: Record<string, unknown>[], key: (r: Record<string, unknown>) => string) {
  const cells = new Map<string, { reported: number; value: number }>();
  for (const r of rows) {
    const cell = cells.get(key(r)) ?? { reported: 0, value: 0 };
    cell.reported += Number(r.reported);
    cell.value += Number(r.value);
    cells.set(key(r), cell);
  }
  return cells;
}

/**
 * DuckDB runs one query with every core; 50 of them at once mostly wait on each other (13 s p95 for an 84 ms
 * query at national scale here), so under load it runs only `CONCURRENT_QUERIES`, and `ALONE_QUERIES` one at
 * a time give its service time, the fair comparison. The national query holds a large hash join: with 50 of
 * them at once the bench process died without a word twice (most likely memory), so it runs at most
 * `NATIONAL_USERS` at once.
 */
const CONCURRENT_QUERIES = 100;
const ALONE_QUERIES = 20;
const NATIONAL_USERS = 8;

export async function measureReference(
  pool: pg.Pool,
  engine: string,
  spec: ScorecardSpec,
  year: number,
  users: number,
  log: (line: string) => void,
): Promise<OlapResults> {
  const reference = await openReference(pool, engine, log);
  try {
    const scorecard = scorecardSql(spec.provinceId, spec.years, spec.indicators);
    const national = nationalSql(year);
    const nationalRows = (await reference.query(national)) as Record<string, unknown>[];
    const scorecardRows = (await reference.query(scorecard)) as Record<string, unknown>[];
    log(`reference: ${reference.name}, scorecard query ×${CONCURRENT_QUERIES}, ${users} concurrent`);
    const scorecardLoad = await loadQueries(reference.session, scorecard, CONCURRENT_QUERIES, users);
    const scorecardAlone = await loadQueries(reference.session, scorecard, ALONE_QUERIES, 1);
    const nationalUsers = Math.min(users, NATIONAL_USERS);
    log(`reference: national query ×${CONCURRENT_QUERIES}, ${nationalUsers} concurrent`);
    const nationalLoad = await loadQueries(reference.session, national, CONCURRENT_QUERIES, nationalUsers);
    const nationalAlone = await loadQueries(reference.session, national, ALONE_QUERIES, 1);
    const t0 = performance.now();
    await reference.query(everythingSql());
    const everythingSeconds = (performance.now() - t0) / 1000;
    return {
      name: reference.name,
      note: reference.note,
      loadSeconds: reference.loadSeconds,
      queries: CONCURRENT_QUERIES,
      scorecard: { ...scorecardLoad, alone: scorecardAlone },
      national: { ...nationalLoad, alone: nationalAlone, users: nationalUsers },
      everythingSeconds,
      nationalByProvince: byKey(
        nationalRows,
        (r) => `${Number(r.province_id)}|${r.indicator_code}|${Number(r.year)}`,
      ),
      provinceByYear: byKey(scorecardRows, (r) => `${spec.provinceId}|${r.indicator_code}|${Number(r.year)}`),
    };
  } finally {
    await reference.close();
  }
}
