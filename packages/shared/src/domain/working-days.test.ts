import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import holidayFile from '../../../../data/holidays.json';
import { isIsoDate } from './dates';
import {
  addWorkingDays,
  calendarFrom,
  isWorkingDay,
  onOrBeforeWorkingDay,
  workingDaysBetween,
} from './working-days';

const cal = calendarFrom(holidayFile);
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Any day from 2023 to 2030, the years the table covers. */
const dayInTable = fc
  .integer({ min: Date.UTC(2023, 0, 1) / 86_400_000, max: Date.UTC(2030, 11, 31) / 86_400_000 })
  .map((d) => isoOf(d * 86_400_000));

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('isWorkingDay', () => {
  it('works Monday to Friday and rests at the weekend', () => {
    expect(isWorkingDay('2025-11-24', cal)).toBe(true); // Monday
    expect(isWorkingDay('2025-11-28', cal)).toBe(true); // Friday
    expect(isWorkingDay('2025-11-29', cal)).toBe(false); // Saturday
    expect(isWorkingDay('2025-11-30', cal)).toBe(false); // Sunday
  });

  it('rests on holidays, days in lieu and swapped days', () => {
    expect(isWorkingDay('2025-01-29', cal)).toBe(false); // Tết Ất Tỵ
    expect(isWorkingDay('2023-05-02', cal)).toBe(false); // in lieu of Hùng Kings' day on a Saturday
    expect(isWorkingDay('2025-05-02', cal)).toBe(false); // swapped with Saturday 26/4
  });

  it('works on a Saturday the government made a working day', () => {
    expect(isWorkingDay('2025-04-26', cal)).toBe(true);
    expect(isWorkingDay('2024-05-04', cal)).toBe(true);
  });

  it('throws on something that is not a date', () => {
    expect(() => isWorkingDay('2025-02-30', cal)).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it('returns the date itself for 0, even on a day off', () => {
    expect(addWorkingDays('2025-11-22', 0, cal)).toBe('2025-11-22');
    expect(addWorkingDays('2025-01-29', 0, cal)).toBe('2025-01-29');
  });

  it('skips the whole Tết Ất Tỵ break (25/1–2/2/2025)', () => {
    expect(addWorkingDays('2025-01-24', 1, cal)).toBe('2025-02-03');
    expect(addWorkingDays('2025-02-03', -1, cal)).toBe('2025-01-24');
    expect(addWorkingDays('2025-01-22', 5, cal)).toBe('2025-02-05');
  });

  it('skips the 2/9 holidays: 1/9 and 2/9/2025 with the weekend before', () => {
    expect(addWorkingDays('2025-08-29', 1, cal)).toBe('2025-09-03');
    expect(addWorkingDays('2025-09-10', -10, cal)).toBe('2025-08-25');
  });

  it('counts the Saturday worked in lieu of 2/5/2025', () => {
    expect(addWorkingDays('2025-04-25', 1, cal)).toBe('2025-04-26');
    expect(addWorkingDays('2025-04-25', 4, cal)).toBe('2025-05-05');
  });

  it('starts counting from the next day when the date is a day off', () => {
    expect(addWorkingDays('2025-11-22', 1, cal)).toBe('2025-11-24');
    expect(addWorkingDays('2025-11-23', -1, cal)).toBe('2025-11-21');
  });

  it('refuses a fractional count', () => {
    expect(() => addWorkingDays('2025-11-24', 1.5, cal)).toThrow(RangeError);
  });
});

describe('onOrBeforeWorkingDay', () => {
  it('keeps a working day', () => {
    expect(onOrBeforeWorkingDay('2025-11-25', cal)).toBe('2025-11-25');
    expect(onOrBeforeWorkingDay('2025-04-26', cal)).toBe('2025-04-26');
  });

  it('moves a weekend or holiday back to the last working day', () => {
    expect(onOrBeforeWorkingDay('2023-11-25', cal)).toBe('2023-11-24');
    expect(onOrBeforeWorkingDay('2025-02-01', cal)).toBe('2025-01-24');
    expect(onOrBeforeWorkingDay('2026-02-22', cal)).toBe('2026-02-13');
    expect(onOrBeforeWorkingDay('2026-09-02', cal)).toBe('2026-08-28');
  });
});

describe('workingDaysBetween', () => {
  it('counts the days in (from, to]', () => {
    expect(workingDaysBetween('2025-11-24', '2025-11-24', cal)).toBe(0);
    expect(workingDaysBetween('2025-11-24', '2025-11-28', cal)).toBe(4);
    expect(workingDaysBetween('2025-01-24', '2025-02-03', cal)).toBe(1);
  });

  it('is negative backwards, and 0 (not -0) across a weekend', () => {
    expect(workingDaysBetween('2025-02-03', '2025-01-24', cal)).toBe(-1);
    expect(workingDaysBetween('2025-11-23', '2025-11-22', cal)).toBe(0);
    expect(Object.is(workingDaysBetween('2025-11-23', '2025-11-22', cal), 0)).toBe(true);
  });

  it('finds 250 working days in 2025: 261 weekdays, 12 off, 1 Saturday worked', () => {
    expect(workingDaysBetween('2024-12-31', '2025-12-31', cal)).toBe(250);
  });

  it('gives back n after addWorkingDays(d, n) from a working day d', () => {
    fc.assert(
      fc.property(dayInTable, fc.integer({ min: -300, max: 300 }), (d, n) => {
        fc.pre(isWorkingDay(d, cal));
        const e = addWorkingDays(d, n, cal);
        expect(workingDaysBetween(d, e, cal)).toBe(n);
        expect(addWorkingDays(e, -n, cal)).toBe(d);
        if (n !== 0) expect(isWorkingDay(e, cal)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('adds up over consecutive spans', () => {
    fc.assert(
      fc.property(dayInTable, dayInTable, dayInTable, (a, b, c) => {
        expect(workingDaysBetween(a, b, cal) + workingDaysBetween(b, c, cal)).toBe(
          workingDaysBetween(a, c, cal),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same answers in any process time zone', () => {
    const answers = (days: string[]) =>
      days.map((d) => [
        isWorkingDay(d, cal),
        addWorkingDays(d, 7, cal),
        workingDaysBetween(d, '2026-01-01', cal),
      ]);
    const days = fc.sample(dayInTable, { numRuns: 50, seed: 1 });
    process.env.TZ = 'UTC';
    const expected = answers(days);
    for (const tz of ['Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      process.env.TZ = tz;
      expect(new Date(2025, 0, 1).getTimezoneOffset()).not.toBe(0); // the switch took effect
      expect(answers(days)).toEqual(expected);
    }
  });
});

describe('calendarFrom', () => {
  it('reads days and workdays', () => {
    const c = calendarFrom({ days: [{ date: '2025-01-29' }], workdays: [{ date: '2025-04-26' }] });
    expect([...c.offDays]).toEqual(['2025-01-29']);
    expect([...c.workdays]).toEqual(['2025-04-26']);
    expect(calendarFrom({ days: [] }).workdays.size).toBe(0);
  });

  it('throws on a malformed date, naming it', () => {
    expect(() => calendarFrom({ days: [{ date: '29/01/2025' }] })).toThrow(/29\/01\/2025/);
  });
});

describe('data/holidays.json', () => {
  const days = holidayFile.days;
  const years = [2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030];
  const inYear = (y: number) => days.filter((d) => d.date.startsWith(`${y}-`));
  const named = (en: string) => new Set(days.filter((d) => d.name.en === en).map((d) => d.date));

  it('lists valid dates once each, in order, with a known kind and both names', () => {
    const dates = days.map((d) => d.date);
    expect(dates.every(isIsoDate)).toBe(true);
    expect(dates).toEqual([...new Set(dates)].sort());
    for (const d of days) {
      expect(['holiday', 'compensatory', 'bridge']).toContain(d.kind);
      expect(d.name.vi.length * d.name.en.length).toBeGreaterThan(0);
    }
    expect(holidayFile.workdays.every((w) => isIsoDate(w.date))).toBe(true);
  });

  it.each(years)('gives %i the 11 holidays of the Labour Code (Art. 112)', (y) => {
    const holidays = inYear(y).filter((d) => d.kind === 'holiday');
    expect(holidays).toHaveLength(11);
    expect(holidays.filter((d) => d.name.en === 'Lunar New Year')).toHaveLength(5);
    expect(holidays.filter((d) => d.name.en === 'National Day')).toHaveLength(2);
    for (const mmdd of ['01-01', '04-30', '05-01', '09-02'])
      expect(holidays.map((d) => d.date)).toContain(`${y}-${mmdd}`);
  });

  it.each(years)('gives %i one weekday in lieu of each holiday on a weekend (Art. 111(3))', (y) => {
    const onWeekend = inYear(y).filter((d) => d.kind === 'holiday' && [0, 6].includes(weekday(d.date)));
    const inLieu = inYear(y).filter((d) => d.kind === 'compensatory');
    expect(inLieu).toHaveLength(onWeekend.length);
    for (const d of inLieu) expect([0, 6]).not.toContain(weekday(d.date));
  });

  it('pairs every swapped weekday off with a Saturday worked in the same year', () => {
    for (const y of years) {
      const bridges = inYear(y).filter((d) => d.kind === 'bridge');
      const saturdays = holidayFile.workdays.filter((w) => w.date.startsWith(`${y}-`));
      expect(saturdays).toHaveLength(bridges.length);
      for (const b of bridges) expect([0, 6]).not.toContain(weekday(b.date));
      for (const w of saturdays) expect(weekday(w.date)).toBe(6);
    }
  });

  // Lunar 1/1 and 10/3 for UTC+7 (Hồ Ngọc Đức's algorithm). Tết 2030 is 2 February in Vietnam: the new moon falls
  // at 23:09 Hanoi time, already 3 February in China.
  it('holds Tết on the Vietnamese lunar new year', () => {
    const tet = [
      '2023-01-22',
      '2024-02-10',
      '2025-01-29',
      '2026-02-17',
      '2027-02-06',
      '2028-01-26',
      '2029-02-13',
    ];
    for (const d of [...tet, '2030-02-02']) expect(named('Lunar New Year').has(d)).toBe(true);
  });

  it("holds Hùng Kings' day on the 10th of the 3rd lunar month", () => {
    const hung = [
      '2023-04-29',
      '2024-04-18',
      '2025-04-07',
      '2026-04-26',
      '2027-04-16',
      '2028-04-04',
      '2029-04-23',
    ];
    expect([...named("Hùng Kings' Commemoration Day")]).toEqual([...hung, '2030-04-12']);
  });

  it('matches the announced breaks of 2025 and 2026', () => {
    const offBetween = (from: string, to: string) => {
      const out: string[] = [];
      for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
        if (!isWorkingDay(isoOf(t), cal)) out.push(isoOf(t));
      }
      return out.length;
    };
    expect(offBetween('2025-01-24', '2025-02-03')).toBe(9); // Tết: 25/1–2/2
    expect(offBetween('2025-04-29', '2025-05-05')).toBe(5); // 30/4–4/5
    expect(offBetween('2025-08-29', '2025-09-03')).toBe(4); // 30/8–2/9
    expect(offBetween('2026-02-13', '2026-02-23')).toBe(9); // Tết: 14/2–22/2
    expect(offBetween('2026-08-28', '2026-09-03')).toBe(5); // 29/8–2/9
  });
});
