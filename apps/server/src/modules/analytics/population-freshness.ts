import { todayInVietnam } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client';
import { refreshPopulation, yearsToBuild } from './population.repo';

/**
 * The population changes when institutions or units do (created, closed, moved, merged). Those writes only
 * mark it stale, in their own transaction (cheap: one row); the next analytics read recounts it, once, under
 * a lock, so that no institution edit waits seconds for a national recount.
 */

export const POPULATION_STALE_KEY = 'analytics.population.stale';

/** The audit entities whose writes change who is expected to report. */
const POPULATION_ENTITIES = new Set(['institution', 'unit', 'restructuring_event']);

export async function markPopulationStaleFor(tx: DbOrTx, entity: string): Promise<void> {
  if (!POPULATION_ENTITIES.has(entity)) return;
  await tx.execute(sql`
    insert into meta (key, value, updated_at) values (${POPULATION_STALE_KEY}, 'true'::jsonb, now())
    on conflict (key) do update set updated_at = now()`);
}

/** Recounts every year reports or the population hold, and the current one, when a write marked it stale. */
export async function ensureFreshPopulation(db: Db, clock: () => Date): Promise<void> {
  const stale = await db.execute(sql`select 1 from meta where key = ${POPULATION_STALE_KEY}`);
  if (stale.rows.length === 0) return;
  await db.transaction(async (tx) => {
    const claimed = await tx.execute(sql`delete from meta where key = ${POPULATION_STALE_KEY} returning key`);
    // Another request recounted it first (the delete waited on its lock and found nothing).
    if (claimed.rows.length === 0) return;
    const now = clock();
    const today = todayInVietnam(now);
    for (const year of await yearsToBuild(tx, today)) await refreshPopulation(tx, year, today, now);
  });
}
