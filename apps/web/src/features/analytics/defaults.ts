import type { PlanSummary } from '@suotdoi/shared';

/** What the analytics page opens on before anyone chooses: the plan, the unit, the years. Pure. */

type PlanChoice = Pick<PlanSummary, 'id' | 'scopeUnitId' | 'provinceId' | 'targetCount'>;

/** One of the person's units, with the province it lies in today (itself for a province, null for the country). */
export interface OwnUnit {
  id: number;
  provinceId: number | null;
}

/**
 * The plan a person most likely wants: the plan of their own unit or of its province (a plan's province is the
 * province today, so a plan issued before the 2025 mergers still finds its officers), preferring plans with
 * targets; else a national plan with targets (a scope but no province: the Program); else the first with
 * targets; else the first. `units` are the person's, the working unit first.
 */
export function defaultPlan<T extends PlanChoice>(
  plans: readonly T[],
  units: readonly OwnUnit[],
): T | undefined {
  const withTargets = plans.filter((p) => p.targetCount > 0);
  for (const u of units) {
    const own =
      withTargets.find((p) => p.scopeUnitId === u.id) ??
      withTargets.find(
        (p) => p.provinceId !== null && (p.provinceId === u.id || p.provinceId === u.provinceId),
      );
    if (own) return own;
  }
  return (
    withTargets.find((p) => p.scopeUnitId !== null && p.provinceId === null) ?? withTargets[0] ?? plans[0]
  );
}

/**
 * The unit to measure a plan on: the person's own unit when it is the plan's scope or province, or lies in the
 * plan's province (a commune officer sees the province's targets on their commune), or when the plan is
 * national (a province officer sees the Program's targets for their province); else the plan's scope.
 */
export function defaultUnit(plan: PlanChoice | undefined, units: readonly OwnUnit[]): number | undefined {
  if (!plan) return units[0]?.id;
  const own =
    units.find((u) => u.id === plan.scopeUnitId || u.id === plan.provinceId) ??
    (plan.provinceId === null ? undefined : units.find((u) => u.provinceId === plan.provinceId));
  if (own) return own.id;
  if (plan.provinceId === null && units.length > 0 && plan.scopeUnitId !== null) return units[0]!.id;
  return plan.scopeUnitId ?? units[0]?.id;
}

/** Years from `from` to `to` inclusive, at most `max` of them (the latest kept): the figures API takes 12. */
export function yearRange(from: number, to: number, max = 12): number[] {
  const start = Math.max(from, to - max + 1);
  return Array.from({ length: Math.max(0, to - start + 1) }, (_, i) => start + i);
}

/** The years a person may pick: from 2020 (the plans' first data years) to the current one, newest first. */
export function selectableYears(current: number, first = 2020): number[] {
  return yearRange(first, current, 100).reverse();
}

/** "2023,2024" from the URL → [2023, 2024], keeping only sensible years, sorted; undefined when none. */
export function parseYears(text: string | null): number[] | undefined {
  if (!text) return undefined;
  const years = [
    ...new Set(
      text
        .split(',')
        .map((s) => Number(s.trim()))
        .filter((y) => Number.isInteger(y) && y >= 2000 && y <= 2100),
    ),
  ].sort((a, b) => a - b);
  return years.length > 0 ? years.slice(-12) : undefined;
}

/** "A,B" from the URL → ['A', 'B'] (empty entries dropped); undefined when none. */
export function parseList(text: string | null): string[] | undefined {
  const list = (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return list.length > 0 ? list : undefined;
}

/** The URL's value for "every category of the indicator" in the category filters of the figures tabs. */
export const EVERY_CATEGORY = '*';

/**
 * The categories to pool for an indicator: those in the URL; every one of the indicator's for EVERY_CATEGORY
 * (none sent, the server's default); else those of the plan's first target on the indicator, so a drill-down
 * from a "commune libraries" target stays on commune libraries.
 */
export function resolveCategories(
  param: string | null,
  indicator: string | undefined,
  rows: readonly { indicator: string; category: string | null; categories: string[] | null }[],
): string[] {
  if (param === EVERY_CATEGORY) return [];
  const listed = parseList(param);
  if (listed) return listed;
  const row = rows.find((r) => r.indicator === indicator);
  if (!row) return [];
  return row.category ? [row.category] : (row.categories ?? []);
}
