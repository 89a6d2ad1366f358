import type { Recurrence } from '@suotdoi/shared';
import type { TFunction } from 'i18next';
import { formatDate } from '../../lib/format';
import { isoWeekday } from './activity-time';

/**
 * The recurrence part of the activity form and RecurrenceSchema: "none / daily / weekly on weekdays / monthly,
 * every N, a number of times or until a day". No React.
 */

export const REPEAT_KINDS = ['none', 'daily', 'weekly', 'monthly'] as const;
export type RepeatKind = (typeof REPEAT_KINDS)[number];

export const REPEAT_ENDS = ['count', 'until'] as const;
export type RepeatEnd = (typeof REPEAT_ENDS)[number];

/** ISO weekdays in the order a Vietnamese week is written: Thứ Hai (1) … Chủ nhật (7). */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** RecurrenceSchema's limits, so the form says the same as the server. */
export const INTERVAL_MAX = 12;
export const COUNT_MIN = 2;
export const COUNT_MAX = 200;

export interface RecurrenceFormValues {
  kind: RepeatKind;
  interval: number | null;
  /** Weekly only: ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: number[];
  end: RepeatEnd;
  count: number | null;
  /** YYYY-MM-DD */
  until: string | null;
}

export const NO_RECURRENCE: RecurrenceFormValues = {
  kind: 'none',
  interval: 1,
  weekdays: [],
  end: 'count',
  count: 4,
  until: null,
};

/**
 * The form's values → RecurrenceSchema's object, or null for a one-off. Weekly with no day ticked repeats on the
 * first session's weekday (what the server would default to), said explicitly so the summary and the server agree.
 */
export function toRecurrence(form: RecurrenceFormValues, firstDate?: string | null): Recurrence | null {
  if (form.kind === 'none') return null;
  const interval = Math.min(INTERVAL_MAX, Math.max(1, Math.trunc(form.interval ?? 1)));
  const weekdays = [...new Set(form.weekdays)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);
  const byWeekday =
    form.kind !== 'weekly'
      ? undefined
      : weekdays.length > 0
        ? weekdays
        : firstDate
          ? [isoWeekday(firstDate)]
          : undefined;
  const ending =
    form.end === 'until' && form.until
      ? { until: form.until }
      : { count: Math.min(COUNT_MAX, Math.max(COUNT_MIN, Math.trunc(form.count ?? COUNT_MIN))) };
  return {
    freq: form.kind,
    interval,
    ...(byWeekday ? { byWeekday } : {}),
    ...ending,
  };
}

/** RecurrenceSchema's object (or none) → the form's values. */
export function fromRecurrence(recurrence: Recurrence | null | undefined): RecurrenceFormValues {
  if (!recurrence) return { ...NO_RECURRENCE };
  return {
    kind: recurrence.freq,
    interval: recurrence.interval ?? 1,
    weekdays: recurrence.byWeekday ? [...recurrence.byWeekday] : [],
    end: recurrence.until ? 'until' : 'count',
    count: recurrence.count ?? NO_RECURRENCE.count,
    until: recurrence.until ?? null,
  };
}

/** A weekday's name: "Thứ Hai", "Chủ nhật" / "Monday". */
export function weekdayName(day: number, t: TFunction): string {
  return t(`activities.weekdays.${day}`);
}

/**
 * The recurrence in words: "Hằng tuần vào Thứ Hai, Thứ Tư · 10 buổi", "2 tháng một lần · đến 31/12/2027"; the
 * one-off text when there is none.
 */
export function recurrenceSummary(recurrence: Recurrence | null | undefined, t: TFunction): string {
  if (!recurrence) return t('activities.recurrence.once');
  const interval = recurrence.interval ?? 1;
  const every =
    interval === 1
      ? t(`activities.recurrence.every1.${recurrence.freq}`)
      : t(`activities.recurrence.everyN.${recurrence.freq}`, { n: interval });
  const days =
    recurrence.freq === 'weekly' && recurrence.byWeekday?.length
      ? ` ${t('activities.recurrence.on', { days: recurrence.byWeekday.map((d) => weekdayName(d, t)).join(', ') })}`
      : '';
  const end = recurrence.until
    ? t('activities.recurrence.untilText', { date: formatDate(recurrence.until) })
    : t('activities.recurrence.countText', { n: recurrence.count ?? 0 });
  return `${every}${days} · ${end}`;
}
