import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { structureVersion } from './structure';

/**
 * Answers of the analytics reads, kept until the figures move. Every write of facts, rollups or population
 * bumps one counter in the same transaction (bumpFiguresVersion), so a kept answer holds while the counter
 * and the lineage's fingerprint stand: a national table then costs what a session lookup costs until the next
 * approval anywhere. A counter, not a time: two approvals in one millisecond must still be two versions.
 * Entries also expire, for what no version sees (a unit's name corrected in place).
 */

const VERSION_KEY = 'analytics.version';
const MAX_ENTRIES = 300;
const MAX_AGE_MS = 5 * 60_000;
const entries = new Map<string, { at: number; value: Promise<unknown> }>();

/** In the transaction that changes any figure. */
export async function bumpFiguresVersion(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`
    insert into meta (key, value) values (${VERSION_KEY}, '1'::jsonb)
    on conflict (key) do update set value = to_jsonb((meta.value #>> '{}')::bigint + 1), updated_at = now()`);
}

/** The version of every figure: the counter, the lineage's fingerprint and the database object. */
export async function figuresVersion(db: DbOrTx): Promise<string> {
  const rows = await db.execute<{ v: string }>(
    sql`select value #>> '{}' as v from meta where key = ${VERSION_KEY}`,
  );
  return `${dbKey(db)}|${await structureVersion(db)}|${rows.rows[0]?.v ?? 0}`;
}

/**
 * The kept answer for `key` (which must hold the version), or `compute`'s, kept. The promise is kept, not the
 * value, so users asking the same thing while it is computed (everyone, right after an approval) share one
 * computation; a failure is not kept.
 */
export function cachedAnswer<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const hit = entries.get(key);
  if (hit && Date.now() - hit.at < MAX_AGE_MS) return hit.value as Promise<T>;
  const value = compute();
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
  entries.set(key, { at: Date.now(), value });
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  return value;
}

const dbIds = new WeakMap<object, number>();
let nextDbId = 1;

/** A number per database object, for keys (an app has one; a test process may hold several). */
export function dbKey(db: DbOrTx): number {
  let id = dbIds.get(db);
  if (id === undefined) {
    id = nextDbId++;
    dbIds.set(db, id);
  }
  return id;
}

export function clearAnswers(): void {
  entries.clear();
}
