import { createRequire } from 'node:module';
import type { IsoDate, Recurrence } from '@suotdoi/shared';

// rrule ships a UMD bundle as its CommonJS entry, whose names Node's ESM loader cannot see; require it instead.
const { RRule } = createRequire(import.meta.url)('rrule') as typeof import('rrule');

/** Activities are scheduled in Vietnam's wall time: a weekly 08:00 class stays at 08:00. */
export const ACTIVITY_TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** More sessions than this is a mistake in the rule (a daily class "until" a year away), not a schedule. */
export const MAX_SESSIONS = 200;

export interface SessionTimes {
  startsAt: Date;
  endsAt: Date;
}

const partsFormat = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string) {
  let f = partsFormat.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormat.set(timeZone, f);
  }
  return f;
}

/**
 * The wall-clock time of `instant` in `timeZone`, as a Date whose UTC fields are that wall time (rrule's
 * "floating" dates: it computes on the UTC fields, so no daylight saving rule of any zone can move 08:00).
 */
export function toWallTime(instant: Date, timeZone = ACTIVITY_TIME_ZONE): Date {
  const p = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((x) => [x.type, x.value]),
  );
  return new Date(
    Date.UTC(
      Number(p.year),
      Number(p.month) - 1,
      Number(p.day),
      Number(p.hour),
      Number(p.minute),
      Number(p.second),
      instant.getUTCMilliseconds(),
    ),
  );
}

/** The instant at which the clocks of `timeZone` show `wall` (a Date whose UTC fields are the wall time). */
export function fromWallTime(wall: Date, timeZone = ACTIVITY_TIME_ZONE): Date {
  // The offset at the guess, applied twice: enough for any zone's transitions (a skipped hour moves forward).
  let guess = new Date(wall.getTime() - (toWallTime(wall, timeZone).getTime() - wall.getTime()));
  guess = new Date(wall.getTime() - (toWallTime(guess, timeZone).getTime() - guess.getTime()));
  return guess;
}

/** The local calendar date of an instant in Vietnam. */
export function localDate(instant: Date, timeZone = ACTIVITY_TIME_ZONE): IsoDate {
  return toWallTime(instant, timeZone).toISOString().slice(0, 10);
}

/**
 * Buổi: the sessions of an activity whose first session is `first`, repeated by `recurrence` (none: the one
 * session). Every session lasts as long as the first, at the same wall time. `until` is a local date and is
 * included. A weekly rule whose weekdays leave out the first session's day starts on its first matching day,
 * as rrule reads RFC 5545. At most MAX_SESSIONS + 1 are returned, so the caller can refuse a rule that makes
 * more without expanding it forever.
 */
export function expandSessions(
  first: SessionTimes,
  recurrence: Recurrence | null | undefined,
  timeZone = ACTIVITY_TIME_ZONE,
): SessionTimes[] {
  if (!recurrence) return [{ startsAt: first.startsAt, endsAt: first.endsAt }];
  const startWall = toWallTime(first.startsAt, timeZone);
  const lengthMs = toWallTime(first.endsAt, timeZone).getTime() - startWall.getTime();
  const freq = { daily: RRule.DAILY, weekly: RRule.WEEKLY, monthly: RRule.MONTHLY }[recurrence.freq];
  const rule = new RRule({
    freq,
    interval: recurrence.interval ?? 1,
    dtstart: startWall,
    ...(recurrence.freq === 'weekly' && recurrence.byWeekday
      ? { byweekday: [...new Set(recurrence.byWeekday)].map((d) => d - 1) }
      : {}),
    ...(recurrence.count !== undefined ? { count: recurrence.count } : {}),
    ...(recurrence.until !== undefined ? { until: new Date(`${recurrence.until}T23:59:59.999Z`) } : {}),
  });
  return rule
    .all((_, i) => i < MAX_SESSIONS + 1)
    .map((wall) => ({
      startsAt: fromWallTime(wall, timeZone),
      endsAt: fromWallTime(new Date(wall.getTime() + lengthMs), timeZone),
    }));
}

/** The instant a Vietnamese calendar day starts. */
export function dayStart(day: IsoDate, timeZone = ACTIVITY_TIME_ZONE): Date {
  return fromWallTime(new Date(`${day}T00:00:00Z`), timeZone);
}

/** The instant the day after `day` starts (the end of `day`, exclusive). */
export function dayEnd(day: IsoDate, timeZone = ACTIVITY_TIME_ZONE): Date {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return fromWallTime(next, timeZone);
}
