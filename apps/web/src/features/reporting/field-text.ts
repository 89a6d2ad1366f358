import { formatValue, parseValue, type ReportValue, type ValueType } from '@suotdoi/shared';

/**
 * A stored value as an input shows it. Vietnamese writes "1.234,5", which parseValue reads back; English shows
 * plain digits ("1234.5"), since parseValue takes a dot as the decimal mark only without thousands groups.
 * Booleans are the radio values '1' and '0'.
 */
export function inputText(value: ReportValue, type: ValueType, lang: 'vi' | 'en'): string {
  if (value === null) return '';
  if (type === 'boolean') return value === 0 || value === '0' ? '0' : '1';
  if (typeof value === 'string' || type === 'text') return String(value);
  return lang === 'vi' ? formatValue(value, type, 'vi') : String(value);
}

/**
 * What the input shows: the queued text when there is one; else what the person last typed while it still
 * means the stored value (so "1234" does not turn into "1.234" under their fingers); else the stored value.
 */
export function displayText(
  queued: string | undefined,
  typed: string | undefined,
  stored: ReportValue,
  type: ValueType,
  lang: 'vi' | 'en',
): string {
  if (queued !== undefined) return queued;
  if (typed !== undefined) {
    const parsed = parseValue(typed, type);
    if (parsed.ok && (parsed.value ?? null) === (stored ?? null)) return typed;
  }
  return inputText(stored, type, lang);
}

/** A value for reading (previous period, conflicts, totals): "1.234,5", "Có". */
export function readableValue(value: ReportValue | undefined, type: ValueType, lang: 'vi' | 'en'): string {
  return value === undefined || value === null ? '' : formatValue(value, type, lang);
}
