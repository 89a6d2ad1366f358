import { AppError, foldDiacritics, type Recurrence } from '@suotdoi/shared';
import { expandSessions, MAX_SESSIONS, type SessionTimes } from './recurrence';

/** What makes an activity's schedule sane, as pure functions (the write services call them). */

export interface Problem {
  /** As the route's own validation names it: `body.endsAt`. */
  field: string;
  reason: string;
  value?: unknown;
}

/** VALIDATION_FAILED naming every bad field at once, as the route's own validation would. */
export function invalid(problems: Problem[]): never {
  throw new AppError(
    'VALIDATION_FAILED',
    problems.map((p) => `${p.field}: ${p.reason}`).join('; '),
    problems,
  );
}

export interface ScheduleInput {
  startsAt: Date;
  endsAt: Date;
  recurrence: Recurrence | null;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
}

/**
 * The sessions of a schedule and what is wrong with it: the first session ends after it starts, the rule makes
 * between 1 and MAX_SESSIONS sessions, registration opens before it closes and closes by the end of the last
 * session (a window left open defaults to that end).
 */
export function planSchedule(s: ScheduleInput): { sessions: SessionTimes[]; problems: Problem[] } {
  const problems: Problem[] = [];
  if (s.endsAt.getTime() <= s.startsAt.getTime()) {
    problems.push({ field: 'body.endsAt', reason: 'ends_before_start', value: s.endsAt.toISOString() });
    return { sessions: [], problems };
  }
  const sessions = expandSessions({ startsAt: s.startsAt, endsAt: s.endsAt }, s.recurrence);
  if (sessions.length === 0) {
    problems.push({ field: 'body.recurrence', reason: 'no_sessions' });
    return { sessions, problems };
  }
  if (sessions.length > MAX_SESSIONS) {
    problems.push({ field: 'body.recurrence', reason: 'too_many_sessions', value: MAX_SESSIONS });
    return { sessions: [], problems };
  }
  problems.push(...windowProblems(s, sessions[sessions.length - 1]!.endsAt));
  return { sessions, problems };
}

/** Registration opens before it closes, and closes by `lastEnd` (the default when no close is given). */
export function windowProblems(
  s: { registrationOpensAt: Date | null; registrationClosesAt: Date | null },
  lastEnd: Date,
): Problem[] {
  const problems: Problem[] = [];
  const closes = s.registrationClosesAt ?? lastEnd;
  if (s.registrationClosesAt && s.registrationClosesAt.getTime() > lastEnd.getTime()) {
    problems.push({
      field: 'body.registrationClosesAt',
      reason: 'after_last_session',
      value: lastEnd.toISOString(),
    });
  }
  if (s.registrationOpensAt && s.registrationOpensAt.getTime() >= closes.getTime()) {
    problems.push({
      field: 'body.registrationOpensAt',
      reason: 'not_before_close',
      value: closes.toISOString(),
    });
  }
  return problems;
}

/** Folded title, description, place and institution name: what "thu vien" is looked for in. */
export function searchTextOf(a: {
  title: string;
  description: string | null;
  place: string | null;
  institutionName: string;
}): string {
  return foldDiacritics([a.title, a.description, a.place, a.institutionName].filter(Boolean).join(' '));
}

/** Two schedules are the same when their first session and rule are. */
export function sameSchedule(
  a: { startsAt: Date; endsAt: Date; recurrence: Recurrence | null },
  b: { startsAt: Date; endsAt: Date; recurrence: Recurrence | null },
): boolean {
  return (
    a.startsAt.getTime() === b.startsAt.getTime() &&
    a.endsAt.getTime() === b.endsAt.getTime() &&
    JSON.stringify(normaliseRule(a.recurrence)) === JSON.stringify(normaliseRule(b.recurrence))
  );
}

function normaliseRule(r: Recurrence | null) {
  if (!r) return null;
  return {
    freq: r.freq,
    interval: r.interval ?? 1,
    byWeekday: r.byWeekday ? [...new Set(r.byWeekday)].sort() : null,
    count: r.count ?? null,
    until: r.until ?? null,
  };
}
