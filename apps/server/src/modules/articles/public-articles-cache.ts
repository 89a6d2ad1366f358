import type { DbOrTx } from '../../db/client';
import { dbKey } from '../analytics/response-cache';
import { articlesVersion } from './articles-version';

/**
 * Public answers about articles (the JSON list and article, the news and day pages' data, the built feeds),
 * kept while the articles version stands (articles-version.ts: every article write bumps it in its
 * transaction) and within the minute they were computed in. A publish window opens and closes with time, not
 * with a write: an answer kept in a minute may be up to a minute late at a window's edge (an article shows, or
 * leaves, at most a minute after its publishFrom or publishUntil). Everything of a database is dropped when its
 * version or the minute moves, so no answer outlives either; the portal cache of activities (portal-cache.ts)
 * is the same idea. Kept as the value and as its text (the JSON, or the document itself for a string), so a hit
 * sends the text without serialising it again.
 */

export interface Kept<T> {
  value: T;
  /** JSON of the value, or the value itself when it is a string; '' for a Buffer (sent as it is). */
  text: string;
}

/** The text to send, and the size the bound counts (a Buffer's bytes: a feed kept encoded is not encoded per send). */
function keptOf<T>(value: T): Kept<T> & { size: number } {
  if (Buffer.isBuffer(value)) return { value, text: '', size: value.length };
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return { value, text, size: text.length };
}

/** Bounds: how many answers, and how many characters (or bytes) in all (a feed is ~170 KB, a list page ~12 KB). */
const MAX_ENTRIES = 2000;
const MAX_CHARS = 32 * 1024 * 1024;

interface Entry {
  kept: Promise<Kept<unknown>>;
  /** The text's length once computed (0 while computing). */
  size: number;
}

const entries = new Map<string, Entry>();
/** Per database: the version and minute its kept answers belong to. */
const current = new Map<number, string>();
let totalChars = 0;

function drop(key: string): void {
  const entry = entries.get(key);
  if (!entry) return;
  totalChars -= entry.size;
  entries.delete(key);
}

/** Oldest first (a Map iterates in insertion order) until both bounds hold. */
function trim(): void {
  for (const key of entries.keys()) {
    if (entries.size <= MAX_ENTRIES && totalChars <= MAX_CHARS) return;
    drop(key);
  }
}

/**
 * The kept answer for `key` (the query, normalised: see queryKey), or `compute`'s, kept. The promise is kept,
 * so everyone asking the same thing right after a write shares one computation; a failure is not kept (a
 * NOT_FOUND is computed again, which is one indexed read).
 */
export async function cachedArticleAnswer<T>(
  db: DbOrTx,
  now: Date,
  key: string,
  compute: () => Promise<T>,
): Promise<Kept<T>> {
  const version = await articlesVersion(db);
  const id = dbKey(db);
  const stamp = `${version}|${Math.floor(now.getTime() / 60_000)}`;
  if (current.get(id) !== stamp) {
    // A write happened, or the minute moved: every kept answer of this database may be stale.
    for (const k of [...entries.keys()]) if (k.startsWith(`${id}|`)) drop(k);
    current.set(id, stamp);
  }
  const full = `${id}|${stamp}|${key}`;
  const hit = entries.get(full);
  if (hit) return hit.kept as Promise<Kept<T>>;
  const entry: Entry = {
    kept: compute().then(keptOf),
    size: 0,
  };
  entries.set(full, entry);
  entry.kept.then(
    (kept) => {
      if (entries.get(full) !== entry) return;
      entry.size = (kept as Kept<unknown> & { size: number }).size;
      totalChars += entry.size;
      trim();
    },
    () => {
      if (entries.get(full) === entry) drop(full);
    },
  );
  trim();
  return entry.kept as Promise<Kept<T>>;
}

export function clearArticleAnswers(): void {
  entries.clear();
  current.clear();
  totalChars = 0;
}
