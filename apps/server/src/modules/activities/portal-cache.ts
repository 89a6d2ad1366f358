import type { DbOrTx } from '../../db/client';
import { dbKey } from '../analytics/response-cache';
import { activitiesVersion } from './activities-version';

/**
 * Answers of the public portal, kept while the activities version stands (activities-version.ts: every write
 * to activities, sessions, registrations or resources bumps it in its transaction). Each is kept as the value
 * and as its JSON text, so a hit costs a map lookup and the route sends the text without serialising (or
 * validating) it again. The analytics cache (response-cache.ts) is the same idea; this one is separate so that
 * the portal's many searches never push a national table out of it, and it drops everything when the version
 * moves, so no stale answer outlives a write. Keys hold the minute: registration opens and closes with time.
 */

export interface Kept<T> {
  value: T;
  json: string;
}

const MAX_ENTRIES = 2000;
const MAX_AGE_MS = 5 * 60_000;
const entries = new Map<string, { at: number; kept: Promise<Kept<unknown>> }>();
const seenVersions = new Map<number, string>();

/**
 * The kept answer for `key` (the query, normalised), or `compute`'s, kept. The promise is kept, so everyone
 * asking the same thing right after a write shares one computation; a failure is not kept.
 */
export async function cachedPortalAnswer<T>(
  db: DbOrTx,
  now: Date,
  key: string,
  compute: () => Promise<T>,
): Promise<Kept<T>> {
  const version = await activitiesVersion(db);
  const id = dbKey(db);
  if (seenVersions.get(id) !== version) {
    // A write happened: every kept answer of this database may be stale.
    for (const k of entries.keys()) if (k.startsWith(`${id}|`)) entries.delete(k);
    seenVersions.set(id, version);
  }
  const full = `${id}|${version}|${Math.floor(now.getTime() / 60_000)}|${key}`;
  const hit = entries.get(full);
  if (hit && Date.now() - hit.at < MAX_AGE_MS) return hit.kept as Promise<Kept<T>>;
  if (hit) entries.delete(full);
  const kept = compute().then((value) => ({ value, json: JSON.stringify(value) }));
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
  entries.set(full, { at: Date.now(), kept });
  kept.catch(() => {
    if (entries.get(full)?.kept === kept) entries.delete(full);
  });
  return kept;
}

/** A stable key for a query object: its defined fields in name order. */
export function queryKey(kind: string, query: object): string {
  const fields = Object.entries(query)
    .filter(([, v]) => v !== undefined && v !== '')
    .sort(([a], [b]) => a.localeCompare(b));
  return `${kind}${JSON.stringify(fields)}`;
}

export function clearPortalAnswers(): void {
  entries.clear();
  seenVersions.clear();
}
