import { formatAmount, type Reason, reasonParams, type ScorecardRow } from '@suotdoi/shared';
import type { TFunction } from 'i18next';
import { categoryLabel } from '../institutions/categories';

/**
 * How a figure reads on screen: "66,7 %", "+11,8 %/năm", "−3,3 điểm %", the reason in words. The numbers come
 * from packages/shared (domain/figure-format.ts), which the official documents use too, so a report and the
 * dashboard say the same; the words come through `t`.
 */
export { formatAmount, formatFigure, formatGap, formatRate, reasonParams } from '@suotdoi/shared';

/** Why a figure or a status is what it is, in words: "cần +11,8 %/năm, xu hướng +6,2 %/năm". */
export function reasonText(reason: Reason | null, unit: string, t: TFunction, language: string): string {
  if (!reason) return '';
  return t(`analytics.reason.${reason.code}`, reasonParams(reason, unit, language));
}

/** The institution categories a target covers: one, several pooled, or all of the indicator's. */
export function categoriesText(
  row: Pick<ScorecardRow, 'category' | 'categories'>,
  t: TFunction,
  language: string,
): string {
  if (row.category) return categoryLabel(row.category, language);
  if (row.categories?.length) return row.categories.map((c) => categoryLabel(c, language)).join('; ');
  return t('analytics.allCategories');
}

/** The categories of a row as the figures API takes them (none: the indicator's own). */
export function categoriesOf(row: Pick<ScorecardRow, 'category' | 'categories'>): string[] {
  if (row.category) return [row.category];
  return row.categories ?? [];
}

/** A target's year: "2025", or "Hằng năm 2023–2030" for a yearly target. */
export function targetYearText(row: Pick<ScorecardRow, 'year' | 'from'>, t: TFunction): string {
  return row.from !== null && row.from !== row.year
    ? t('analytics.yearly', { from: row.from, to: row.year })
    : String(row.year);
}

/** Reported of expected as a share 0–1 (null when nothing is expected). */
export function completenessShare(reported: number, expected: number): number | null {
  return expected > 0 ? Math.min(1, reported / expected) : null;
}

/** "3/40": how many of the expected units reported (weighted history may give fractions). */
export function completenessText(reported: number, expected: number, language: string): string {
  return `${formatAmount(reported, language)}/${formatAmount(expected, language)}`;
}

/** The newest of the rows' as-of timestamps: when the figures last changed. */
export function latestAsOf(items: readonly { asOf: string | null }[]): string | null {
  let latest: string | null = null;
  for (const { asOf } of items) {
    if (asOf && (latest === null || Date.parse(asOf) > Date.parse(latest))) latest = asOf;
  }
  return latest;
}
