import type { Reason } from '../schemas/analytics';

/**
 * How targets and figures read: "70 %", "10–12 %/năm", "02–03 lần/năm" the way the plans write them, and
 * "66,7 %", "+11,8 %/năm", "−3,3 điểm %" for figures. Pure and shared, so the dashboards, the exports and the
 * official documents (DOCX, XLSX, print view) all say the same numbers.
 */

/** The unit an indicator is measured in (packages/shared/src/schemas/plans.ts, IndicatorFileSchema.unit). */
export type IndicatorUnit = 'percent' | 'percent_per_year' | 'count' | 'count_per_year' | 'number';

export interface TargetValue {
  value?: number | null;
  min?: number | null;
  max?: number | null;
}

type Lang = 'vi' | 'en';

/** What follows a figure in each unit: a target and an actual figure read alike ("70 %" against "66,7 %"). */
export const UNIT_SUFFIX: Record<IndicatorUnit, Record<Lang, string>> = {
  percent: { vi: ' %', en: '%' },
  percent_per_year: { vi: ' %/năm', en: '%/yr' },
  count: { vi: '', en: '' },
  count_per_year: { vi: ' lần/năm', en: ' a year' },
  number: { vi: '', en: '' },
};

export function langOf(language: string): Lang {
  return language.startsWith('en') ? 'en' : 'vi';
}

const formats = new Map<string, Intl.NumberFormat>();

function number(value: number, lang: Lang, pad: boolean): string {
  const key = `${lang}:${pad}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', {
      maximumFractionDigits: 2,
      // The plans write small counts with two digits ("02–03 cuộc"); keep their spelling in Vietnamese.
      minimumIntegerDigits: pad ? 2 : 1,
      useGrouping: true,
    });
    formats.set(key, format);
  }
  return format.format(value);
}

/** The server sends the unit as a string; an unknown one reads as a plain number. */
export function asUnit(unit: string | null | undefined): IndicatorUnit {
  return unit && unit in UNIT_SUFFIX ? (unit as IndicatorUnit) : 'number';
}

function isCount(unit: IndicatorUnit): boolean {
  return unit === 'count' || unit === 'count_per_year';
}

/** True for a target given as a range (min and max), false for a single value. */
export function isRange(target: TargetValue): boolean {
  return target.value == null && (target.min != null || target.max != null);
}

/**
 * The figure of a target with its unit: "70 %", "10–12 %/năm", "02–03 lần/năm"; "≥ 10 %" or "≤ 12 %" for an
 * open range; "—" when there is no figure.
 */
export function formatTarget(target: TargetValue, unitName: string, language: string): string {
  const unit = asUnit(unitName);
  const lang = langOf(language);
  const pad = lang === 'vi' && isCount(unit);
  const suffix = UNIT_SUFFIX[unit][lang];
  const n = (v: number) => number(v, lang, pad && Number.isInteger(v) && v < 10);
  if (target.value != null) return `${n(target.value)}${suffix}`;
  const { min, max } = target;
  if (min != null && max != null) return min === max ? `${n(min)}${suffix}` : `${n(min)}–${n(max)}${suffix}`;
  if (min != null) return `≥ ${n(min)}${suffix}`;
  if (max != null) return `≤ ${n(max)}${suffix}`;
  return '—';
}

/** A baseline as "2022: 35 %", or '' when the plan gives none. */
export function formatBaseline(
  baseline: { year: number; value: number | null } | null | undefined,
  unitName: string,
  language: string,
): string {
  if (!baseline) return '';
  const lang = langOf(language);
  const unit = asUnit(unitName);
  // A growth target's baseline is the quantity in the base year, not a percentage.
  const baseUnit: IndicatorUnit = unit === 'percent_per_year' ? 'number' : unit;
  if (baseline.value == null) return String(baseline.year);
  return `${baseline.year}: ${formatTarget({ value: baseline.value }, baseUnit, lang)}`;
}

/** The middle of a target, for charts: the value, or the midpoint of a range; null when open or missing. */
export function targetMidpoint(target: TargetValue): number | null {
  if (target.value != null) return target.value;
  if (target.min != null && target.max != null) return (target.min + target.max) / 2;
  return target.min ?? target.max ?? null;
}

/** The highest figure of a target (the range's top), for scaling a chart. */
export function targetTop(target: TargetValue): number | null {
  return target.value ?? target.max ?? target.min ?? null;
}

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

const figureFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, digits: number, signed: boolean): Intl.NumberFormat {
  const key = `${lang}:${digits}:${signed}`;
  let format = figureFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', {
      maximumFractionDigits: digits,
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    figureFormats.set(key, format);
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
