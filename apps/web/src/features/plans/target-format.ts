/**
 * How a target reads on screen: "70 %", "10–12 %/năm", "02–03 lần/năm", the way the plans write them. Pure, so
 * the table, the comparison, the tooltip and the print view all say the same thing.
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

function langOf(language: string): Lang {
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
