import { type IsoDate, isIsoDate } from './dates';

/**
 * Ngày làm việc: working days of public servants. Deadlines are counted in working days, skipping weekends,
 * public holidays (Tết is lunar, so it comes from a table, data/holidays.json) and days off the government swaps
 * with a working Saturday. All arithmetic is on UTC day numbers of ISO dates: no local time zone can move a day.
 */

export interface HolidayCalendar {
  /** Days off on top of weekends: holidays, compensatory days, swapped ("bridge") days. */
  offDays: ReadonlySet<IsoDate>;
  /** Weekend days made working days (làm bù). */
  workdays: ReadonlySet<IsoDate>;
}

const MS_PER_DAY = 86_400_000;

function dayNumber(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`not a date: ${date}`);
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY
  );
}

const isoOfDay = (day: number): IsoDate => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** Builds a calendar from the holiday file's shape (or rows of the same shape); throws on a malformed date. */
export function calendarFrom(data: {
  days: { date: string }[];
  workdays?: { date: string }[];
}): HolidayCalendar {
  const bad = [...data.days, ...(data.workdays ?? [])].map((d) => d.date).filter((d) => !isIsoDate(d));
  if (bad.length > 0) throw new RangeError(`holiday calendar: not dates: ${bad.join(', ')}`);
  return {
    offDays: new Set(data.days.map((d) => d.date)),
    workdays: new Set((data.workdays ?? []).map((d) => d.date)),
  };
}

function isWorkingDayNumber(day: number, cal: HolidayCalendar): boolean {
  const iso = isoOfDay(day);
  if (cal.workdays.has(iso)) return true;
  // Day 0 (1970-01-01) was a Thursday: 0 = Sunday … 6 = Saturday, as getUTCDay() counts.
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday !== 0 && weekday !== 6 && !cal.offDays.has(iso);
}

/** Monday to Friday and not a day off, or a weekend day made a working day. */
export function isWorkingDay(date: IsoDate, cal: HolidayCalendar): boolean {
  return isWorkingDayNumber(dayNumber(date), cal);
}

/**
 * The n-th working day after the date (before it when n is negative); n = 0 returns the date itself, working or
 * not. From a Saturday, +1 is the next working day.
 */
export function addWorkingDays(date: IsoDate, n: number, cal: HolidayCalendar): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`working days must be a whole number: ${n}`);
  let day = dayNumber(date);
  const step = Math.sign(n);
  for (let left = Math.abs(n); left > 0; ) {
    day += step;
    if (isWorkingDayNumber(day, cal)) left--;
  }
  return isoOfDay(day);
}

/** The date if it is a working day, else the last working day before it: a due date never falls on a day off. */
export function onOrBeforeWorkingDay(date: IsoDate, cal: HolidayCalendar): IsoDate {
  let day = dayNumber(date);
  while (!isWorkingDayNumber(day, cal)) day--;
  return isoOfDay(day);
}

/**
 * Working days in (from, to]: the days a report was late by, or the days left. Negative when `to` is before
 * `from` (minus the working days in (to, from]); 0 when they are the same day.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, cal: HolidayCalendar): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  let count = 0;
  for (let day = lo + 1; day <= hi; day++) if (isWorkingDayNumber(day, cal)) count++;
  return count === 0 ? 0 : sign * count; // never -0
}
