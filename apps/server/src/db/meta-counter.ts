import { sql } from 'drizzle-orm';
import type { DbOrTx } from './client';

/**
 * A version counter kept as a row of `meta`, for caches of answers that hold while it stands: every write
 * bumps it in its own transaction. The row is transactional (a sequence is not, and would let a reader cache
 * pre-commit data under the new number); a counter, not a time, so two writes in one millisecond are still two
 * versions. Used by the portal's activities and articles caches.
 */
export interface MetaCounter {
  /** Bump the counter; call it inside the write's transaction. */
  bump(tx: DbOrTx): Promise<void>;
  /** The current value in `db`, read at most every RECHECK_MS under steady reads; concurrent callers share one read. */
  read(db: DbOrTx): Promise<string>;
}

/**
 * How long a read stands when no write happened in this process lately: writes by another process (the CLI, a
 * second server) are seen within this time.
 */
const RECHECK_MS = 250;
/**
 * After a write in this process every read asks the database, for this long: the bump is seen once its
 * transaction commits, whenever that is (a transaction longer than this is seen within RECHECK_MS after).
 */
const AFTER_WRITE_MS = 5000;

interface Known {
  version?: string;
  /** When the read that gave `version` started. */
  readAt: number;
  pending?: { startedAt: number; read: Promise<string> };
}

export function metaCounter(key: string): MetaCounter {
  let lastLocalBump = 0;
  const known = new WeakMap<object, Known>();

  async function bump(tx: DbOrTx): Promise<void> {
    lastLocalBump = Date.now();
    await tx.execute(sql`
      insert into meta (key, value) values (${key}, '1'::jsonb)
      on conflict (key) do update set value = to_jsonb((meta.value #>> '{}')::bigint + 1), updated_at = now()`);
    lastLocalBump = Date.now();
  }

  function read(db: DbOrTx): Promise<string> {
    let k = known.get(db);
    if (!k) {
      k = { readAt: 0 };
      known.set(db, k);
    }
    const now = Date.now();
    const quiet = now - lastLocalBump > AFTER_WRITE_MS;
    if (k.version !== undefined && quiet && now - k.readAt < RECHECK_MS) return Promise.resolve(k.version);
    // A read that started before the last write may not see it.
    if (k.pending && k.pending.startedAt > lastLocalBump) return k.pending.read;
    const entry = k;
    const startedAt = now;
    const read = db
      .execute<{ v: string | null }>(sql`select value #>> '{}' as v from meta where key = ${key}`)
      .then((r) => {
        const v = r.rows[0]?.v ?? '0';
        if (startedAt >= entry.readAt) {
          entry.version = v;
          entry.readAt = startedAt;
        }
        return v;
      })
      .finally(() => {
        if (entry.pending?.read === read) entry.pending = undefined;
      });
    entry.pending = { startedAt, read };
    return read;
  }

  return { bump, read };
}
