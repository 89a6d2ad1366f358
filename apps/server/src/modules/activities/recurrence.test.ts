import { describe, expect, it } from 'vitest';
import { expandSessions, fromWallTime, localDate, MAX_SESSIONS, toWallTime } from './recurrence';

const at = (iso: string) => new Date(iso);
/** The wall time in Vietnam of an instant, as "YYYY-MM-DD HH:mm". */
const vn = (d: Date) => toWallTime(d).toISOString().slice(0, 16).replace('T', ' ');
const first = { startsAt: at('2027-03-02T08:00:00+07:00'), endsAt: at('2027-03-02T10:00:00+07:00') };

describe('expandSessions', () => {
  it('gives the one session when there is no rule', () => {
    expect(expandSessions(first, null)).toEqual([first]);
  });

  it('repeats a Tuesday and Thursday class ten times at 08:00 in Vietnam', () => {
    const sessions = expandSessions(first, { freq: 'weekly', interval: 1, byWeekday: [2, 4], count: 10 });
    expect(sessions).toHaveLength(10);
    expect(sessions.map((s) => vn(s.startsAt))).toEqual([
      '2027-03-02 08:00',
      '2027-03-04 08:00',
      '2027-03-09 08:00',
      '2027-03-11 08:00',
      '2027-03-16 08:00',
      '2027-03-18 08:00',
      '2027-03-23 08:00',
      '2027-03-25 08:00',
      '2027-03-30 08:00',
      '2027-04-01 08:00',
    ]);
    for (const s of sessions) {
      expect(vn(s.endsAt).slice(11)).toBe('10:00');
      expect(s.startsAt.getUTCHours()).toBe(1);
    }
  });

  it('keeps the wall time in a zone with daylight saving (Berlin, across the March change)', () => {
    const berlin = 'Europe/Berlin';
    const start = fromWallTime(at('2027-03-20T08:00:00Z'), berlin);
    const end = fromWallTime(at('2027-03-20T09:30:00Z'), berlin);
    const sessions = expandSessions(
      { startsAt: start, endsAt: end },
      { freq: 'weekly', interval: 1, count: 3 },
      berlin,
    );
    expect(sessions.map((s) => toWallTime(s.startsAt, berlin).toISOString().slice(0, 16))).toEqual([
      '2027-03-20T08:00',
      '2027-03-27T08:00',
      '2027-04-03T08:00',
    ]);
    // The same 08:00 is an hour earlier in UTC once summer time starts (28/3/2027).
    expect(sessions.map((s) => s.startsAt.getUTCHours())).toEqual([7, 7, 6]);
    expect(sessions.map((s) => s.endsAt.getTime() - s.startsAt.getTime())).toEqual([
      5_400_000, 5_400_000, 5_400_000,
    ]);
  });

  it('ends on the until day, which is included', () => {
    const sessions = expandSessions(first, { freq: 'daily', interval: 2, until: '2027-03-08' });
    expect(sessions.map((s) => localDate(s.startsAt))).toEqual([
      '2027-03-02',
      '2027-03-04',
      '2027-03-06',
      '2027-03-08',
    ]);
  });

  it('repeats monthly on the first session’s day of the month', () => {
    const sessions = expandSessions(first, { freq: 'monthly', interval: 1, count: 3 });
    expect(sessions.map((s) => vn(s.startsAt))).toEqual([
      '2027-03-02 08:00',
      '2027-04-02 08:00',
      '2027-05-02 08:00',
    ]);
  });

  it('starts on the first listed weekday when the first session’s day is not listed', () => {
    const sessions = expandSessions(first, { freq: 'weekly', interval: 1, byWeekday: [5], count: 2 });
    expect(sessions.map((s) => vn(s.startsAt))).toEqual(['2027-03-05 08:00', '2027-03-12 08:00']);
  });

  it('stops one past the limit, so a runaway rule is refused without being expanded', () => {
    const sessions = expandSessions(first, { freq: 'daily', interval: 1, until: '2035-01-01' });
    expect(sessions).toHaveLength(MAX_SESSIONS + 1);
  });

  it('is the same whatever the server’s time zone (the expansion never reads it)', () => {
    const sessions = expandSessions(
      { startsAt: at('2027-12-30T23:30:00+07:00'), endsAt: at('2027-12-31T00:30:00+07:00') },
      { freq: 'daily', interval: 1, count: 3 },
    );
    expect(sessions.map((s) => s.startsAt.toISOString())).toEqual([
      '2027-12-30T16:30:00.000Z',
      '2027-12-31T16:30:00.000Z',
      '2028-01-01T16:30:00.000Z',
    ]);
  });
});
