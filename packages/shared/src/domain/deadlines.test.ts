import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import holidayFile from '../../../../data/holidays.json';
import {
  DEFAULT_ANNUAL_DEADLINES,
  type DeadlineConfig,
  deadlineFor,
  isOnTime,
  REPORT_LEVELS,
} from './deadlines';
import { PERIOD_TYPES, parsePeriod, periodsOfYear } from './periods';
import { calendarFrom, isWorkingDay, workingDaysBetween } from './working-days';

const cal = calendarFrom(holidayFile);
const period = (id: string) => parsePeriod(id)!;
const afterEnd = (workingDays: number, commune = 5, institution = 10): DeadlineConfig => ({
  anchor: { kind: 'after_end', workingDays },
  levelOffsets: { province: 0, commune, institution },
});
const fixed = (month: number, day: number): DeadlineConfig => ({
  anchor: { kind: 'fixed', month, day },
  levelOffsets: { province: 0, commune: 5, institution: 10 },
});

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('deadlineFor', () => {
  const annual = (year: string) =>
    REPORT_LEVELS.map((level) => deadlineFor(period(year), level, DEFAULT_ANNUAL_DEADLINES, 15, cal));

  it('moves 25/11/2023, a Saturday, back to Friday 24/11 for the province, and counts the levels from there', () => {
    // institution, commune, province
    expect(annual('2023')).toEqual(['2023-11-10', '2023-11-17', '2023-11-24']);
  });

  it('keeps 25/11/2025, a Tuesday', () => {
    expect(annual('2025')).toEqual(['2025-11-11', '2025-11-18', '2025-11-25']);
  });

  it('counts 10 working days back across the 2/9 holidays', () => {
    // 10/9/2025 (Wed) back over 9, 8, 5, 4, 3/9, the 30/8–2/9 break, then 29, 28, 27, 26, 25/8.
    expect(deadlineFor(period('2025'), 'institution', fixed(9, 10), 15, cal)).toBe('2025-08-25');
  });

  it('skips the Tết Ất Tỵ week after a January cut-off', () => {
    // 202501 with the 15th: data to Tue 14/1; 10 working days: 15–17, 20–24/1, then Tết 25/1–2/2, then 3 and 4/2.
    const cfg = afterEnd(10);
    expect(deadlineFor(period('202501'), 'province', cfg, 15, cal)).toBe('2025-02-04');
    // Five working days back from 4/2: 3/2, then 24, 23, 22, 21/1.
    expect(deadlineFor(period('202501'), 'commune', cfg, 15, cal)).toBe('2025-01-21');
  });

  it('treats a fixed day as 10 working days after the end for a quarter', () => {
    // 2025Q3 on calendar bounds ends Tue 30/9; 10 working days on is Tue 14/10.
    expect(deadlineFor(period('2025Q3'), 'province', DEFAULT_ANNUAL_DEADLINES, 1, cal)).toBe('2025-10-14');
    expect(deadlineFor(period('2025Q3'), 'province', afterEnd(10), 1, cal)).toBe('2025-10-14');
  });

  it('moves a cut-off end on a weekend back onto a working day when there are 0 days after it', () => {
    // 2025 with the 15th ends Sunday 14/12/2025.
    expect(deadlineFor(period('2025'), 'province', afterEnd(0), 15, cal)).toBe('2025-12-12');
  });

  it("honours Lào Cai's 30/11, a Sunday in 2025", () => {
    expect(deadlineFor(period('2025'), 'province', fixed(11, 30), 15, cal)).toBe('2025-11-28');
  });

  it('takes the last day of the month for a day the month does not have', () => {
    expect(deadlineFor(period('2025'), 'province', fixed(2, 30), 15, cal)).toBe('2025-02-28');
    expect(deadlineFor(period('2024'), 'province', fixed(2, 30), 15, cal)).toBe('2024-02-29');
  });

  it('throws on a negative level offset', () => {
    expect(() => deadlineFor(period('2025'), 'commune', afterEnd(10, -1), 15, cal)).toThrow(RangeError);
  });

  it('always lands on a working day, lower levels first by exactly their offsets', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PERIOD_TYPES),
        fc.integer({ min: 2023, max: 2029 }),
        fc.constantFrom(1, 15, 20),
        fc.oneof(
          fc.integer({ min: 0, max: 30 }).map((n) => afterEnd(n, 3, 8)),
          fc
            .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
            .map((a) => ({
              anchor: { kind: 'fixed' as const, ...a },
              levelOffsets: { province: 0, commune: 3, institution: 8 },
            })),
        ),
        (type, year, cutoff, cfg) => {
          for (const p of periodsOfYear(type, year)) {
            const [institution, commune, province] = REPORT_LEVELS.map((l) =>
              deadlineFor(p, l, cfg, cutoff, cal),
            );
            for (const d of [institution, commune, province]) expect(isWorkingDay(d!, cal)).toBe(true);
            expect(workingDaysBetween(commune!, province!, cal)).toBe(3);
            expect(workingDaysBetween(institution!, province!, cal)).toBe(8);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('isOnTime', () => {
  it('accepts a submission up to 23:59:59 in Vietnam on the deadline day', () => {
    expect(isOnTime(new Date('2025-11-25T16:59:59Z'), '2025-11-25')).toBe(true); // 23:59:59 in Hà Nội
    expect(isOnTime(new Date('2025-11-25T17:00:00Z'), '2025-11-25')).toBe(false); // 00:00 on 26/11
    expect(isOnTime(new Date('2025-11-24T17:00:00Z'), '2025-11-25')).toBe(true); // 00:00 on 25/11
  });

  it('reads strings with a zone, without one (as Vietnam time) and bare dates', () => {
    expect(isOnTime('2025-11-25T23:59:59+07:00', '2025-11-25')).toBe(true);
    expect(isOnTime('2025-11-26T00:00:00+07:00', '2025-11-25')).toBe(false);
    expect(isOnTime('2025-11-25T17:30:00Z', '2025-11-25')).toBe(false);
    expect(isOnTime('2025-11-25 16:30:00+00', '2025-11-25')).toBe(true); // as PostgreSQL writes timestamptz
    expect(isOnTime('2025-11-25T23:30:00', '2025-11-25')).toBe(true);
    expect(isOnTime('2025-11-26T00:10:00', '2025-11-25')).toBe(false);
    expect(isOnTime('2025-11-25', '2025-11-25')).toBe(true);
    expect(isOnTime('2025-11-26', '2025-11-25')).toBe(false);
  });

  it('throws on something that is not a time or a date', () => {
    expect(() => isOnTime('yesterday', '2025-11-25')).toThrow(RangeError);
    expect(() => isOnTime(new Date(Number.NaN), '2025-11-25')).toThrow(RangeError);
    expect(() => isOnTime('2025-11-25', '25/11/2025')).toThrow(RangeError);
  });

  it('gives the same answer near midnight whatever the process time zone', () => {
    const cases: [Date | string, boolean][] = [
      [new Date('2025-11-25T16:59:59.999Z'), true],
      [new Date('2025-11-25T17:00:00.000Z'), false],
      ['2025-11-25T23:59:00', true],
      ['2025-11-26T00:01:00', false],
    ];
    for (const tz of ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      process.env.TZ = tz;
      for (const [at, expected] of cases)
        expect(isOnTime(at, '2025-11-25'), `${tz} ${String(at)}`).toBe(expected);
    }
  });
});
