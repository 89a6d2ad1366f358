import type { TFunction } from 'i18next';
import type { Indicator, Observance, PlanStatus, TaskStatus } from '../../api/plans';
import { formatDate } from '../../lib/format';
import { langOf } from '../institutions/categories';

/** Colours of plan and task states, the same on every page. */
export const PLAN_STATUS_COLORS: Record<PlanStatus, string> = {
  draft: 'default',
  active: 'green',
  completed: 'blue',
  superseded: 'orange',
};

export const TASK_STATUS_COLORS: Record<TaskStatus, string> = {
  not_started: 'default',
  in_progress: 'processing',
  done: 'success',
  continuous: 'cyan',
};

/**
 * An indicator's name in the UI's language: the dictionary's (i18n plans.indicators) when it has one, else the
 * catalogue's own name, else the code.
 */
export function indicatorLabel(
  code: string,
  indicators: readonly Indicator[] | undefined,
  t: TFunction,
  language: string,
): string {
  const fromCatalogue = indicators?.find((i) => i.code === code)?.name[langOf(language)];
  return t(`plans.indicators.${code}`, { defaultValue: fromCatalogue ?? code });
}

/** An observance's name: the dictionary's (plans.observances), else the catalogue's. */
export function observanceLabel(observance: Observance, t: TFunction, language: string): string {
  return observanceCodeLabel(observance.code, observance.name, t, language);
}

export function observanceCodeLabel(
  code: string,
  name: { vi: string; en: string } | undefined,
  t: TFunction,
  language: string,
): string {
  return t(`plans.observances.${code}`, { defaultValue: name?.[langOf(language)] ?? code });
}

/** A plan as people cite it: "68/KH-UBND — Kế hoạch …", or the title alone. */
export function planLabel(plan: {
  symbol: string | null;
  title: string | null;
  key?: string | null;
}): string {
  if (plan.symbol && plan.title) return `${plan.symbol} — ${plan.title}`;
  return plan.symbol ?? plan.title ?? plan.key ?? '';
}

/** A task timeframe in words: "2023–2025", "2024", "hằng năm 2023–2030", "từ 2023". */
export function timeframeText(
  task: { from: string; to: string | null; recurrence?: string | null },
  t: TFunction,
): string {
  const show = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDate(v) : v);
  const span = task.to && task.to !== task.from ? `${show(task.from)}–${show(task.to)}` : show(task.from);
  if (task.recurrence === 'yearly') return t('plans.tasks.yearlySpan', { span });
  if (task.recurrence === 'continuous') return t('plans.tasks.continuousSpan', { span });
  return span;
}

/**
 * A plan's date as precisely as the source gives it: many published plans leave the day (or the month) blank
 * ("ngày … tháng … năm 2023"), so 2023 stays "2023" rather than a made-up 01/01/2023.
 */
export function formatPlanDate(date: string, precision: 'day' | 'month' | 'year' | undefined): string {
  if (precision === 'year') return date.slice(0, 4);
  if (precision === 'month') return `${date.slice(5, 7)}/${date.slice(0, 4)}`;
  return formatDate(date);
}
