import type { FigureInputs, Reason } from '../schemas/analytics';
import type { IndicatorKind } from '../schemas/plans';

/**
 * Chỉ số: the value of an indicator from its additive inputs, as pure maths. The server sums the inputs (per
 * unit, year and category, weighted through lineage) and this module turns them into a figure, the same way for
 * every caller; a figure without data is null with the reason, never 0 % or NaN.
 *
 * - coverage: institutions meeting the criterion ÷ institutions of the categories active in the year, in %
 *   (institutions that did not report count as not meeting it: completeness is shown beside the figure);
 * - threshold: the average per reporting institution (events a year), with how many did at least N in `met`;
 * - sum: the total; ratio: the total of the first element ÷ the total of the second;
 * - growth: average annual (compound) growth of the total, in %/yr, from a base year (growthOf).
 */

export interface FigureValue {
  actual: number | null;
  reason: Reason | null;
}

export const EMPTY_INPUTS: FigureInputs = Object.freeze({
  expected: 0,
  submitted: 0,
  reported: 0,
  met: 0,
  value: 0,
  value2: 0,
});

/** a + weight × b, field by field: inputs are additive, so history moves onto today's units by weight. */
export function addInputs(a: FigureInputs, b: FigureInputs, weight = 1): FigureInputs {
  return {
    expected: a.expected + weight * b.expected,
    submitted: a.submitted + weight * b.submitted,
    reported: a.reported + weight * b.reported,
    met: a.met + weight * b.met,
    value: a.value + weight * b.value,
    value2: a.value2 + weight * b.value2,
  };
}

export function sumInputs(list: Iterable<FigureInputs>): FigureInputs {
  let total = EMPTY_INPUTS;
  for (const x of list) total = addInputs(total, x);
  return total;
}

/** Below this, a weighted count is zero (lineage weights are floating point: ⅓ + ⅓ + ⅓). */
export const EPSILON = 1e-9;
const none = (code: Reason['code'], params: Reason['params'] = {}): FigureValue => ({
  actual: null,
  reason: { code, params },
});

/** A level indicator's value (every kind but growth, whose value needs two years: growthOf). */
export function levelFigure(kind: Exclude<IndicatorKind, 'growth'>, x: FigureInputs): FigureValue {
  if (kind === 'coverage') {
    if (x.expected < EPSILON) return none(x.reported < EPSILON ? 'no_institutions' : 'division_by_zero');
    if (x.reported < EPSILON) return none('no_reports');
    return { actual: (100 * x.met) / x.expected, reason: null };
  }
  if (x.reported < EPSILON) return none('no_reports');
  if (kind === 'threshold') return { actual: x.value / x.reported, reason: null };
  if (kind === 'sum') return { actual: x.value, reason: null };
  if (Math.abs(x.value2) < EPSILON) return none('division_by_zero');
  return { actual: x.value / x.value2, reason: null };
}

export interface GrowthFigure extends FigureValue {
  /** The base year used: the one asked, else the first year with data before `year`. */
  baselineYear: number | null;
}

/**
 * Average annual growth of the total from the base year to `year`, compounded: ((V_y ÷ V_b)^(1/(y−b)) − 1) × 100.
 * Without a base year (the plans give none) the first year with reports before `year` is the base.
 */
export function growthOf(
  totals: ReadonlyMap<number, FigureInputs>,
  year: number,
  baseYear: number | null,
): GrowthFigure {
  const has = (y: number) => (totals.get(y)?.reported ?? 0) >= EPSILON;
  const base =
    baseYear ??
    [...totals.keys()]
      .filter((y) => y < year && has(y))
      .sort((a, b) => a - b)
      .at(0) ??
    null;
  const result = (v: FigureValue): GrowthFigure => ({ ...v, baselineYear: base });
  if (!has(year)) return result(none('no_reports'));
  if (base === null) return result(none('baseline_missing', { year }));
  if (base >= year) return result(none('baseline_is_year', { year: base }));
  if (!has(base)) return result(none('baseline_missing', { year: base }));
  const from = totals.get(base)?.value ?? 0;
  if (Math.abs(from) < EPSILON) return result(none('baseline_zero', { year: base }));
  const to = totals.get(year)?.value ?? 0;
  return result({ actual: cagr(from, to, year - base), reason: null });
}

/** Compound annual growth in %/yr; a fall to zero is −100 %. */
export function cagr(from: number, to: number, years: number): number {
  if (to <= 0) return -100;
  return ((to / from) ** (1 / years) - 1) * 100;
}
