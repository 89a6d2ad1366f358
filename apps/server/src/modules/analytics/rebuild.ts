import { todayInVietnam } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client';
import { rebuildFactsAndRollups } from './facts.repo';
import { refreshPopulation, yearsToBuild } from './population.repo';
import { clearStructureCache } from './structure';

export interface RebuildResult {
  years: number[];
  facts: number;
  rollups: number;
  population: number;
  ms: number;
}

/**
 * The full rebuild (`suotdoi analytics rebuild`): recomputes the facts, rollups and population of every year
 * (or the years given) from the reports and units, in one transaction, so readers see the old figures until
 * the new ones are complete. What the incremental updates keep must equal what this computes (tested).
 */
export async function rebuildAnalytics(
  db: DbOrTx,
  options: { years?: number[]; clock?: () => Date; log?: (line: string) => void } = {},
): Promise<RebuildResult> {
  const started = performance.now();
  const now = (options.clock ?? (() => new Date()))();
  const today = todayInVietnam(now);
  const log = options.log ?? (() => {});
  const run = async (tx: DbOrTx) => {
    const years = options.years ?? (await yearsToBuild(tx, today));
    let population = 0;
    for (const year of years) {
      population += await refreshPopulation(tx, year, today, now);
      log(`analytics: population ${year} counted`);
    }
    const { facts, rollups } = await rebuildFactsAndRollups(tx, now, options.years ?? null);
    log(`analytics: ${facts} facts, ${rollups} rollup rows`);
    return { years, facts, rollups, population };
  };
  const result = await db.transaction(run);
  clearStructureCache();
  return { ...result, ms: Math.round(performance.now() - started) };
}

const BUILT_KEY = 'analytics.built';

/**
 * The first start after the analytics tables appeared (a new database, or one upgraded with reports in it)
 * builds them once; from then on reports keep them up to date.
 */
export async function ensureAnalyticsBuilt(db: Db, log: (line: string) => void): Promise<void> {
  const done = await db.execute(sql`select 1 from meta where key = ${BUILT_KEY}`);
  if (done.rows.length > 0) return;
  const r = await rebuildAnalytics(db, { log });
  await db.execute(sql`
    insert into meta (key, value) values (${BUILT_KEY}, ${JSON.stringify({ ms: r.ms })}::jsonb)
    on conflict (key) do nothing`);
  log(`analytics built for ${r.years.join(', ')} in ${r.ms} ms`);
}
