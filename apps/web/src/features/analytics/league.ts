import type { AnalyticsUnit, Figure, FiguresResponse } from '@suotdoi/shared';
import { compareVi } from '@suotdoi/shared';

/** The league table: units ranked by one indicator in one year, best first. Pure. */
export interface LeagueRow {
  unit: AnalyticsUnit;
  figure: Figure | null;
  /** 1 for the best; units with equal values share a rank (1, 2, 2, 4); null without a value. */
  rank: number | null;
}

export function leagueRows(
  data: Pick<FiguresResponse, 'units' | 'figures'>,
  indicator: string,
  year: number,
  direction: 'up' | 'down' = 'up',
): LeagueRow[] {
  const byUnit = new Map(
    data.figures.filter((f) => f.indicator === indicator && f.year === year).map((f) => [f.unitId, f]),
  );
  const rows = data.units.map((unit) => ({
    unit,
    figure: byUnit.get(unit.id) ?? null,
    rank: null as number | null,
  }));
  const better = (a: number, b: number) => (direction === 'up' ? b - a : a - b);
  rows.sort((a, b) => {
    const x = a.figure?.actual ?? null;
    const y = b.figure?.actual ?? null;
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else if (x !== y) {
      return better(x, y);
    }
    return compareVi(a.unit.name, b.unit.name);
  });
  let previous: number | null = null;
  rows.forEach((row, i) => {
    const value = row.figure?.actual ?? null;
    if (value === null) return;
    row.rank = previous !== null && value === previous ? rows[i - 1]!.rank : i + 1;
    previous = value;
  });
  return rows;
}

/** Reported of expected as a share, for sorting by completeness (null when nothing is expected). */
export function reportedShare(figure: Figure | null): number | null {
  return figure && figure.expected > 0 ? figure.reported / figure.expected : null;
}
