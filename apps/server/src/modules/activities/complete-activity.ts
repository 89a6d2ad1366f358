import { type ActivityCompletion, AppError, type AutoValuesSync } from '@suotdoi/shared';
import type { DbOrTx } from '../../db/client';
import { startPeriodicJob } from '../../lib/periodic-job';
import { recordAudit } from '../audit/audit.record';
import { assertUnitAccess } from '../auth/access';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { findActivityRow } from './activities.repo';
import { toActivities } from './activities.service';
import { bumpActivitiesVersion } from './activities-version';
import { periodOfDay, syncAutoValues } from './auto-values';
import {
  type CompletionRow,
  findActivityForCompletion,
  findAttendanceState,
  findEndedPublished,
  insertRegistrationAttendance,
  markCompleted,
} from './completion.repo';

/**
 * Kết thúc hoạt động (issue 7): attendance closes and the activity's figures go into the institution's report
 * of the period its last session ends in. By hand once the first session has started, or by the hourly job a day
 * after the last session ended (so that late check-ins and headcounts still count).
 */

/** The job leaves an activity open this long after its last session, for late check-ins and headcounts. */
export const COMPLETION_GRACE_MS = 24 * 3_600_000;

/** What closing an activity did: the registrations counted as attendance, and the report. */
interface Closed {
  countedFromRegistrations: number | null;
  report: AutoValuesSync;
}

/**
 * Completes one published activity inside `tx`: counts the confirmed registrations as its attendance when
 * nothing was recorded (one row of source `registration`), marks it completed, tells the portal and writes the
 * automatic values. `actor` null: the job.
 */
async function closeActivity(
  tx: DbOrTx,
  activity: CompletionRow,
  actor: Actor | null,
  at: Date,
): Promise<Closed> {
  const state = await findAttendanceState(tx, activity.id);
  let countedFromRegistrations: number | null = null;
  if (state.recorded === 0 && state.confirmed > 0) {
    await insertRegistrationAttendance(tx, {
      activityId: activity.id,
      count: state.confirmed,
      recordedBy: actor?.userId ?? null,
      at,
    });
    countedFromRegistrations = state.confirmed;
  }
  await markCompleted(tx, activity.id, at);
  await bumpActivitiesVersion(tx);
  await recordAudit(tx, actor, {
    action: 'activity.complete',
    entity: 'activity',
    entityId: activity.id,
    unitId: activity.institutionId,
    before: { status: activity.status },
    after: {
      status: 'completed',
      participants: state.participants + (countedFromRegistrations ?? 0),
      countedFromRegistrations,
    },
  });
  const period = await periodOfDay(tx, activity.institutionId, activity.endDay);
  const report: AutoValuesSync = period
    ? await syncAutoValues(tx, activity.institutionId, period, { actor, at })
    : { reportId: null, period: activity.endDay.slice(0, 4), synced: false, reason: 'no_form', changed: [] };
  return { countedFromRegistrations, report };
}

/**
 * Hoàn thành: a person with activity.manage on the institution closes a published activity whose first session
 * has started. Carries the version they saw. The answer says whether the figures reached the report, or why they
 * wait (an approved report is never touched).
 */
export async function completeActivity(
  actor: Actor,
  input: { activityId: number; version: number },
  deps: ServiceDeps,
): Promise<ActivityCompletion> {
  const at = deps.clock();
  return deps.db.transaction(async (tx) => {
    const activity = await findActivityForCompletion(tx, input.activityId, true);
    if (!activity) throw new AppError('NOT_FOUND', `activity ${input.activityId} not found`);
    await assertUnitAccess(tx, actor, 'activity.manage', activity.institutionId);
    if (activity.version !== input.version) {
      throw new AppError('CONFLICT', `activity ${activity.id} changed since version ${input.version}`, {
        version: activity.version,
      });
    }
    if (activity.status !== 'published') {
      throw new AppError('ACTIVITY_STATE', `cannot complete a ${activity.status} activity`, {
        status: activity.status,
        step: 'complete',
      });
    }
    if (activity.startsAtMs > at.getTime()) {
      throw new AppError('ACTIVITY_STATE', `activity ${activity.id} has not started`, {
        status: activity.status,
        step: 'complete',
        reason: 'not_started',
      });
    }
    const closed = await closeActivity(tx, activity, actor, at);
    const row = await findActivityRow(tx, activity.id);
    if (!row) throw new AppError('INTERNAL', `activity ${activity.id} vanished`);
    const [completed] = await toActivities(tx, [row]);
    return { ...completed!, ...closed };
  });
}

export interface CompletionRun {
  completed: number;
  /** Completions whose figures wait for a report to be returned or unlocked. */
  waiting: number;
  failed: number;
}

/** At most this many activities per transaction, so that one run never holds locks for long. */
const BATCH = 50;

/**
 * Completes every published activity whose last session ended more than a day before `now`, one transaction per
 * activity (a failure leaves the others done and is counted), as the system. Running it twice completes nothing
 * the second time.
 */
export async function completeEndedActivities(db: ServiceDeps['db'], now: Date): Promise<CompletionRun> {
  const run: CompletionRun = { completed: 0, waiting: 0, failed: 0 };
  const endedBefore = new Date(now.getTime() - COMPLETION_GRACE_MS);
  const failedIds = new Set<number>();
  for (;;) {
    const ids = (await findEndedPublished(db, endedBefore, BATCH + failedIds.size))
      .map((a) => a.id)
      .filter((id) => !failedIds.has(id));
    if (ids.length === 0) return run;
    for (const id of ids) {
      try {
        const result = await db.transaction(async (tx) => {
          const activity = await findActivityForCompletion(tx, id, true);
          if (activity?.status !== 'published' || activity.endsAtMs >= endedBefore.getTime()) return null;
          return closeActivity(tx, activity, null, now);
        });
        if (result) {
          run.completed++;
          if (!result.report.synced) run.waiting++;
        }
      } catch {
        failedIds.add(id);
        run.failed++;
      }
    }
  }
}

/**
 * Runs `completeEndedActivities` in the server process every `intervalMinutes` (the first run a minute after
 * start), like the reminders: the timer does not keep the process alive, a run never overlaps the previous one,
 * and the stop function waits for a run under way.
 */
export function startCompletionTimer(options: {
  db: ServiceDeps['db'];
  intervalMinutes: number;
  clock?: () => Date;
  log: (line: string) => void;
}): () => Promise<void> {
  const clock = options.clock ?? (() => new Date());
  return startPeriodicJob({
    name: 'activity completion',
    intervalMinutes: options.intervalMinutes,
    log: options.log,
    job: async () => {
      const r = await completeEndedActivities(options.db, clock());
      if (r.completed > 0 || r.failed > 0) {
        options.log(
          `activities completed: ${r.completed} (${r.waiting} waiting for a locked report), ${r.failed} failed`,
        );
      }
    },
  });
}
