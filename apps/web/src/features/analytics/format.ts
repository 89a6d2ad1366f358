import type { Reason, ScorecardRow } from '@suotdoi/shared';
import type { TFunction } from 'i18next';
import { categoryLabel, langOf } from '../institutions/categories';
import { asUnit, type IndicatorUnit, UNIT_SUFFIX } from '../plans/target-format';

/**
 * How a figure reads on screen: "66,7 %", "+11,8 %/năm", "−3,3 điểm %", the reason in words. Pure (the words
 * come through `t`), so the scorecard, the public page, the exports and the charts' tooltips all say the same.
 * Targets are written by the plans' own formatter (features/plans/target-format.ts), whose unit suffixes a
 * figure shares, so "66,7 %" stands beside "70 %".
 */

type Lang = 'vi' | 'en';

/** A difference of two percentages is in percentage points, not per cent. */
const GAP_SUFFIX: Record<IndicatorUnit, Record<Lang, string>> = {
  ...UNIT_SUFFIX,
  percent: { vi: ' điểm %', en: ' pp' },
  percent_per_year: { vi: ' điểm %/năm', en: ' pp/yr' },
};

/** A change per year: of a coverage in points a year; a growth rate is already per year. */
const RATE_SUFFIX: Record<IndicatorUnit, Record<Lang, string>> = {
  ...UNIT_SUFFIX,
  percent: { vi: ' điểm %/năm', en: ' pp/yr' },
  count: { vi: '/năm', en: '/yr' },
  number: { vi: '/năm', en: '/yr' },
};

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, digits: number, signed: boolean): Intl.NumberFormat {
  const key = `${lang}:${digits}:${signed}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', {
      maximumFractionDigits: digits,
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    formats.set(key, format);
  }
  return format;
}

/** 1.234,5 (vi) or 1,234.5 (en), one decimal at most; '—' for no value. */
export function formatAmount(value: number | null | undefined, language: string, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return numberFormat(langOf(language), digits, false).format(value);
}

/** An indicator's value with its unit: "66,7 %", "2,5 lần/năm", "1.250"; '—' for no value. */
export function formatFigure(value: number | null | undefined, unit: string, language: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const lang = langOf(language);
  return `${numberFormat(lang, 1, false).format(value)}${UNIT_SUFFIX[asUnit(unit)][lang]}`;
}

/** actual − target with its sign: "−3,3 điểm %", "+1,2 %/năm"; '—' without data. */
export function formatGap(gap: number | null | undefined, unit: string, language: string): string {
  if (gap === null || gap === undefined || !Number.isFinite(gap)) return '—';
  const lang = langOf(language);
  return `${numberFormat(lang, 1, true).format(gap)}${GAP_SUFFIX[asUnit(unit)][lang]}`;
}

/**
 * The units of a change a year the server names in a reason (target-status.ts, unitOfChange): points of a share,
 * a growth rate, or units of anything else.
 */
const CHANGE_SUFFIX: Record<string, Record<Lang, string>> = {
  points_per_year: RATE_SUFFIX.percent,
  percent_per_year: RATE_SUFFIX.percent_per_year,
  per_year: RATE_SUFFIX.number,
};

/**
 * A yearly change with its sign: "+11,8 %/năm", "+2,5 điểm %/năm". `unit` is the reason's unit of change, or
 * else the indicator's unit.
 */
export function formatRate(value: number, unit: string, language: string): string {
  const lang = langOf(language);
  const suffix = CHANGE_SUFFIX[unit]?.[lang] ?? RATE_SUFFIX[asUnit(unit)][lang];
  return `${numberFormat(lang, 1, true).format(value)}${suffix}`;
}

/**
 * The numbers of a reason, formatted for its sentence: changes a year get a sign and the reason's unit of
 * change, levels the indicator's unit, counts of units plain numbers, years stay as they are.
 */
export function reasonParams(reason: Reason, unit: string, language: string): Record<string, string> {
  const p = reason.params;
  const change = typeof p.unit === 'string' ? p.unit : unit;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(p)) {
    if (typeof value === 'string') out[key] = value;
    else if (key === 'needed' || key === 'trend') out[key] = formatRate(value, change, language);
    else if (key === 'target' || key === 'actual' || key === 'threshold')
      out[key] = formatFigure(value, unit, language);
    else if (key === 'year') out[key] = String(value);
    else out[key] = formatAmount(value, language);
  }
  return out;
}

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
