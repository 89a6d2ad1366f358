import type { Lang } from '../i18n/errors';
import { foldDiacritics } from '../text';

/** Kiểu dữ liệu của chỉ tiêu: the value type of a data element. */
export const VALUE_TYPES = ['boolean', 'integer', 'number', 'money_vnd', 'percent', 'text'] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

/** One reported value: booleans are stored as 1/0, text as a string; null means the field is empty. */
export type ReportValue = number | string | null;

/**
 * Why a typed-in value was refused: stable codes the UI may branch on. `not_a_text` is for a text field given
 * something that is neither a string nor a number (an object from a spreadsheet cell, say).
 */
export const VALUE_REASONS = [
  'not_a_number',
  'not_an_integer',
  'negative',
  'not_a_boolean',
  'too_large',
  'too_long',
  'not_a_text',
  'over_100',
] as const;
export type ValueReason = (typeof VALUE_REASONS)[number];

export type ParsedValue = { ok: true; value: ReportValue } | { ok: false; reason: ValueReason };

export const VALUE_REASON_TEXT: Record<ValueReason, Record<Lang, string>> = {
  not_a_number: { vi: 'không phải là số', en: 'not a number' },
  not_an_integer: { vi: 'phải là số nguyên', en: 'must be a whole number' },
  negative: { vi: 'không được âm', en: 'must not be negative' },
  not_a_boolean: { vi: 'phải là Có hoặc Không', en: 'must be Yes or No' },
  too_large: { vi: 'quá lớn', en: 'too large' },
  too_long: { vi: 'quá dài (tối đa 4000 ký tự)', en: 'too long (at most 4000 characters)' },
  not_a_text: { vi: 'không phải là văn bản', en: 'not text' },
  over_100: { vi: 'tỷ lệ không được vượt quá 100', en: 'a share cannot exceed 100' },
};

/** Money in đồng up to a million billion; every other quantity up to a million million. */
export const MAX_MONEY_VND = 1e15;
export const MAX_QUANTITY = 1e12;
export const MAX_TEXT_LENGTH = 4000;

/** "1.234.567" and "1.234,5": dots group thousands only in this exact shape, so "1.234" is 1234. */
const VI_THOUSANDS = /^\d{1,3}(\.\d{3})+(,\d+)?$/u;
/** "1 234 567,5": spaces (NBSP and narrow NBSP included, \s covers them) between groups of three. */
const SPACE_GROUPED = /^\d{1,3}(\s\d{3})+([.,]\d+)?$/u;
/** "1234", "12.5", "12,5": a single mark is the decimal mark. */
const PLAIN = /^\d+([.,]\d+)?$/u;
/** Spreadsheets often carry the currency: "1.500.000 đ", "1.500.000₫", "1.500.000 VND". */
const MONEY_SUFFIX = /\s*(₫|đ|vnđ|vnd|đồng)$/iu;

const TRUE_WORDS = new Set(['true', '1', 'co', 'x', 'yes', 'dung']);
const FALSE_WORDS = new Set(['false', '0', 'khong', 'no', 'sai']);

const ok = (value: ReportValue): ParsedValue => ({ ok: true, value });
const fail = (reason: ValueReason): ParsedValue => ({ ok: false, reason });

/**
 * Reads a value as a person typed it (or a spreadsheet cell held it) into what is stored. The browser runs it
 * as the user types and the server on save, so both refuse the same input for the same reason.
 */
export function parseValue(raw: unknown, type: ValueType): ParsedValue {
  if (raw === null || raw === undefined) return ok(null);
  const text = typeof raw === 'string' ? raw.normalize('NFC').trim() : null;
  if (text === '') return ok(null);
  switch (type) {
    case 'boolean':
      return parseBoolean(raw, text);
    case 'text':
      return parseText(raw, text);
    default:
      return parseQuantity(raw, text, type);
  }
}

function parseBoolean(raw: unknown, text: string | null): ParsedValue {
  if (typeof raw === 'boolean') return ok(raw ? 1 : 0);
  if (raw === 1 || raw === 0) return ok(raw);
  if (text === null) return fail('not_a_boolean');
  const word = foldDiacritics(text);
  if (TRUE_WORDS.has(word)) return ok(1);
  if (FALSE_WORDS.has(word)) return ok(0);
  return fail('not_a_boolean');
}

function parseText(raw: unknown, text: string | null): ParsedValue {
  const value = text ?? (typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : null);
  if (value === null) return fail('not_a_text');
  return value.length > MAX_TEXT_LENGTH ? fail('too_long') : ok(value);
}

function parseQuantity(
  raw: unknown,
  text: string | null,
  type: 'integer' | 'number' | 'money_vnd' | 'percent',
): ParsedValue {
  let n: number | null = null;
  if (typeof raw === 'number') n = raw;
  else if (text !== null) n = parseNumberText(type === 'money_vnd' ? text.replace(MONEY_SUFFIX, '') : text);
  if (n === null || Number.isNaN(n)) return fail('not_a_number');
  if (n < 0) return fail('negative');
  if (n === Number.POSITIVE_INFINITY) return fail('too_large');
  if (type === 'percent') return n > 100 ? fail('over_100') : ok(n === 0 ? 0 : n);
  if (type !== 'number' && !Number.isInteger(n)) return fail('not_an_integer');
  if (n > (type === 'money_vnd' ? MAX_MONEY_VND : MAX_QUANTITY)) return fail('too_large');
  return ok(n === 0 ? 0 : n); // -0 becomes 0
}

/** A number written the Vietnamese way or plainly; null when it is not a number at all. */
function parseNumberText(text: string): number | null {
  let body = text;
  let negative = false;
  if (/^[-−]/u.test(body)) {
    negative = true;
    body = body.slice(1).trimStart();
  }
  if (/\s/u.test(body)) {
    if (!SPACE_GROUPED.test(body)) return null;
    body = body.replace(/\s/gu, '');
  }
  let plain: string;
  if (VI_THOUSANDS.test(body)) plain = body.replace(/\./gu, '').replace(',', '.');
  else if (PLAIN.test(body)) plain = body.replace(',', '.');
  else return null;
  const n = Number(plain);
  return negative ? -n : n;
}

/**
 * A stored value for a person to read: Vietnamese "1.234,5" and "Có"/"Không", English "1,234.5" and "Yes"/"No";
 * empty for null. Numbers keep every digit they have (no rounding), so the Vietnamese form reads back through
 * `parseValue` to the same number.
 */
export function formatValue(value: ReportValue, type: ValueType, lang: Lang): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (type === 'text') return String(value);
  if (type === 'boolean') {
    if (lang === 'vi') return value !== 0 ? 'Có' : 'Không';
    return value !== 0 ? 'Yes' : 'No';
  }
  return formatNumber(value, lang);
}

// Written by hand rather than with Intl.NumberFormat: ICU data differ between Node builds and browsers, and
// Intl rounds to 3 decimals by default; the server and the browser must print the same text.
function formatNumber(n: number, lang: Lang): string {
  if (!Number.isFinite(n)) return String(n);
  const [group, decimal] = lang === 'vi' ? ['.', ','] : [',', '.'];
  const [int = '0', frac] = plainDecimal(Math.abs(n)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/gu, group);
  return `${n < 0 ? '-' : ''}${grouped}${frac ? decimal + frac : ''}`;
}

/** The shortest decimal that reads back as `n` (n ≥ 0), without the exponent String() uses below 1e-6. */
function plainDecimal(n: number): string {
  const s = String(n);
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/u.exec(s);
  if (!m) return s;
  const digits = m[1]! + (m[2] ?? '');
  const exponent = Number(m[3]);
  if (exponent < 0) return `0.${'0'.repeat(-exponent - 1)}${digits}`;
  return digits.padEnd(exponent + 1, '0');
}
