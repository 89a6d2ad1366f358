import type { Activity, Recurrence } from '@suotdoi/shared';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { loadActivityFor } from './activities.service';
import { localDate } from './recurrence';
import { type ActivityDraft, checkDraft, draftOf, insertDraft } from './write-activity';

const DAY_MS = 86_400_000;

/** Whole calendar days from one instant's Vietnamese date to another's. */
function daysBetween(a: Date, b: Date): number {
  return Math.round((Date.parse(localDate(b)) - Date.parse(localDate(a))) / DAY_MS);
}

/**
 * The rule moved by `days`: its weekdays turn with the first session and its last day moves with it, so the
 * rule applied from the new start gives the old sessions shifted (weekly and daily rules exactly; a monthly one
 * keeps its day of the month from the new start).
 */
export function shiftRule(rule: Recurrence | null, days: number): Recurrence | null {
  if (!rule || days === 0) return rule;
  const turn = (d: number) => ((((d - 1 + days) % 7) + 7) % 7) + 1;
  const until = rule.until
    ? new Date(Date.parse(rule.until) + days * DAY_MS).toISOString().slice(0, 10)
    : undefined;
  return {
    ...rule,
    ...(rule.byWeekday ? { byWeekday: rule.byWeekday.map(turn) } : {}),
    ...(until ? { until } : {}),
  };
}

/**
 * Sao chép hoạt động: a new draft of the same institution with the same content and schedule, at `startsAt`
 * when given (every session and the registration window move by the same amount). Any status may be copied:
 * last year's Reading Day is this year's starting point.
 */
export async function copyActivity(
  actor: Actor,
  id: number,
  input: { startsAt?: string },
  deps: ServiceDeps,
): Promise<Activity> {
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const row = await loadActivityFor(tx, actor, id, 'activity.manage');
    const { draft } = await draftOf(tx, row);
    const newStart = input.startsAt ? new Date(input.startsAt) : draft.startsAt;
    const shiftMs = newStart.getTime() - draft.startsAt.getTime();
    const shift = (d: Date | null) => (d ? new Date(d.getTime() + shiftMs) : null);
    const copy: ActivityDraft = {
      ...draft,
      startsAt: newStart,
      endsAt: shift(draft.endsAt)!,
      recurrence: shiftRule(draft.recurrence, daysBetween(draft.startsAt, newStart)),
      registrationOpensAt: shift(draft.registrationOpensAt),
      registrationClosesAt: shift(draft.registrationClosesAt),
      status: 'draft',
    };
    const checked = await checkDraft(tx, actor, copy, now, { checkObservance: true });
    return insertDraft(tx, actor, copy, checked, now, 'activity.copy');
  });
}
