import {
  type AnalyticsIndicator,
  compareVi,
  type ScorecardRow,
  TARGET_STATUSES,
  type TargetStatus,
} from '@suotdoi/shared';
import type { TFunction } from 'i18next';
import type { Cell } from '../../lib/xlsx';
import { langOf } from '../institutions/categories';
import { formatTarget } from '../plans/target-format';
import { categoriesOf, categoriesText, reasonText, targetYearText } from './format';

/** What the scorecard does with the rows it holds: filter, sort, count, export. No React. */

/** The filter value for targets that cover all of an indicator's categories. */
export const ALL_CATEGORIES = '*';

export interface ScorecardFilters {
  status?: TargetStatus;
  /** A category code, or ALL_CATEGORIES for the targets that pool every category of their indicator. */
  category?: string;
}

export function filterScorecard(rows: readonly ScorecardRow[], f: ScorecardFilters): ScorecardRow[] {
  return rows.filter((r) => {
    if (f.status && r.status !== f.status) return false;
    if (f.category) {
      const cats = categoriesOf(r);
      if (f.category === ALL_CATEGORIES ? cats.length > 0 : !cats.includes(f.category)) return false;
    }
    return true;
  });
}

/** The categories the rows name, in the order they first appear, with ALL_CATEGORIES when a row pools them all. */
export function scorecardCategories(rows: readonly ScorecardRow[]): string[] {
  const seen = new Set<string>();
  for (const r of rows) {
    const cats = categoriesOf(r);
    if (cats.length === 0) seen.add(ALL_CATEGORIES);
    for (const c of cats) seen.add(c);
  }
  return [...seen];
}

/** Worst first when sorted ascending: the rows that need attention come to the top. */
const STATUS_RANK: Record<TargetStatus, number> = {
  off_track: 0,
  at_risk: 1,
  no_data: 2,
  on_track: 3,
  achieved: 4,
};

const nullsLast = (a: number | null, b: number | null) =>
  a === null ? (b === null ? 0 : 1) : b === null ? -1 : a - b;

/** Comparators for the table's sortable columns. */
export const scorecardSorters = {
  indicator: (names: ReadonlyMap<string, string>) => (a: ScorecardRow, b: ScorecardRow) =>
    compareVi(names.get(a.indicator) ?? a.indicator, names.get(b.indicator) ?? b.indicator) ||
    a.year - b.year,
  year: (a: ScorecardRow, b: ScorecardRow) => a.year - b.year,
  actual: (a: ScorecardRow, b: ScorecardRow) => nullsLast(a.actual, b.actual),
  gap: (a: ScorecardRow, b: ScorecardRow) => nullsLast(a.gap, b.gap),
  status: (a: ScorecardRow, b: ScorecardRow) => STATUS_RANK[a.status] - STATUS_RANK[b.status],
  completeness: (a: ScorecardRow, b: ScorecardRow) =>
    nullsLast(
      a.expected > 0 ? a.reported / a.expected : null,
      b.expected > 0 ? b.reported / b.expected : null,
    ),
};

/** How many targets are in each status, every status present (0 when none). */
export function statusCounts(rows: readonly ScorecardRow[]): Record<TargetStatus, number> {
  const counts = Object.fromEntries(TARGET_STATUSES.map((s) => [s, 0])) as Record<TargetStatus, number>;
  for (const r of rows) counts[r.status] += 1;
  return counts;
}

/** An indicator's name in the UI's language, else its code. */
export function indicatorName(
  code: string,
  indicators: readonly AnalyticsIndicator[] | undefined,
  language: string,
): string {
  return indicators?.find((i) => i.code === code)?.name[langOf(language)] ?? code;
}

/** The scorecard as a worksheet: words for people, numbers left as numbers for Excel. */
export function scorecardSheet(
  rows: readonly ScorecardRow[],
  indicators: readonly AnalyticsIndicator[] | undefined,
  t: TFunction,
  language: string,
): Cell[][] {
  return [
    [
      t('analytics.columns.indicator'),
      t('analytics.columns.code'),
      t('analytics.columns.category'),
      t('analytics.columns.targetYear'),
      t('analytics.columns.target'),
      t('analytics.columns.dataYear'),
      t('analytics.columns.actual'),
      t('analytics.columns.gap'),
      t('analytics.columns.status'),
      t('analytics.columns.reason'),
      t('analytics.columns.reported'),
      t('analytics.columns.expected'),
      t('analytics.columns.submitted'),
      t('analytics.columns.unitOfMeasure'),
    ],
    ...rows.map((r) => [
      indicatorName(r.indicator, indicators, language),
      r.indicator,
      categoriesText(r, t, language),
      targetYearText(r, t),
      formatTarget(r.target, r.unit, language),
      r.dataYear,
      r.actual === null ? null : round(r.actual),
      r.gap === null ? null : round(r.gap),
      t(`analytics.status.${r.status}`),
      reasonText(r.reason, r.unit, t, language),
      round(r.reported),
      round(r.expected),
      round(r.submitted),
      t(`analytics.units.${unitKey(r.unit)}`),
    ]),
  ];
}

/** Two decimals: enough for a percentage, and no 66.66666666 in a spreadsheet. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

const UNIT_KEYS = ['percent', 'percent_per_year', 'count', 'count_per_year', 'number'] as const;

/** The i18n key of an indicator's unit of measure ('number' for one the UI does not know). */
export function unitKey(unit: string): (typeof UNIT_KEYS)[number] {
  return (UNIT_KEYS as readonly string[]).includes(unit) ? (unit as (typeof UNIT_KEYS)[number]) : 'number';
}
