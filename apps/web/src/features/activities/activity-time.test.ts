import { describe, expect, it } from 'vitest';
import {
  addDays,
  formatInstant,
  formatSessionRange,
  instantParts,
  isoWeekday,
  minutesBetween,
  normalizeTime,
  toInstant,
} from './activity-time';

describe('normalizeTime', () => {
  it('reads the ways people type a time', () => {
    expect(normalizeTime('8')).toBe('08:00');
    expect(normalizeTime('8h')).toBe('08:00');
    expect(normalizeTime('8h30')).toBe('08:30');
    expect(normalizeTime('8:30')).toBe('08:30');
    expect(normalizeTime('08.30')).toBe('08:30');
    expect(normalizeTime('0830')).toBe('08:30');
    expect(normalizeTime('830')).toBe('08:30');
    expect(normalizeTime(' 14 : 05 ')).toBe('14:05');
  });

  it('refuses what is not a time of day', () => {
    expect(normalizeTime('24:00')).toBeNull();
    expect(normalizeTime('8:60')).toBeNull();
    expect(normalizeTime('sáng')).toBeNull();
    expect(normalizeTime('')).toBeNull();
    expect(normalizeTime(null)).toBeNull();
  });
});

describe('toInstant', () => {
  it('writes a date and a time in Vietnam as an instant with +07:00', () => {
    expect(toInstant('2027-04-21', '08:00')).toBe('2027-04-21T08:00:00+07:00');
    expect(toInstant('2027-04-21', '830')).toBe('2027-04-21T08:30:00+07:00');
  });

  it('gives nothing for an impossible date or time', () => {
    expect(toInstant('2027-02-30', '08:00')).toBeNull();
    expect(toInstant('2027-04-21', '25:00')).toBeNull();
    expect(toInstant(null, '08:00')).toBeNull();
  });

  it('is the same moment the server stores in UTC', () => {
    expect(new Date(toInstant('2027-04-21', '06:30')!).toISOString()).toBe('2027-04-20T23:30:00.000Z');
  });
});

describe('instantParts', () => {
  it('reads an instant back as its date and time in Vietnam, whatever the offset it was written with', () => {
    expect(instantParts('2027-04-20T23:30:00.000Z')).toEqual({ date: '2027-04-21', time: '06:30' });
    expect(instantParts('2027-04-21T06:30:00+07:00')).toEqual({ date: '2027-04-21', time: '06:30' });
    expect(instantParts('not a date')).toBeNull();
  });

  it('round-trips with toInstant', () => {
    for (const [date, time] of [
      ['2027-01-01', '00:00'],
      ['2027-12-31', '23:59'],
      ['2028-02-29', '12:15'],
    ] as const) {
      expect(instantParts(toInstant(date, time))).toEqual({ date, time });
    }
  });
});

describe('formatInstant and formatSessionRange', () => {
  it('write dd/mm/yyyy HH:mm in Vietnam', () => {
    expect(formatInstant('2027-04-21T01:00:00.000Z')).toBe('21/04/2027 08:00');
    expect(formatInstant(null)).toBe('');
  });

  it('give a session on one day once, and both ends when it runs over midnight', () => {
    expect(formatSessionRange('2027-04-21T01:00:00Z', '2027-04-21T03:00:00Z')).toBe('21/04/2027 08:00–10:00');
    expect(formatSessionRange('2027-04-21T12:00:00Z', '2027-04-22T10:00:00Z')).toBe(
      '21/04/2027 19:00 – 22/04/2027 17:00',
    );
  });
});

describe('calendar helpers', () => {
  it('move a date by days across months and years', () => {
    expect(addDays('2027-04-28', 7)).toBe('2027-05-05');
    expect(addDays('2027-12-29', 7)).toBe('2028-01-05');
  });

  it('number weekdays from Monday (1) to Sunday (7)', () => {
    expect(isoWeekday('2027-04-19')).toBe(1);
    expect(isoWeekday('2027-04-21')).toBe(3);
    expect(isoWeekday('2027-04-25')).toBe(7);
  });

  it('count the minutes between two times', () => {
    expect(minutesBetween('08:00', '10:30')).toBe(150);
    expect(minutesBetween('10:00', '08:00')).toBe(-120);
    expect(minutesBetween('8h', 'x')).toBeNull();
  });
});
