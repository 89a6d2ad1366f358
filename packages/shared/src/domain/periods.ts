import type { IsoDate } from './dates';

/**
 * Kỳ báo cáo: reporting periods named by DHIS2 period identifiers ('2025', '2025S1', '2025Q3', '202507'),
 * so that data exchanged with DHIS2-style tools needs no translation table.
 */

export const PERIOD_TYPES = ['year', 'half_year', 'quarter', 'month'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

/** A calendar period; `end` is inclusive. `index` is 1 for a year, 1–2, 1–4 or 1–12 otherwise. */
export interface Period {
  id: string;
  type: PeriodType;
  year: number;
  index: number;
  start: IsoDate;
  end: IsoDate;
}

/** Years a period id may name: four digits, and nothing the Program (2023–2030) could mean by mistake. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const MONTHS_IN: Record<PeriodType, number> = { year: 12, half_year: 6, quarter: 3, month: 1 };

const PERIOD_ID = /^(\d{4})(?:S([12])|Q([1-4])|(0[1-9]|1[0-2]))?$/;

const pad2 = (n: number) => String(n).padStart(2, '0');
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const isoOf = (year: number, month: number, day: number): IsoDate => `${year}-${pad2(month)}-${pad2(day)}`;

function periodCount(type: PeriodType): number {
  return 12 / MONTHS_IN[type];
}

function assertPeriodArgs(type: PeriodType, year: number, index: number) {
  if (!PERIOD_TYPES.includes(type)) throw new RangeError(`unknown period type ${String(type)}`);
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`period year ${year} is outside ${MIN_YEAR}–${MAX_YEAR}`);
  }
  if (!Number.isInteger(index) || index < 1 || index > periodCount(type)) {
    throw new RangeError(`period index ${index} is outside 1–${periodCount(type)} for ${type}`);
  }
}

/** The first calendar month (1–12) of the period. */
function firstMonth(type: PeriodType, index: number): number {
  return (index - 1) * MONTHS_IN[type] + 1;
}

/** The DHIS2 id of a period: periodId('quarter', 2025, 1) is '2025Q1'. Throws a RangeError on a bad index or year. */
export function periodId(type: PeriodType, year: number, index: number): string {
  assertPeriodArgs(type, year, index);
  switch (type) {
    case 'year':
      return String(year);
    case 'half_year':
      return `${year}S${index}`;
    case 'quarter':
      return `${year}Q${index}`;
    case 'month':
      return `${year}${pad2(index)}`;
  }
}

function makePeriod(type: PeriodType, year: number, index: number): Period {
  const id = periodId(type, year, index);
  const from = firstMonth(type, index);
  const to = from + MONTHS_IN[type] - 1;
  return { id, type, year, index, start: isoOf(year, from, 1), end: isoOf(year, to, daysInMonth(year, to)) };
}

/** Reads a DHIS2 period id; null for anything else ('2025Q5', '202513', '25', ' 2025', a year before 1900). */
export function parsePeriod(id: string): Period | null {
  const m = PERIOD_ID.exec(id);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (m[2]) return makePeriod('half_year', year, Number(m[2]));
  if (m[3]) return makePeriod('quarter', year, Number(m[3]));
  if (m[4]) return makePeriod('month', year, Number(m[4]));
  return makePeriod('year', year, 1);
}

/** Every period of a type in a calendar year, in order. */
export function periodsOfYear(type: PeriodType, year: number): Period[] {
  return Array.from({ length: periodCount(type) }, (_, i) => makePeriod(type, year, i + 1));
}

/** The period of the same type just before: '2025Q1' → '2024Q4', '202501' → '202412', '2025' → '2024'. */
export function previousPeriod(p: Period): Period {
  return p.index > 1
    ? makePeriod(p.type, p.year, p.index - 1)
    : makePeriod(p.type, p.year - 1, periodCount(p.type));
}

/** The calendar period of a type that contains the date. */
export function periodContaining(type: PeriodType, date: IsoDate): Period {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(date);
  if (!m) throw new RangeError(`not a date: ${date}`);
  const month = Number(m[2]);
  return makePeriod(type, Number(m[1]), Math.floor((month - 1) / MONTHS_IN[type]) + 1);
}

/**
 * The data window a period's report covers. The administrative reporting regime (Decree 09/2019/NĐ-CP, Art. 12)
 * cuts annual data from 15/12 of the previous year to 14/12, and months, quarters and half years from the 15th
 * of the month before to the 14th of their last month: `cutoffStartDay` 15 gives those windows. 1 means
 * the calendar bounds. Any other start day (2–28) starts the window on that day of the month before the
 * period's first month and ends it the day before that day in the period's last month.
 */
export function cutoffWindow(p: Period, cutoffStartDay: number): { start: IsoDate; end: IsoDate } {
  if (!Number.isInteger(cutoffStartDay) || cutoffStartDay < 1 || cutoffStartDay > 28) {
    throw new RangeError(`cut-off start day ${cutoffStartDay} is outside 1–28`);
  }
  if (cutoffStartDay === 1) return { start: p.start, end: p.end };
  const from = firstMonth(p.type, p.index);
  const to = from + MONTHS_IN[p.type] - 1;
  const start = from === 1 ? isoOf(p.year - 1, 12, cutoffStartDay) : isoOf(p.year, from - 1, cutoffStartDay);
  return { start, end: isoOf(p.year, to, cutoffStartDay - 1) };
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A period as report titles write it: 'Quý I/2025', '6 tháng đầu năm 2025', 'Tháng 7/2025'; in English 'Q1 2025',
 * 'First half of 2025', 'July 2025'. An id that is not a period comes back unchanged.
 */
export function formatPeriod(id: string, lang: 'vi' | 'en'): string {
  const p = parsePeriod(id);
  if (!p) return id;
  const vi = lang === 'vi';
  switch (p.type) {
    case 'year':
      return vi ? `Năm ${p.year}` : `Year ${p.year}`;
    case 'half_year':
      if (vi) return `6 tháng ${p.index === 1 ? 'đầu' : 'cuối'} năm ${p.year}`;
      return `${p.index === 1 ? 'First' : 'Second'} half of ${p.year}`;
    case 'quarter':
      return vi ? `Quý ${ROMAN[p.index - 1]}/${p.year}` : `Q${p.index} ${p.year}`;
    case 'month':
      return vi ? `Tháng ${p.index}/${p.year}` : `${MONTHS_EN[p.index - 1]} ${p.year}`;
  }
}
