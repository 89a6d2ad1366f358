/**
 * The year calendar's date maths, pure and in ISO dates (YYYY-MM-DD) so no time zone can shift a day: national
 * days recurring every year, task timeframes written as years ("2023–2025"), months or days, and the month grids.
 */

export type IsoDate = string;

export type Recurrence =
  | { type: 'yearly'; month: number; day: number }
  | { type: 'yearly_range'; from: string; to: string; rule?: string };

export interface CalendarEntry {
  kind: 'observance' | 'deadline' | 'date' | 'span';
  start: IsoDate;
  /** Inclusive last day; equal to start for a single day. */
  end: IsoDate;
  title: string;
  /** Observance code or task id, for links and keys. */
  ref: string;
  planId?: number;
  taskId?: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function isoOf(year: number, month: number, day: number): IsoDate {
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "MM-DD" (or "M-D") in `year`; a 29/2 in a common year falls back to 28/2. */
function monthDay(text: string, year: number): IsoDate | null {
  const m = /^(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!m) return null;
  const month = Number(m[1]);
  if (month < 1 || month > 12) return null;
  const day = Math.min(Number(m[2]), daysInMonth(year, month));
  return day >= 1 ? isoOf(year, month, day) : null;
}

/** The days an observance covers in `year`: one day, or a week such as the Lifelong Learning Week. */
export function observanceSpan(
  recurrence: Recurrence,
  year: number,
): { start: IsoDate; end: IsoDate } | null {
  if (recurrence.type === 'yearly') {
    const day = Math.min(recurrence.day, daysInMonth(year, recurrence.month));
    const date = isoOf(year, recurrence.month, day);
    return { start: date, end: date };
  }
  const start = monthDay(recurrence.from, year);
  const end = monthDay(recurrence.to, year);
  if (!start || !end) return null;
  return start <= end ? { start, end } : { start, end: start };
}

/**
 * A timeframe bound as a day: "2023" is the year's first (or last) day, "2023-09" the month's, a full date
 * itself. Null for anything else.
 */
export function boundToDate(text: string | null | undefined, edge: 'start' | 'end'): IsoDate | null {
  if (!text) return null;
  const value = text.trim();
  let m = /^(\d{4})$/.exec(value);
  if (m) return edge === 'start' ? `${m[1]}-01-01` : `${m[1]}-12-31`;
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return edge === 'start' ? isoOf(year, month, 1) : isoOf(year, month, daysInMonth(year, month));
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? value : null;
}

export interface TaskTimeframe {
  id: number;
  planId?: number;
  title: string;
  from: string;
  to: string | null;
  recurrence?: 'once' | 'yearly' | 'continuous';
  dates?: string[];
}

/** The Program's horizon (Decision 1520/QĐ-TTg runs to 2030): where a continuous task without an end stops. */
export const PROGRAM_END: IsoDate = '2030-12-31';

/**
 * The task's span as days. Without an end, a continuous task runs to the Program's horizon and any other task
 * lasts the period its start names ("2024" is the whole of 2024).
 */
export function taskSpan(
  task: Pick<TaskTimeframe, 'from' | 'to' | 'recurrence'>,
): { start: IsoDate; end: IsoDate } | null {
  const start = boundToDate(task.from, 'start');
  if (!start) return null;
  const end = task.to
    ? boundToDate(task.to, 'end')
    : task.recurrence === 'continuous'
      ? PROGRAM_END
      : boundToDate(task.from, 'end');
  if (!end) return null;
  return end < start ? { start, end: start } : { start, end };
}

function clip(span: { start: IsoDate; end: IsoDate }, year: number): { start: IsoDate; end: IsoDate } | null {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  if (span.end < first || span.start > last) return null;
  return { start: span.start < first ? first : span.start, end: span.end > last ? last : span.end };
}

/**
 * Everything of `year` on the calendar: the national days; each task's fixed dates; its span while it runs;
 * and its deadline (the span's last day) when that day is in the year and the task is not a yearly or
 * continuous one (those have no single deadline).
 */
export function calendarEntries(
  year: number,
  observances: readonly { code: string; title: string; recurrence: Recurrence }[],
  tasks: readonly TaskTimeframe[],
): CalendarEntry[] {
  const out: CalendarEntry[] = [];
  for (const o of observances) {
    const span = observanceSpan(o.recurrence, year);
    if (span) out.push({ kind: 'observance', ...span, title: o.title, ref: o.code });
  }
  for (const task of tasks) {
    const base = { title: task.title, ref: String(task.id), taskId: task.id, planId: task.planId };
    for (const d of task.dates ?? []) {
      const day = boundToDate(d, 'start');
      if (day?.startsWith(`${year}-`)) out.push({ kind: 'date', start: day, end: day, ...base });
    }
    if (task.dates && task.dates.length > 0) continue;
    const span = taskSpan(task);
    if (!span) continue;
    const inYear = clip(span, year);
    if (!inYear) continue;
    out.push({ kind: 'span', ...inYear, ...base });
    const recurring = task.recurrence === 'yearly' || task.recurrence === 'continuous';
    if (!recurring && span.end.startsWith(`${year}-`))
      out.push({ kind: 'deadline', start: span.end, end: span.end, ...base });
  }
  return out.sort((a, b) => a.start.localeCompare(b.start) || a.kind.localeCompare(b.kind));
}

/** The entries that touch a month (1–12) of `year`. */
export function entriesInMonth(
  entries: readonly CalendarEntry[],
  year: number,
  month: number,
): CalendarEntry[] {
  const first = isoOf(year, month, 1);
  const last = isoOf(year, month, daysInMonth(year, month));
  return entries.filter((e) => e.start <= last && e.end >= first);
}

/** The single-day marks (national days, deadlines, fixed dates) of each day, keyed by ISO date. */
export function marksByDay(entries: readonly CalendarEntry[]): Map<IsoDate, CalendarEntry[]> {
  const map = new Map<IsoDate, CalendarEntry[]>();
  for (const e of entries) {
    if (e.kind === 'span') continue;
    for (let day = e.start; day <= e.end; day = nextDay(day)) {
      const list = map.get(day) ?? [];
      list.push(e);
      map.set(day, list);
    }
  }
  return map;
}

export function nextDay(iso: IsoDate): IsoDate {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + 1)).toISOString().slice(0, 10);
}

/**
 * A month as weeks of seven cells, Monday first as Vietnamese calendars are; null pads the first and last
 * week.
 */
export function monthGrid(year: number, month: number): (IsoDate | null)[][] {
  const firstWeekday = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7; // 0 = Monday
  const cells: (IsoDate | null)[] = Array.from({ length: firstWeekday }, () => null);
  for (let day = 1; day <= daysInMonth(year, month); day++) cells.push(isoOf(year, month, day));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (IsoDate | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** An entry as GET /api/calendar sends it (plans-api.ts CalendarEntrySchema). */
export interface ServerCalendarEntry {
  kind: 'observance' | 'task';
  from: string;
  to: string;
  title: string;
  observanceCode: string | null;
  taskId: number | null;
  planId: number | null;
  /** A task written in whole years ("2023–2025"): it has no day of its own to mark. */
  allYear?: boolean;
}

/**
 * The server's entries as the calendar draws them: a national day as a mark; a task held on a day (a fixed
 * date, or a national day it names) as a dated mark; a task written in whole years as a span only; a task with
 * exact dates as a span with its deadline marked when its last day falls in the year.
 */
export function fromServerEntries(entries: readonly ServerCalendarEntry[], year: number): CalendarEntry[] {
  const out: CalendarEntry[] = [];
  for (const e of entries) {
    const start = boundToDate(e.from, 'start');
    const end = boundToDate(e.to || e.from, 'end');
    if (!start || !end) continue;
    const inYear = clip({ start, end: end < start ? start : end }, year);
    if (!inYear) continue;
    if (e.kind === 'observance') {
      out.push({ kind: 'observance', ...inYear, title: e.title, ref: e.observanceCode ?? e.title });
      continue;
    }
    const base = {
      title: e.title,
      ref: String(e.taskId ?? e.title),
      taskId: e.taskId ?? undefined,
      planId: e.planId ?? undefined,
    };
    if (start === end || e.observanceCode) {
      out.push({ kind: 'date', ...inYear, ...base });
      continue;
    }
    out.push({ kind: 'span', ...inYear, ...base });
    if (!e.allYear && end.startsWith(`${year}-`)) out.push({ kind: 'deadline', start: end, end, ...base });
  }
  return out.sort((a, b) => a.start.localeCompare(b.start) || a.kind.localeCompare(b.kind));
}
