import type { IndicatorKind } from '../schemas/plans';

/**
 * Lộ trình: the yearly path a target implies, as pure maths.
 *
 * - A level (coverage %, threshold count, sum, ratio) moves in a straight line from its start to the target.
 *   The start is the baseline when its value is known, else the same plan's previous milestone for the same
 *   indicator and category (2025 → 2030), else the baseline's year or the plan's year with no value: then only
 *   the target year has one, since a line from an unknown start would be invented.
 * - A growth target (%/yr) is a rate, not a level: each year of its span carries the rate itself. The span runs
 *   from the year after the baseline year (or the previous milestone's year), else from the plan's year, to the
 *   milestone: "10 %/yr by 2025, 12–15 %/yr by 2030" is 10 % for the years to 2025 and 12–15 % after, not two
 *   rates for the same years. When the baseline quantity is known, the compounded quantity is deliberately not
 *   put into this array: a point's value would then be a rate in one target and a count in another, and every
 *   reader would have to branch on the kind; whoever charts the quantity compounds it from the baseline and
 *   these rates.
 * - A yearly target (`from`: "02–03 exhibitions a year, 2023–2030") repeats its value every year of its span.
 *
 * Every point carries `min` and `max`, the band the path lies in (a single value is the band [v, v]); `value`
 * is set where the band is one number. So a plain value gives value = min = max, a range gives min < max and
 * value null, and a line from a single start to a range opens from one number into a band.
 */

export interface TrajectoryPoint {
  year: number;
  value: number | null;
  min: number | null;
  max: number | null;
}

/** What the maths needs of a target (a subset of the API's Target). */
export interface TrajectoryTarget {
  indicator: string;
  indicatorKind: IndicatorKind;
  category: string | null;
  categories: readonly string[] | null;
  from: number | null;
  year: number;
  value: number | null;
  min: number | null;
  max: number | null;
  baseline: { year: number; value: number | null } | null;
}

interface Band {
  lo: number;
  hi: number;
}

const isNum = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** The band a target sets: [v, v] for a value, [min, max] for a range (one open end takes the other's). */
function bandOf(t: { value: number | null; min: number | null; max: number | null }): Band | null {
  if (isNum(t.value)) return { lo: t.value, hi: t.value };
  if (isNum(t.min) || isNum(t.max)) {
    const lo = isNum(t.min) ? t.min : (t.max as number);
    const hi = isNum(t.max) ? t.max : (t.min as number);
    return { lo, hi };
  }
  return null;
}

/** Intermediate points are rounded to 2 decimals (rounding is monotone, so min ≤ max survives it). */
const round2 = (v: number) => Math.round(v * 100) / 100;

function pointOf(year: number, band: Band | null): TrajectoryPoint {
  if (!band) return { year, value: null, min: null, max: null };
  return { year, value: band.lo === band.hi ? band.lo : null, min: band.lo, max: band.hi };
}

function span(first: number, last: number): number[] {
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  return years;
}

/** Same indicator and same category (or the same pooled categories, in any order). */
function sameSeries(a: TrajectoryTarget, b: TrajectoryTarget): boolean {
  const pool = (t: TrajectoryTarget) => [...(t.categories ?? [])].sort().join('+');
  return a.indicator === b.indicator && a.category === b.category && pool(a) === pool(b);
}

/**
 * The plan's milestone for the same indicator and category just before this one (2025 for a 2030 target);
 * yearly targets are not milestones.
 */
export function previousMilestone<T extends TrajectoryTarget>(
  target: T,
  planTargets: readonly T[],
): T | null {
  if (target.from !== null) return null;
  let best: T | null = null;
  for (const other of planTargets) {
    if (other.from !== null || other.year >= target.year || !sameSeries(target, other)) continue;
    if (bandOf(other) === null) continue;
    if (best === null || other.year > best.year) best = other;
  }
  return best;
}

/**
 * The yearly path of one target: consecutive years ending at the target's year, whose last point is exactly
 * the target. `previous` is the plan's previous milestone for the same series (previousMilestone), `planYear`
 * the year of the plan's date.
 */
export function trajectoryOf(
  target: TrajectoryTarget,
  context: { planYear: number; previous: TrajectoryTarget | null },
): TrajectoryPoint[] {
  const end = bandOf(target);
  if (target.from !== null)
    return span(Math.min(target.from, target.year), target.year).map((y) => pointOf(y, end));

  const baseline = target.baseline && target.baseline.year <= target.year ? target.baseline : null;
  const previous = context.previous && context.previous.year < target.year ? context.previous : null;

  if (target.indicatorKind === 'growth') {
    const first = baseline
      ? baseline.year + 1
      : previous
        ? previous.year + 1
        : Math.min(context.planYear, target.year);
    return span(Math.min(first, target.year), target.year).map((y) => pointOf(y, end));
  }

  const known =
    baseline && isNum(baseline.value)
      ? { year: baseline.year, band: { lo: baseline.value, hi: baseline.value } }
      : null;
  const start = known ?? (previous ? { year: previous.year, band: bandOf(previous) } : null);
  if (!start?.band || !end) {
    const first = Math.min(baseline?.year ?? context.planYear, target.year);
    return span(first, target.year).map((y) => pointOf(y, y === target.year ? end : null));
  }
  const from = start.band;
  const steps = target.year - start.year;
  return span(start.year, target.year).map((y) => {
    if (y === target.year) return pointOf(y, end);
    if (y === start.year) return pointOf(y, from);
    const f = (y - start.year) / steps;
    return pointOf(y, {
      lo: round2(from.lo + (end.lo - from.lo) * f),
      hi: round2(from.hi + (end.hi - from.hi) * f),
    });
  });
}

/** The trajectories of all of one plan's targets, in their order: each needs its siblings for the start. */
export function planTrajectories(
  targets: readonly TrajectoryTarget[],
  planYear: number,
): TrajectoryPoint[][] {
  return targets.map((t) => trajectoryOf(t, { planYear, previous: previousMilestone(t, targets) }));
}
