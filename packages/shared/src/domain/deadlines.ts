import { type IsoDate, isIsoDate, todayInVietnam } from './dates';
import { cutoffWindow, type Period } from './periods';
import { addWorkingDays, type HolidayCalendar, onOrBeforeWorkingDay } from './working-days';

/** Hạn nộp báo cáo: due dates per level of the reporting tree, counted in working days. */

export const REPORT_LEVELS = ['institution', 'commune', 'province'] as const;
export type ReportLevel = (typeof REPORT_LEVELS)[number];

export interface DeadlineConfig {
  /**
   * The top (province) level's due date. `fixed`: that day of the period's year, for year periods only (other
   * period types fall back to 10 working days after the cut-off end); `after_end`: that many working days after
   * the end of the period's cut-off window.
   */
  anchor: { kind: 'fixed'; month: number; day: number } | { kind: 'after_end'; workingDays: number };
  /** Working days each level's deadline falls before the anchor, so that the level above can consolidate. */
  levelOffsets: Record<ReportLevel, number>;
}

/** What the anchor becomes for a `fixed` anchor on a half year, quarter or month. */
const FIXED_FALLBACK_WORKING_DAYS = 10;

/**
 * Program 1520 (Decision 1520/QĐ-TTg) wants the annual report before 25/11; communes report one working week
 * before the province, institutions two (so that each level has time to check and consolidate).
 */
export const DEFAULT_ANNUAL_DEADLINES: DeadlineConfig = {
  anchor: { kind: 'fixed', month: 11, day: 25 },
  levelOffsets: { province: 0, commune: 5, institution: 10 },
};

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A fixed day of a year; a day past the month's end (31/4, 29/2 in 2025) means the month's last day. */
function fixedDate(year: number, month: number, day: number): IsoDate {
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1) {
    throw new RangeError(`not a day of the year: ${day}/${month}`);
  }
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad2(month)}-${pad2(Math.min(day, last))}`;
}

/** The top level's due date: the configured anchor, moved back onto a working day. */
function anchorDate(
  period: Period,
  config: DeadlineConfig,
  cutoffStartDay: number,
  cal: HolidayCalendar,
): IsoDate {
  const { anchor } = config;
  const raw =
    anchor.kind === 'fixed' && period.type === 'year'
      ? fixedDate(period.year, anchor.month, anchor.day)
      : addWorkingDays(
          cutoffWindow(period, cutoffStartDay).end,
          anchor.kind === 'after_end' ? anchor.workingDays : FIXED_FALLBACK_WORKING_DAYS,
          cal,
        );
  return onOrBeforeWorkingDay(raw, cal);
}

/**
 * The day a level's report for the period is due: the anchor moved back onto a working day, then the level's
 * offset in working days before it. 25/11/2023 was a Saturday, so the province's 2023 report was due Friday
 * 24/11 and an institution's ten working days earlier, Friday 10/11.
 */
export function deadlineFor(
  period: Period,
  level: ReportLevel,
  config: DeadlineConfig,
  cutoffStartDay: number,
  cal: HolidayCalendar,
): IsoDate {
  const offset = config.levelOffsets[level];
  if (!Number.isInteger(offset) || offset < 0) throw new RangeError(`level offset must be ≥ 0: ${offset}`);
  return addWorkingDays(anchorDate(period, config, cutoffStartDay, cal), -offset, cal);
}

const HAS_ZONE = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

/** The Vietnamese calendar day of a submission. */
function submittedDay(submittedAt: Date | string): IsoDate {
  if (typeof submittedAt === 'string') {
    const text = submittedAt.trim();
    // A bare date is already a Vietnamese calendar day; a time without a zone is read as Vietnam time, never
    // as the server's zone.
    if (isIsoDate(text)) return text;
    const at = new Date(HAS_ZONE.test(text) ? text : `${text}+07:00`);
    if (Number.isNaN(at.getTime())) throw new RangeError(`not a time: ${submittedAt}`);
    return todayInVietnam(at);
  }
  if (Number.isNaN(submittedAt.getTime())) throw new RangeError('not a time: Invalid Date');
  return todayInVietnam(submittedAt);
}

/** Submitted on or before the deadline's day in Vietnam (Asia/Ho_Chi_Minh), whatever the server's zone. */
export function isOnTime(submittedAt: Date | string, deadline: IsoDate): boolean {
  if (!isIsoDate(deadline)) throw new RangeError(`not a date: ${deadline}`);
  return submittedDay(submittedAt) <= deadline;
}
