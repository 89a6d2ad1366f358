import { type PeriodType, todayInVietnam } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { startPeriodicJob } from '../../../lib/periodic-job';
import { findExpectedReports } from '../board/board.repo';
import { boardDay } from '../board/board.service';
import { boardRowOf } from '../board/board-figures';
import { loadCalendar } from '../report-context';
import type { Mailer } from './mailer';
import { mailOf } from './mailer';
import { findRoleHolders, findUnsentEmails, insertNotifications, markEmailed } from './notifications.repo';
import { openPeriod, planReminders, type ReminderCandidate, reminderStateOf } from './plan-reminders';

/** E-mails are sent for notifications of the last two days only: switching SMTP on does not flood old ones. */
const EMAIL_LOOKBACK_MS = 2 * 86_400_000;

export interface ReminderRun {
  periods: string[];
  created: number;
  emailed: number;
  emailFailed: number;
}

/**
 * Nhắc hạn: for the open period of each period type the active forms use, tells the people of every expected
 * report not submitted yet that it is due soon or overdue (and the approvers above when overdue), then mails
 * the notifications not mailed yet when a mailer is given. Running it twice on a day adds nothing.
 */
export async function runReminders(db: DbOrTx, now: Date, mailer?: Mailer): Promise<ReminderRun> {
  const today = todayInVietnam(now);
  const cal = await loadCalendar(db);
  const types = await db.execute<{ type: PeriodType; cutoff: number }>(sql`
    select period_type as type, min(cutoff_start_day)::int as cutoff from forms where active
    group by period_type order by period_type`);
  const result: ReminderRun = { periods: [], created: 0, emailed: 0, emailFailed: 0 };
  for (const { type, cutoff } of types.rows) {
    const period = openPeriod(type, today, cutoff);
    result.periods.push(period.id);
    const expected = await findExpectedReports(db, {
      rootId: null,
      depth: 'all',
      period,
      asOf: boardDay(period, cutoff, today),
    });
    const candidates: ReminderCandidate[] = expected
      .map((r) => ({ row: r, board: boardRowOf(r, period, today, cal) }))
      .map(({ row, board }) => ({
        key: `${row.formId}|${row.unitId}|${period.id}`,
        reportId: row.reportId,
        unitId: row.unitId,
        unitName: row.name,
        parentId: row.parentId,
        period: period.id,
        formCode: row.formCode,
        status: board.status,
        deadline: board.deadline,
      }))
      .filter((c) => reminderStateOf(c, today, cal) !== null);
    const roles = await findRoleHolders(db, [
      ...candidates.map((c) => c.unitId),
      ...candidates.flatMap((c) => (c.parentId === null ? [] : [c.parentId])),
    ]);
    result.created += await insertNotifications(db, planReminders(candidates, roles, today, cal), now);
  }
  if (mailer) Object.assign(result, await sendPendingEmails(db, now, mailer));
  return result;
}

/** Mails each notification not mailed yet to its person (when they have an address) and marks it mailed. */
export async function sendPendingEmails(db: DbOrTx, now: Date, mailer: Mailer) {
  let emailed = 0;
  let emailFailed = 0;
  for (const n of await findUnsentEmails(db, new Date(now.getTime() - EMAIL_LOOKBACK_MS))) {
    try {
      await mailer.send(mailOf(n.email, n.kind, n.params));
      await markEmailed(db, n.id, now);
      emailed++;
    } catch {
      // Left unmarked: the next run tries again (within the look-back).
      emailFailed++;
    }
  }
  return { emailed, emailFailed };
}

/**
 * Runs the reminders in the server process every `intervalMinutes` (the first run a minute after start); the
 * timer does not keep the process alive, and a run never overlaps the previous one. Returns the stop function,
 * which waits for a run under way (so that the database is closed after it).
 */
export function startReminderTimer(options: {
  db: DbOrTx;
  intervalMinutes: number;
  mailer?: Mailer;
  clock?: () => Date;
  log: (line: string) => void;
}): () => Promise<void> {
  if (options.intervalMinutes <= 0) return async () => {};
  const clock = options.clock ?? (() => new Date());
  const stop = startPeriodicJob({
    name: 'reminders',
    intervalMinutes: options.intervalMinutes,
    log: options.log,
    job: async () => {
      const r = await runReminders(options.db, clock(), options.mailer);
      if (r.created > 0 || r.emailed > 0 || r.emailFailed > 0) {
        options.log(
          `reminders ${r.periods.join(', ')}: ${r.created} new, ${r.emailed} e-mailed, ${r.emailFailed} e-mail failures`,
        );
      }
    },
  });
  return async () => {
    await stop();
    options.mailer?.close();
  };
}
