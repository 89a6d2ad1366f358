import {
  type BoardStatus,
  cutoffWindow,
  type HolidayCalendar,
  type IsoDate,
  type NotificationKind,
  type NotificationParams,
  type Period,
  type PeriodType,
  type Permission,
  periodsOfYear,
  type Role,
  roleGrants,
  workingDaysBetween,
} from '@suotdoi/shared';

/**
 * Nhắc hạn: who is told what about a report, as pure functions of the reports, the roles and the day. The runner
 * (run-reminders.ts) reads the database, calls these, and inserts what they return; the unique
 * (user_id, dedupe_key) makes a second run add nothing.
 */

/** A report is "due soon" from this many working days before its deadline (the deadline day itself is 0). */
export const DUE_SOON_WORKING_DAYS = 3;

/** One expected report of an open period. */
export interface ReminderCandidate {
  /** form|unit|period: stable before the report exists. */
  key: string;
  reportId: number | null;
  unitId: number;
  unitName: string;
  /** The approving unit; null for a unit without a parent on the day. */
  parentId: number | null;
  period: string;
  formCode: string;
  status: BoardStatus;
  deadline: IsoDate;
}

export interface RoleHolding {
  userId: string;
  role: Role;
  unitId: number;
}

export interface NotificationDraft {
  userId: string;
  kind: NotificationKind;
  params: NotificationParams;
  dedupeKey: string;
}

/** The people whose role sits on the unit itself (not above it) and grants the permission. */
export function holdersOn(roles: readonly RoleHolding[], unitId: number, permission: Permission): string[] {
  return [
    ...new Set(
      roles.filter((r) => r.unitId === unitId && roleGrants(r.role, permission)).map((r) => r.userId),
    ),
  ];
}

/**
 * The period of a type whose cut-off window holds the day: on 20/12/2026 the 2027 annual window (15/12/2026–
 * 14/12/2027) is open, not 2026's.
 */
export function openPeriod(type: PeriodType, today: IsoDate, cutoffStartDay: number): Period {
  const year = Number(today.slice(0, 4));
  const candidates = [year - 1, year, year + 1].flatMap((y) => periodsOfYear(type, y));
  const found = candidates.find((p) => {
    const w = cutoffWindow(p, cutoffStartDay);
    return w.start <= today && today <= w.end;
  });
  if (!found) throw new RangeError(`no ${type} period holds ${today}`);
  return found;
}

const NOT_SUBMITTED: ReadonlySet<BoardStatus> = new Set(['not_started', 'draft', 'returned']);

/** due_soon, overdue or nothing, with the working days left or late. */
export function reminderStateOf(
  c: Pick<ReminderCandidate, 'status' | 'deadline'>,
  today: IsoDate,
  cal: HolidayCalendar,
): { kind: 'due_soon' | 'overdue'; days: number } | null {
  if (!NOT_SUBMITTED.has(c.status)) return null;
  if (today > c.deadline) return { kind: 'overdue', days: workingDaysBetween(c.deadline, today, cal) };
  const left = workingDaysBetween(today, c.deadline, cal);
  return left <= DUE_SOON_WORKING_DAYS ? { kind: 'due_soon', days: left } : null;
}

function paramsOf(c: ReminderCandidate, days: number): NotificationParams {
  return {
    reportId: c.reportId,
    unitId: c.unitId,
    unitName: c.unitName,
    period: c.period,
    formCode: c.formCode,
    deadline: c.deadline,
    days,
  };
}

/**
 * The reminders of the day: a report not submitted within three working days of its deadline → due_soon to the
 * people who enter the unit's reports; past its deadline → overdue to them and overdue_escalated to the
 * approvers on the parent unit. One of each per report and deadline (a moved deadline reminds again).
 */
export function planReminders(
  candidates: readonly ReminderCandidate[],
  roles: readonly RoleHolding[],
  today: IsoDate,
  cal: HolidayCalendar,
): NotificationDraft[] {
  const drafts: NotificationDraft[] = [];
  for (const c of candidates) {
    const state = reminderStateOf(c, today, cal);
    if (!state) continue;
    const params = paramsOf(c, state.days);
    const suffix = `${c.key}:${c.deadline}`;
    for (const userId of holdersOn(roles, c.unitId, 'report.enter')) {
      drafts.push({ userId, kind: state.kind, params, dedupeKey: `${state.kind}:${suffix}` });
    }
    if (state.kind === 'overdue' && c.parentId !== null) {
      for (const userId of holdersOn(roles, c.parentId, 'report.approve')) {
        drafts.push({
          userId,
          kind: 'overdue_escalated',
          params,
          dedupeKey: `overdue_escalated:${suffix}`,
        });
      }
    }
  }
  return drafts;
}

export type ReportStep = 'submit' | 'return' | 'approve';

const STEP_KINDS: Record<ReportStep, NotificationKind> = {
  submit: 'submitted',
  return: 'returned',
  approve: 'approved',
};

/**
 * A workflow step's notifications: a submission goes to the approvers on the parent unit, a return or an
 * approval to the people who enter the unit's reports. The person who took the step is not told. `version` is
 * the report's version before the step, so each step notifies once.
 */
export function planStepNotifications(
  step: ReportStep,
  report: { id: number; unitId: number; parentId: number | null; version: number },
  params: NotificationParams,
  roles: readonly RoleHolding[],
  actorId: string,
): NotificationDraft[] {
  const kind = STEP_KINDS[step];
  const people =
    step === 'submit'
      ? report.parentId === null
        ? []
        : holdersOn(roles, report.parentId, 'report.approve')
      : holdersOn(roles, report.unitId, 'report.enter');
  return people
    .filter((userId) => userId !== actorId)
    .map((userId) => ({ userId, kind, params, dedupeKey: `${kind}:${report.id}:v${report.version}` }));
}
