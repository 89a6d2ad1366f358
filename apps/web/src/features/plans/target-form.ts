import type { InstitutionCategory } from '@suotdoi/shared';

/**
 * The target form's checks, the same the server makes (it decides; this only says it sooner): a single value or
 * a range, never both; min ≤ max; a percentage no higher than 100; a milestone no earlier than the plan's year.
 */

export type TargetShape = 'value' | 'range';

export interface TargetFormValues {
  indicator?: string;
  category?: InstitutionCategory | null;
  year?: number | null;
  shape: TargetShape;
  value?: number | null;
  min?: number | null;
  max?: number | null;
  baselineYear?: number | null;
  baselineValue?: number | null;
  note?: string;
}

/** A form problem: the field it belongs to and the i18n key (under `plans.targetErrors`) of its message. */
export interface TargetProblem {
  field: 'indicator' | 'category' | 'year' | 'value' | 'min' | 'max' | 'baselineYear' | 'baselineValue';
  key:
    | 'indicatorRequired'
    | 'yearRequired'
    | 'yearBeforePlan'
    | 'valueRequired'
    | 'rangeRequired'
    | 'minOverMax'
    | 'overHundred'
    | 'negative'
    | 'notWhole'
    | 'categoryNotApplicable'
    | 'baselineAfterYear';
  params?: Record<string, string | number>;
}

export function isPercentUnit(unit: string | undefined): boolean {
  return unit === 'percent';
}

function isCountUnit(unit: string | undefined): boolean {
  return unit === 'count' || unit === 'count_per_year';
}

/** Every problem of the form at once, so a person fixes them in one go. */
export function validateTarget(
  values: TargetFormValues,
  context: { planYear: number; unit?: string; categories?: readonly string[] },
): TargetProblem[] {
  const problems: TargetProblem[] = [];
  if (!values.indicator) problems.push({ field: 'indicator', key: 'indicatorRequired' });
  if (values.year == null) problems.push({ field: 'year', key: 'yearRequired' });
  else if (values.year < context.planYear)
    problems.push({ field: 'year', key: 'yearBeforePlan', params: { year: context.planYear } });

  if (
    values.category &&
    context.categories &&
    context.categories.length > 0 &&
    !context.categories.includes(values.category)
  )
    problems.push({ field: 'category', key: 'categoryNotApplicable' });

  const percent = isPercentUnit(context.unit);
  const count = isCountUnit(context.unit);
  const check = (field: 'value' | 'min' | 'max', v: number | null | undefined) => {
    if (v == null) return;
    if (v < 0) problems.push({ field, key: 'negative' });
    else if (percent && v > 100) problems.push({ field, key: 'overHundred' });
    else if (count && !Number.isInteger(v)) problems.push({ field, key: 'notWhole' });
  };

  if (values.shape === 'value') {
    if (values.value == null) problems.push({ field: 'value', key: 'valueRequired' });
    check('value', values.value);
  } else {
    if (values.min == null && values.max == null) problems.push({ field: 'min', key: 'rangeRequired' });
    check('min', values.min);
    check('max', values.max);
    if (values.min != null && values.max != null && values.min > values.max)
      problems.push({ field: 'max', key: 'minOverMax' });
  }

  if (values.baselineYear != null && values.year != null && values.baselineYear > values.year)
    problems.push({ field: 'baselineYear', key: 'baselineAfterYear' });
  if (values.baselineValue != null && values.baselineValue < 0)
    problems.push({ field: 'baselineValue', key: 'negative' });
  return problems;
}

export interface TargetBody {
  indicator: string;
  category: InstitutionCategory | null;
  year: number;
  value: number | null;
  min: number | null;
  max: number | null;
  baseline: { year: number; value: number | null } | null;
  note: string | null;
}

/** The API body of a valid form: exactly one of value or min/max, the baseline only with its year. */
export function toTargetBody(values: TargetFormValues): TargetBody {
  const isValue = values.shape === 'value';
  return {
    indicator: values.indicator ?? '',
    category: values.category ?? null,
    year: values.year ?? 0,
    value: isValue ? (values.value ?? null) : null,
    min: isValue ? null : (values.min ?? null),
    max: isValue ? null : (values.max ?? null),
    baseline:
      values.baselineYear != null ? { year: values.baselineYear, value: values.baselineValue ?? null } : null,
    note: values.note?.trim() || null,
  };
}

/** The form's values for an existing target. */
export function fromTarget(target: {
  indicator: string;
  category: InstitutionCategory | null;
  year: number;
  value?: number | null;
  min?: number | null;
  max?: number | null;
  baseline?: { year: number; value: number | null } | null;
  note?: string | null;
}): TargetFormValues {
  return {
    indicator: target.indicator,
    category: target.category,
    year: target.year,
    shape: target.value != null ? 'value' : 'range',
    value: target.value ?? null,
    min: target.min ?? null,
    max: target.max ?? null,
    baselineYear: target.baseline?.year ?? null,
    baselineValue: target.baseline?.value ?? null,
    note: target.note ?? '',
  };
}
