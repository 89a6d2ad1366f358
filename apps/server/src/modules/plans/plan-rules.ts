import type { IndicatorKind } from '@suotdoi/shared';
import type { StoredTarget } from './plan-file-mapping';

/**
 * The rules a target or task must keep, as pure functions: the API's writes, the built-in loader and the
 * import all call these, so that one bad number is refused the same way everywhere.
 */

export interface Problem {
  field: string;
  reason: string;
  value?: unknown;
}

export interface IndicatorFacts {
  code: string;
  kind: IndicatorKind;
  unit: string;
  categories: string[];
}

export interface TargetValues {
  category: string | null;
  categories?: string[] | null;
  fromYear?: number | null;
  year: number;
  value?: number | null;
  min?: number | null;
  max?: number | null;
  baseline?: { year: number; value: number | null } | null;
}

/** A stored target (its baseline in two columns) as the values the rules check. */
export function storedTargetValues(
  t: Omit<StoredTarget, 'indicatorCode' | 'note' | 'sourceFile' | 'sourceQuote'>,
): TargetValues {
  return {
    category: t.category,
    categories: t.categories,
    fromYear: t.fromYear,
    year: t.year,
    value: t.value,
    min: t.min,
    max: t.max,
    baseline: t.baselineYear === null ? null : { year: t.baselineYear, value: t.baselineValue },
  };
}

const isNum = (v: number | null | undefined): v is number => typeof v === 'number';

/**
 * Problems of one target: a value or a range but not both, min ≤ max, a percentage within 0–100, a count that
 * is a whole number, the category one the indicator is defined for, a milestone not before the plan's year,
 * a baseline before the milestone.
 */
export function targetProblems(t: TargetValues, indicator: IndicatorFacts, planDate: string): Problem[] {
  const problems: Problem[] = [];
  const hasValue = isNum(t.value);
  const hasRange = isNum(t.min) || isNum(t.max);
  if (hasValue && hasRange) problems.push({ field: 'value', reason: 'value_and_range' });
  if (!hasValue && !hasRange) problems.push({ field: 'value', reason: 'value_required' });
  if (isNum(t.min) && isNum(t.max) && t.min > t.max) {
    problems.push({ field: 'min', reason: 'min_above_max', value: { min: t.min, max: t.max } });
  }
  const numbers = (['value', 'min', 'max'] as const).filter((f) => isNum(t[f]));
  for (const f of numbers) {
    const v = t[f] as number;
    if (!Number.isFinite(v)) problems.push({ field: f, reason: 'not_a_number', value: v });
    else if (indicator.unit === 'percent' && (v < 0 || v > 100)) {
      problems.push({ field: f, reason: 'percent_out_of_range', value: v });
    } else if ((indicator.unit === 'count' || indicator.unit === 'count_per_year') && !Number.isInteger(v)) {
      problems.push({ field: f, reason: 'count_not_integer', value: v });
    } else if (indicator.kind === 'threshold' && v < 0) {
      problems.push({ field: f, reason: 'negative_count', value: v });
    }
  }
  if (t.category !== null && indicator.categories.length > 0 && !indicator.categories.includes(t.category)) {
    problems.push({ field: 'category', reason: 'category_not_applicable', value: t.category });
  }
  if (t.categories && t.category !== null) {
    problems.push({ field: 'categories', reason: 'category_and_categories', value: t.categories });
  }
  (t.categories ?? []).forEach((c, i) => {
    if (indicator.categories.length > 0 && !indicator.categories.includes(c)) {
      problems.push({ field: `categories.${i}`, reason: 'category_not_applicable', value: c });
    }
  });
  if (isNum(t.fromYear) && t.fromYear > t.year) {
    problems.push({ field: 'from', reason: 'from_after_year', value: t.fromYear });
  }
  const planYear = Number(planDate.slice(0, 4));
  if (t.year < planYear) {
    problems.push({ field: 'year', reason: 'milestone_before_plan', value: { year: t.year, planDate } });
  }
  if (t.baseline && t.baseline.year > t.year) {
    problems.push({ field: 'baseline.year', reason: 'baseline_after_milestone', value: t.baseline.year });
  }
  return problems;
}

/** What makes two targets of one plan the same target. */
export function targetKey(t: {
  indicatorCode: string;
  category: string | null;
  categories?: string[] | null;
  fromYear?: number | null;
  year: number;
}): string {
  return [
    t.indicatorCode,
    t.category,
    [...(t.categories ?? [])].sort().join('+'),
    t.fromYear ?? '',
    t.year,
  ].join('|');
}

/** Value types an indicator kind can be computed from (the data elements it names). */
const KIND_VALUE_TYPES: Record<IndicatorKind, readonly string[]> = {
  coverage: ['boolean'],
  growth: ['integer', 'number', 'money_vnd'],
  threshold: ['integer'],
  sum: ['integer', 'number', 'money_vnd'],
  ratio: ['integer', 'number', 'money_vnd', 'percent', 'boolean'],
};

/**
 * An indicator kind applied to the wrong value type: coverage counts institutions meeting a yes/no criterion,
 * so its element must be boolean; growth and sums need quantities; a threshold counts whole events.
 */
export function indicatorProblems(
  indicator: { kind: IndicatorKind; elements: string[] },
  valueTypeOf: (element: string) => string | undefined,
): Problem[] {
  const problems: Problem[] = [];
  indicator.elements.forEach((element, i) => {
    const type = valueTypeOf(element);
    if (type === undefined)
      problems.push({ field: `elements.${i}`, reason: 'unknown_element', value: element });
    else if (!KIND_VALUE_TYPES[indicator.kind].includes(type)) {
      problems.push({ field: `elements.${i}`, reason: 'kind_value_type_mismatch', value: { element, type } });
    }
  });
  if (indicator.kind === 'ratio' && indicator.elements.length !== 2) {
    problems.push({ field: 'elements', reason: 'ratio_needs_two_elements' });
  }
  return problems;
}

/** A timeframe point: "2023" or "2023-04-21". */
export function yearOf(point: string): number {
  return Number(point.slice(0, 4));
}

/** The first and last day a timeframe covers: "2023"–"2025" is 1/1/2023–31/12/2025; no end: open. */
export function timeframeDays(from: string, to: string | null): { first: string; last: string | null } {
  const first = from.length === 4 ? `${from}-01-01` : from;
  const last = to === null ? null : to.length === 4 ? `${to}-12-31` : to;
  return { first, last };
}

export function timeframeProblems(task: { from: string; to: string | null }): Problem[] {
  const ok = (v: string) => /^\d{4}(-\d{2}-\d{2})?$/.test(v);
  const problems: Problem[] = [];
  if (!ok(task.from)) problems.push({ field: 'from', reason: 'bad_timeframe', value: task.from });
  if (task.to !== null && !ok(task.to))
    problems.push({ field: 'to', reason: 'bad_timeframe', value: task.to });
  if (problems.length === 0 && task.to !== null) {
    const { first, last } = timeframeDays(task.from, task.to);
    if (last !== null && last < first)
      problems.push({ field: 'to', reason: 'ends_before_start', value: task.to });
  }
  return problems;
}

/** True when a unit's validity [validFrom, validTo) overlaps a task's timeframe. */
export function overlapsTimeframe(
  unit: { validFrom: string; validTo: string | null },
  task: { from: string; to: string | null },
): boolean {
  const { first, last } = timeframeDays(task.from, task.to);
  return (unit.validTo === null || unit.validTo > first) && (last === null || unit.validFrom <= last);
}
