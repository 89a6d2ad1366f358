import type { FigureInputs, Reason, TargetStatus } from '../schemas/analytics';
import type { IndicatorKind } from '../schemas/plans';
import { cagr, EPSILON } from './indicators';

/**
 * Đánh giá: where a figure stands against a target, as pure maths, with the reason in numbers for the words.
 *
 * - met (at or beyond the target's near bound) → achieved;
 * - a milestone whose year has passed and was not met → off track;
 * - otherwise the trend is projected to the milestone: the yearly change needed to reach it from today's
 *   figure against the trend (least squares over the years with data; for growth, the compound rate of the
 *   last three years) → on track when the trend is at least what is needed, at risk when it goes the right way
 *   at half of it or more, off track below that. "cần +11,8 %/năm, xu hướng +6,2 %/năm".
 * - a yearly target ("02–03 a year, 2023–2030") is judged on the year itself; for a threshold every reporting
 *   institution should reach it, so an average that meets it while some fall short is at risk.
 */

export interface TargetAssessmentInput {
  kind: IndicatorKind;
  direction: 'up' | 'down';
  /** The target's band (a single value: min = max). */
  min: number | null;
  max: number | null;
  /** The milestone year, and for yearly targets the first year they apply. */
  year: number;
  from: number | null;
  /** The year judged: the year asked, or the milestone once it has passed. */
  dataYear: number;
  actual: number | null;
  /** Level kinds: the figure by year (any years; those after dataYear are ignored). */
  series: readonly { year: number; actual: number | null }[];
  /** Growth: the totals by year and the base year the actual was computed from. */
  totals?: ReadonlyMap<number, FigureInputs>;
  baselineYear?: number | null;
  /** Threshold: reporting institutions and how many reached the threshold. */
  reported?: number;
  met?: number;
  threshold?: number | null;
}

export interface TargetAssessment {
  status: TargetStatus;
  /** actual − the bound to reach (min going up, max going down). */
  gap: number | null;
  reason: Reason | null;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/** How far the series moves a year: the least-squares slope over the years with data, up to `until`. */
export function trendPerYear(series: TargetAssessmentInput['series'], until: number): number | null {
  const points = series.filter(
    (p): p is { year: number; actual: number } => p.year <= until && p.actual !== null,
  );
  if (points.length < 2) return null;
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.year, 0) / n;
  const my = points.reduce((s, p) => s + p.actual, 0) / n;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.year - mx) * (p.actual - my);
    den += (p.year - mx) ** 2;
  }
  return den === 0 ? null : num / den;
}

/** The compound growth of the last (up to) three years with data before `year`, in %/yr. */
function recentGrowth(totals: ReadonlyMap<number, FigureInputs>, year: number, base: number): number | null {
  const to = totals.get(year);
  if (!to || to.reported < EPSILON) return null;
  for (let back = Math.min(3, year - base); back >= 1; back--) {
    const from = totals.get(year - back);
    if (from && from.reported >= EPSILON && from.value > EPSILON) return cagr(from.value, to.value, back);
  }
  return null;
}

export function assessTarget(input: TargetAssessmentInput): TargetAssessment {
  const { actual, direction } = input;
  const near = direction === 'up' ? (input.min ?? input.max) : (input.max ?? input.min);
  if (actual === null || near === null) return { status: 'no_data', gap: null, reason: null };
  const sign = direction === 'up' ? 1 : -1;
  const gap = actual - near;
  const meets = sign * gap >= -EPSILON;
  const params = { target: round1(near), actual: round1(actual) };

  if (input.from !== null) {
    if (!meets) return { status: 'off_track', gap, reason: { code: 'missed', params } };
    const below = (input.reported ?? 0) - (input.met ?? 0);
    if (input.kind === 'threshold' && below > EPSILON)
      return {
        status: 'at_risk',
        gap,
        reason: {
          code: 'units_below_threshold',
          params: { below: round1(below), threshold: input.threshold ?? near },
        },
      };
    return { status: 'achieved', gap, reason: { code: 'met', params } };
  }

  // A growth rate is an average to the milestone: beating it early keeps it on track, it does not settle it.
  if (meets)
    return {
      status: input.kind === 'growth' && input.dataYear < input.year ? 'on_track' : 'achieved',
      gap,
      reason: { code: 'met', params },
    };
  if (input.dataYear >= input.year) return { status: 'off_track', gap, reason: { code: 'missed', params } };

  const yearsLeft = input.year - input.dataYear;
  let needed: number;
  let trend: number | null;
  if (input.kind === 'growth') {
    const base = input.baselineYear ?? null;
    const totals = input.totals ?? new Map<number, FigureInputs>();
    const start = base === null ? undefined : totals.get(base);
    const now = totals.get(input.dataYear);
    if (base === null || !start || !now || now.value <= EPSILON)
      return { status: 'at_risk', gap, reason: { code: 'no_trend', params: {} } };
    const required = start.value * (1 + near / 100) ** (input.year - base);
    needed = cagr(now.value, required, yearsLeft);
    trend = recentGrowth(totals, input.dataYear, base);
  } else {
    needed = -gap / yearsLeft;
    trend = trendPerYear(input.series, input.dataYear);
  }
  const words = { needed: round1(needed), unit: unitOfChange(input.kind) };
  if (trend === null) return { status: 'at_risk', gap, reason: { code: 'no_trend', params: words } };
  const reason: Reason = { code: 'needs_vs_trend', params: { ...words, trend: round1(trend) } };
  const goes = sign * trend;
  const must = sign * needed;
  if (goes >= must - EPSILON) return { status: 'on_track', gap, reason };
  if (goes > 0 && goes >= must / 2) return { status: 'at_risk', gap, reason };
  return { status: 'off_track', gap, reason };
}

/** What "needed" and "trend" are measured in: points of % a year for shares, %/yr for growth, units a year. */
function unitOfChange(kind: IndicatorKind): string {
  if (kind === 'coverage') return 'points_per_year';
  if (kind === 'growth') return 'percent_per_year';
  return 'per_year';
}
