import type { Db } from '../../../db/client';
import { startPeriodicJob } from '../../../lib/periodic-job';
import { recordAudit } from '../../audit/audit.record';
import { bumpActivitiesVersion } from '../activities-version';
import { eraseExpiredRegistrations } from './registrations.repo';

/** Days after an activity ends before its registrants' names and contacts are erased, unless configured. */
export const DEFAULT_RETENTION_DAYS = 180;

const DAY_MS = 86_400_000;

/**
 * Thời hạn lưu trữ (Decree 13/2023/NĐ-CP: data kept no longer than its purpose needs): erases the name and
 * contact of the registrations whose activity ended more than `retentionDays` ago. Check-ins, counts and the
 * learner link stay, so the figures and the learner records do not change. Every run leaves one audit entry with
 * the count (never who), so that the audit shows the retention being enforced, hour by hour.
 */
export async function purgeExpiredRegistrations(
  db: Db,
  now: Date,
  retentionDays: number = DEFAULT_RETENTION_DAYS,
): Promise<{ erased: number }> {
  const endedBefore = new Date(now.getTime() - retentionDays * DAY_MS);
  return db.transaction(async (tx) => {
    const erased = await eraseExpiredRegistrations(tx, endedBefore, now);
    await recordAudit(tx, null, {
      action: 'purge',
      entity: 'registration',
      after: { erased, retentionDays, endedBefore: endedBefore.toISOString() },
    });
    if (erased > 0) await bumpActivitiesVersion(tx);
    return { erased };
  });
}

/**
 * Runs the purge in the server process every hour (the first run a minute after start); the timer does not keep
 * the process alive, and a run never overlaps the previous one. Returns the stop function, which waits for a
 * run under way (so that the database is closed after it).
 */
export function startRegistrationPurgeTimer(options: {
  db: Db;
  retentionDays?: number;
  clock?: () => Date;
  log: (line: string) => void;
  intervalMinutes?: number;
}): () => Promise<void> {
  const clock = options.clock ?? (() => new Date());
  return startPeriodicJob({
    name: 'registration purge',
    intervalMinutes: options.intervalMinutes ?? 60,
    log: options.log,
    job: async () => {
      const { erased } = await purgeExpiredRegistrations(options.db, clock(), options.retentionDays);
      if (erased > 0) options.log(`registrations: personal data of ${erased} past registrations erased`);
    },
  });
}
