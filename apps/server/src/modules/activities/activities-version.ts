import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';

/**
 * One counter for everything the public portal shows about activities: activities, their sessions,
 * registrations (places left) and resources. Every write bumps it in its own transaction, so a kept portal
 * answer holds exactly while the counter stands: the row is transactional (a sequence is not, and would let a
 * reader cache pre-commit data under the new number). A counter, not a time: two writes in one millisecond must
 * still be two versions.
 */
const VERSION_KEY = 'activities.version';

/**
 * How long a version read stands when no write happened in this process lately: writes by another process (the
 * CLI, a second server) are seen within this time.
 */
const RECHECK_MS = 250;
/**
 * After a write in this process every read asks the database, for this long: the bump is seen once its
 * transaction commits, whenever that is (a transaction longer than this is seen within RECHECK_MS after).
 */
const AFTER_WRITE_MS = 5000;
let lastLocalBump = 0;

/**
 * Bump the activities version. Call it inside the transaction of every write to activities, sessions,
 * registrations, attendance or digital resources; the portal's cached answers are keyed by it.
 */
export async function bumpActivitiesVersion(tx: DbOrTx): Promise<void> {
  lastLocalBump = Date.now();
  await tx.execute(sql`
    insert into meta (key, value) values (${VERSION_KEY}, '1'::jsonb)
    on conflict (key) do update set value = to_jsonb((meta.value #>> '{}')::bigint + 1), updated_at = now()`);
  lastLocalBump = Date.now();
}

interface Known {
  version?: string;
  /** When the read that gave `version` started. */
  readAt: number;
  pending?: { startedAt: number; read: Promise<string> };
}
const known = new WeakMap<object, Known>();

/**
 * The current activities version of `db`. Under steady reads the database is asked at most every RECHECK_MS;
 * concurrent callers share one read; for a while after a write in this process every caller reads afresh.
 */
export function activitiesVersion(db: DbOrTx): Promise<string> {
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
    .execute<{ v: string | null }>(sql`select value #>> '{}' as v from meta where key = ${VERSION_KEY}`)
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
