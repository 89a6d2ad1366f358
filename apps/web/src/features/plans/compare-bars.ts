import { type TargetValue, targetMidpoint, targetTop } from './target-format';

/** A bar of the comparison chart, in percent of the chart's width. */
export interface BarDatum {
  key: string;
  label: string;
  target: TargetValue;
  /** The bar: the value, or the middle of a range. */
  length: number;
  /** A range's band; null for a single value. */
  from: number | null;
  to: number | null;
}

interface Row {
  plan: { planId: number | null; key: string | null; symbol: string | null; issuerName: string };
  target: TargetValue & { id: number };
}

/**
 * The bars of a comparison, scaled to the largest figure; `detail` adds to a bar's label what tells rows of one
 * plan apart (the category, when several are shown).
 */
export function barsOf<R extends Row>(
  rows: readonly R[],
  detail?: (row: R) => string | undefined,
): BarDatum[] {
  const top = Math.max(0, ...rows.map((r) => targetTop(r.target) ?? 0));
  const scale = (v: number) => (top > 0 ? Math.round((v / top) * 1000) / 10 : 0);
  return rows.map((r) => {
    const isRange = r.target.value == null && r.target.min != null && r.target.max != null;
    return {
      key: `${r.plan.planId ?? r.plan.key}-${r.target.id}`,
      label: [r.plan.symbol ? `${r.plan.issuerName} (${r.plan.symbol})` : r.plan.issuerName, detail?.(r)]
        .filter(Boolean)
        .join(' · '),
      target: r.target,
      length: scale(targetMidpoint(r.target) ?? 0),
      from: isRange ? scale(r.target.min!) : null,
      to: isRange ? scale(r.target.max!) : null,
    };
  });
}
