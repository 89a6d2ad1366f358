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
 * Bump the activities version. Call it inside the transaction of every write to activities, sessions,
 * registrations, attendance or digital resources; the portal's cached answers are keyed by it.
 */
export async function bumpActivitiesVersion(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`
    insert into meta (key, value) values (${VERSION_KEY}, '1'::jsonb)
    on conflict (key) do update set value = to_jsonb((meta.value #>> '{}')::bigint + 1), updated_at = now()`);
}

const inFlight = new WeakMap<object, Promise<string>>();

/**
 * The current activities version. Concurrent callers share one read: under load the portal asks this once per
 * round trip to the database instead of once per request.
 */
export function activitiesVersion(db: DbOrTx): Promise<string> {
  const pending = inFlight.get(db);
  if (pending) return pending;
  const read = db
    .execute<{ v: string | null }>(sql`select value #>> '{}' as v from meta where key = ${VERSION_KEY}`)
    .then((r) => r.rows[0]?.v ?? '0')
    .finally(() => inFlight.delete(db));
  inFlight.set(db, read);
  return read;
}
