import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cutoffWindow,
  formatPeriod,
  PERIOD_TYPES,
  type PeriodType,
  parsePeriod,
  periodContaining,
  periodId,
  periodsOfYear,
  previousPeriod,
} from './periods';

const nextDay = (iso: string) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const bounds = (id: string) => {
  const p = parsePeriod(id);
  return p && [p.start, p.end];
};

describe('parsePeriod', () => {
  it('reads the four DHIS2 forms with their calendar bounds', () => {
    expect(parsePeriod('2025')).toEqual({
      id: '2025',
      type: 'year',
      year: 2025,
      index: 1,
      start: '2025-01-01',
      end: '2025-12-31',
    });
    expect(parsePeriod('2025S1')).toMatchObject({
      type: 'half_year',
      index: 1,
      start: '2025-01-01',
      end: '2025-06-30',
    });
    expect(parsePeriod('2025S2')).toMatchObject({
      type: 'half_year',
      index: 2,
      start: '2025-07-01',
      end: '2025-12-31',
    });
    expect(parsePeriod('2025Q1')).toMatchObject({
      type: 'quarter',
      index: 1,
      start: '2025-01-01',
      end: '2025-03-31',
    });
    expect(parsePeriod('2025Q4')).toMatchObject({
      type: 'quarter',
      index: 4,
      start: '2025-10-01',
      end: '2025-12-31',
    });
    expect(parsePeriod('202507')).toMatchObject({ type: 'month', year: 2025, index: 7, end: '2025-07-31' });
  });

  it('ends February on the 29th in a leap year only', () => {
    expect(bounds('202402')).toEqual(['2024-02-01', '2024-02-29']);
    expect(bounds('202502')).toEqual(['2025-02-01', '2025-02-28']);
    expect(bounds('210002')).toEqual(['2100-02-01', '2100-02-28']);
  });

  it.each([
    '2025Q5',
    '2025Q0',
    '202513',
    '202500',
    '2025S3',
    '2025H1',
    '2025q1',
    '2025-01',
    '20251',
    '2025W01',
    '25',
    ' 2025',
    '2025 ',
    '',
    '1899',
    '2101',
    '210101',
  ])('refuses %j', (id) => {
    expect(parsePeriod(id)).toBeNull();
  });

  it('accepts the edge years 1900 and 2100', () => {
    expect(parsePeriod('1900Q1')?.start).toBe('1900-01-01');
    expect(parsePeriod('210012')?.end).toBe('2100-12-31');
  });
});

describe('periodId', () => {
  it('writes each type the DHIS2 way', () => {
    expect(periodId('year', 2025, 1)).toBe('2025');
    expect(periodId('half_year', 2025, 2)).toBe('2025S2');
    expect(periodId('quarter', 2025, 3)).toBe('2025Q3');
    expect(periodId('month', 2025, 1)).toBe('202501');
  });

  it('throws on an index or year outside the range', () => {
    expect(() => periodId('quarter', 2025, 5)).toThrow(RangeError);
    expect(() => periodId('month', 2025, 0)).toThrow(RangeError);
    expect(() => periodId('year', 2025, 2)).toThrow(RangeError);
    expect(() => periodId('year', 1899, 1)).toThrow(RangeError);
    expect(() => periodId('month', 2025, 1.5)).toThrow(RangeError);
  });

  it('round-trips through parsePeriod', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PERIOD_TYPES), fc.integer({ min: 1900, max: 2100 }), (type, year) => {
        for (const p of periodsOfYear(type, year)) {
          expect(parsePeriod(periodId(type, year, p.index))).toEqual(p);
        }
      }),
    );
  });
});

describe('periodsOfYear', () => {
  it('gives 1, 2, 4 and 12 periods', () => {
    expect(periodsOfYear('year', 2025).map((p) => p.id)).toEqual(['2025']);
    expect(periodsOfYear('half_year', 2025).map((p) => p.id)).toEqual(['2025S1', '2025S2']);
    expect(periodsOfYear('quarter', 2025).map((p) => p.id)).toEqual(['2025Q1', '2025Q2', '2025Q3', '2025Q4']);
    expect(periodsOfYear('month', 2025).map((p) => p.id)).toHaveLength(12);
    expect(periodsOfYear('month', 2025)[11]?.id).toBe('202512');
  });

  it('tiles the year without gap or overlap', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PERIOD_TYPES), fc.integer({ min: 1900, max: 2100 }), (type, year) => {
        const periods = periodsOfYear(type, year);
        expect(periods[0]?.start).toBe(`${year}-01-01`);
        expect(periods.at(-1)?.end).toBe(`${year}-12-31`);
        for (let i = 1; i < periods.length; i++) expect(periods[i]?.start).toBe(nextDay(periods[i - 1]!.end));
      }),
    );
  });
});

describe('previousPeriod', () => {
  it.each([
    ['2025Q1', '2024Q4'],
    ['2025Q3', '2025Q2'],
    ['202501', '202412'],
    ['202507', '202506'],
    ['2025S1', '2024S2'],
    ['2025S2', '2025S1'],
    ['2025', '2024'],
  ])('goes from %s back to %s', (id, previous) => {
    expect(previousPeriod(parsePeriod(id)!).id).toBe(previous);
  });

  it('ends the day before the period starts', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PERIOD_TYPES), fc.integer({ min: 1901, max: 2100 }), (type, year) => {
        for (const p of periodsOfYear(type, year)) expect(nextDay(previousPeriod(p).end)).toBe(p.start);
      }),
    );
  });
});

describe('periodContaining', () => {
  it.each([
    ['year', '2025-06-15', '2025'],
    ['half_year', '2025-06-30', '2025S1'],
    ['half_year', '2025-07-01', '2025S2'],
    ['quarter', '2025-05-15', '2025Q2'],
    ['quarter', '2025-10-01', '2025Q4'],
    ['month', '2025-12-31', '202512'],
    ['month', '2024-02-29', '202402'],
  ] as [PeriodType, string, string][])('puts a %s around %s: %s', (type, date, id) => {
    expect(periodContaining(type, date).id).toBe(id);
  });

  it('throws on something that is not a date', () => {
    expect(() => periodContaining('month', '2025/01/01')).toThrow(RangeError);
  });
});

describe('cutoffWindow', () => {
  const window = (id: string, day: number) => cutoffWindow(parsePeriod(id)!, day);

  it('runs the year 2025 from 15/12/2024 to 14/12/2025, the national reporting regime', () => {
    expect(window('2025', 15)).toEqual({ start: '2024-12-15', end: '2025-12-14' });
  });

  it('shifts half years, quarters and months the same way', () => {
    expect(window('2025S1', 15)).toEqual({ start: '2024-12-15', end: '2025-06-14' });
    expect(window('2025S2', 15)).toEqual({ start: '2025-06-15', end: '2025-12-14' });
    expect(window('2025Q1', 15)).toEqual({ start: '2024-12-15', end: '2025-03-14' });
    expect(window('2025Q3', 15)).toEqual({ start: '2025-06-15', end: '2025-09-14' });
    expect(window('202501', 15)).toEqual({ start: '2024-12-15', end: '2025-01-14' });
    expect(window('202503', 15)).toEqual({ start: '2025-02-15', end: '2025-03-14' });
    expect(window('202503', 2)).toEqual({ start: '2025-02-02', end: '2025-03-01' });
  });

  it('keeps the calendar bounds with start day 1', () => {
    expect(window('2025Q2', 1)).toEqual({ start: '2025-04-01', end: '2025-06-30' });
    expect(window('202402', 1)).toEqual({ start: '2024-02-01', end: '2024-02-29' });
  });

  it('throws on a start day outside 1–28', () => {
    expect(() => window('2025', 0)).toThrow(RangeError);
    expect(() => window('2025', 29)).toThrow(RangeError);
    expect(() => window('2025', 15.5)).toThrow(RangeError);
  });

  it('makes consecutive windows meet, whatever the start day', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PERIOD_TYPES),
        fc.integer({ min: 1901, max: 2100 }),
        fc.integer({ min: 1, max: 28 }),
        (type, year, day) => {
          for (const p of periodsOfYear(type, year)) {
            expect(cutoffWindow(p, day).start).toBe(nextDay(cutoffWindow(previousPeriod(p), day).end));
          }
        },
      ),
    );
  });
});

describe('formatPeriod', () => {
  it.each([
    ['2025', 'Năm 2025', 'Year 2025'],
    ['2025S1', '6 tháng đầu năm 2025', 'First half of 2025'],
    ['2025S2', '6 tháng cuối năm 2025', 'Second half of 2025'],
    ['2025Q1', 'Quý I/2025', 'Q1 2025'],
    ['2025Q2', 'Quý II/2025', 'Q2 2025'],
    ['2025Q3', 'Quý III/2025', 'Q3 2025'],
    ['2025Q4', 'Quý IV/2025', 'Q4 2025'],
    ['202507', 'Tháng 7/2025', 'July 2025'],
    ['202512', 'Tháng 12/2025', 'December 2025'],
  ])('writes %s as "%s" and "%s"', (id, vi, en) => {
    expect(formatPeriod(id, 'vi')).toBe(vi);
    expect(formatPeriod(id, 'en')).toBe(en);
  });

  it('returns an unknown id unchanged', () => {
    expect(formatPeriod('2025Q5', 'vi')).toBe('2025Q5');
    expect(formatPeriod('next year', 'en')).toBe('next year');
  });
});
