import { INSTITUTION_CATEGORIES } from '@suotdoi/shared';

/**
 * The targets tab's layout, pure: one group per indicator (in the order they first appear), one row per
 * institution category (in the catalogue's order, "all categories" first), one column per milestone year.
 */

export interface TargetLike {
  id: number;
  indicator: string;
  category: string | null;
  year: number;
}

export interface TargetRow<T> {
  key: string;
  category: string | null;
  byYear: Record<number, T>;
}

export interface TargetGroup<T> {
  indicator: string;
  years: number[];
  rows: TargetRow<T>[];
}

function categoryRank(category: string | null): number {
  if (category === null) return -1;
  const rank = (INSTITUTION_CATEGORIES as readonly string[]).indexOf(category);
  return rank < 0 ? INSTITUTION_CATEGORIES.length : rank;
}

export function groupTargets<T extends TargetLike>(targets: readonly T[]): TargetGroup<T>[] {
  const groups = new Map<string, TargetGroup<T>>();
  for (const target of targets) {
    let group = groups.get(target.indicator);
    if (!group) {
      group = { indicator: target.indicator, years: [], rows: [] };
      groups.set(target.indicator, group);
    }
    if (!group.years.includes(target.year)) group.years.push(target.year);
    const key = target.category ?? '*';
    let row = group.rows.find((r) => r.key === key);
    if (!row) {
      row = { key, category: target.category, byYear: {} };
      group.rows.push(row);
    }
    // Two targets for the same cell would be a data error the server refuses; the first one shows.
    row.byYear[target.year] ??= target;
  }
  for (const group of groups.values()) {
    group.years.sort((a, b) => a - b);
    group.rows.sort((a, b) => categoryRank(a.category) - categoryRank(b.category));
  }
  return [...groups.values()];
}
