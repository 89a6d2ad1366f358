import {
  BOARD_STATUSES,
  type BoardFigures,
  type BoardRow,
  type BoardStatus,
  type DeadlineConfig,
  deadlineFor,
  type HolidayCalendar,
  type IsoDate,
  isOnTime,
  type Period,
  todayInVietnam,
  workingDaysBetween,
} from '@suotdoi/shared';
import type { ExpectedReportRow } from './board.repo';

/** The board's arithmetic: a row's deadline and timeliness, and the figures over the rows. No database. */

const SUBMITTED: ReadonlySet<BoardStatus> = new Set(['submitted', 'approved', 'locked']);

export const isSubmitted = (status: BoardStatus) => SUBMITTED.has(status);

/** The stored deadline (fixed at submission), else the form's rule for the level in the period. */
export function deadlineOfRow(
  row: Pick<ExpectedReportRow, 'deadline' | 'deadlines' | 'cutoffStartDay' | 'level'>,
  period: Period,
  cal: HolidayCalendar,
): IsoDate {
  return (
    row.deadline ?? deadlineFor(period, row.level, row.deadlines as DeadlineConfig, row.cutoffStartDay, cal)
  );
}

/**
 * On time and days late of one expected report: a submitted one is judged by its submission day (Vietnam's);
 * one not submitted yet is late from the day after its deadline, counting working days until today.
 */
export function timelinessOf(
  status: BoardStatus,
  submittedAt: string | null,
  deadline: IsoDate,
  today: IsoDate,
  cal: HolidayCalendar,
): { onTime: boolean | null; daysLate: number } {
  if (isSubmitted(status) && submittedAt) {
    const onTime = isOnTime(submittedAt, deadline);
    const day = todayInVietnam(new Date(submittedAt));
    return { onTime, daysLate: onTime ? 0 : Math.max(0, workingDaysBetween(deadline, day, cal)) };
  }
  if (today > deadline)
    return { onTime: false, daysLate: Math.max(0, workingDaysBetween(deadline, today, cal)) };
  return { onTime: null, daysLate: 0 };
}

export function boardRowOf(
  row: ExpectedReportRow,
  period: Period,
  today: IsoDate,
  cal: HolidayCalendar,
): BoardRow {
  const status: BoardStatus = row.status ?? 'not_started';
  const deadline = deadlineOfRow(row, period, cal);
  return {
    unit: { id: row.unitId, code: row.code, name: row.name, kind: row.kind },
    parentId: row.parentId,
    level: row.level,
    formId: row.formId,
    formCode: row.formCode,
    reportId: row.reportId,
    status,
    deadline,
    submittedAt: row.submittedAt,
    ...timelinessOf(status, row.submittedAt, deadline, today, cal),
    approvedBy:
      row.approvedById && row.approvedByName ? { id: row.approvedById, name: row.approvedByName } : null,
    approvedAt: row.approvedAt,
  };
}

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** Completeness, timeliness and the count of each status over the board's rows. */
export function figuresOf(rows: readonly Pick<BoardRow, 'status' | 'onTime'>[]): BoardFigures {
  const byStatus = Object.fromEntries(BOARD_STATUSES.map((s) => [s, 0])) as Record<BoardStatus, number>;
  let submitted = 0;
  let approved = 0;
  let onTime = 0;
  let overdue = 0;
  for (const row of rows) {
    byStatus[row.status]++;
    if (isSubmitted(row.status)) {
      submitted++;
      if (row.onTime) onTime++;
      if (row.status !== 'submitted') approved++;
    } else if (row.onTime === false) {
      overdue++;
    }
  }
  return {
    completeness: { expected: rows.length, submitted, approved, share: share(submitted, rows.length) },
    timeliness: { submitted, onTime, late: submitted - onTime, overdue, share: share(onTime, submitted) },
    byStatus,
  };
}

const LEVEL_ORDER: Record<string, number> = { province: 0, commune: 1, institution: 2 };

/** Provinces, then communes, then institutions; by name within a level (Vietnamese collation). */
export function compareRows(a: BoardRow, b: BoardRow): number {
  return (
    (LEVEL_ORDER[a.level] ?? 9) - (LEVEL_ORDER[b.level] ?? 9) || a.unit.name.localeCompare(b.unit.name, 'vi')
  );
}
