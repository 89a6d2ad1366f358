import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatValue, parseValue, VALUE_REASON_TEXT, VALUE_REASONS } from './report-values';

describe('parseValue', () => {
  it('reads an empty string, whitespace, null and undefined as an empty field', () => {
    for (const raw of ['', '   ', '\u00a0', null, undefined]) {
      for (const type of ['boolean', 'integer', 'number', 'money_vnd', 'text'] as const) {
        expect(parseValue(raw, type)).toEqual({ ok: true, value: null });
      }
    }
  });

  it('refuses text in a number field', () => {
    expect(parseValue('mười hai', 'integer')).toEqual({ ok: false, reason: 'not_a_number' });
    expect(parseValue('12a', 'number')).toEqual({ ok: false, reason: 'not_a_number' });
    expect(parseValue('1e5', 'number')).toEqual({ ok: false, reason: 'not_a_number' });
    expect(parseValue('1.234,5,6', 'number')).toEqual({ ok: false, reason: 'not_a_number' });
    expect(parseValue(Number.NaN, 'number')).toEqual({ ok: false, reason: 'not_a_number' });
    expect(parseValue(true, 'integer')).toEqual({ ok: false, reason: 'not_a_number' });
  });

  it('refuses a negative count, typed or given as a number', () => {
    expect(parseValue('-5', 'integer')).toEqual({ ok: false, reason: 'negative' });
    expect(parseValue(-5, 'integer')).toEqual({ ok: false, reason: 'negative' });
    expect(parseValue('-1.500.000', 'money_vnd')).toEqual({ ok: false, reason: 'negative' });
    expect(parseValue('-0,5', 'number')).toEqual({ ok: false, reason: 'negative' });
  });

  it('reads "1.234" as one thousand two hundred thirty-four, the Vietnamese way', () => {
    expect(parseValue('1.234', 'integer')).toEqual({ ok: true, value: 1234 });
    expect(parseValue('1.234', 'number')).toEqual({ ok: true, value: 1234 });
    expect(parseValue('1.234.567', 'money_vnd')).toEqual({ ok: true, value: 1234567 });
    expect(parseValue('1.234,5', 'number')).toEqual({ ok: true, value: 1234.5 });
  });

  it('reads a single comma or dot as the decimal mark', () => {
    expect(parseValue('12,5', 'number')).toEqual({ ok: true, value: 12.5 });
    expect(parseValue('12.5', 'number')).toEqual({ ok: true, value: 12.5 });
    expect(parseValue('1234.5', 'number')).toEqual({ ok: true, value: 1234.5 });
    expect(parseValue('1,234', 'number')).toEqual({ ok: true, value: 1.234 });
    expect(parseValue('12,5', 'integer')).toEqual({ ok: false, reason: 'not_an_integer' });
    expect(parseValue(2.5, 'money_vnd')).toEqual({ ok: false, reason: 'not_an_integer' });
  });

  it('allows spaces and non-breaking spaces between digit groups', () => {
    expect(parseValue(' 1 234 ', 'integer')).toEqual({ ok: true, value: 1234 });
    expect(parseValue('1\u00a0234\u00a0567', 'money_vnd')).toEqual({ ok: true, value: 1234567 });
    expect(parseValue('1\u202f234,5', 'number')).toEqual({ ok: true, value: 1234.5 });
    expect(parseValue('12 5', 'integer')).toEqual({ ok: false, reason: 'not_a_number' });
  });

  it('takes plain JS numbers and keeps zero as zero', () => {
    expect(parseValue(42, 'integer')).toEqual({ ok: true, value: 42 });
    expect(parseValue(0.25, 'number')).toEqual({ ok: true, value: 0.25 });
    expect(parseValue(-0, 'integer')).toEqual({ ok: true, value: 0 });
    expect(parseValue('0', 'integer')).toEqual({ ok: true, value: 0 });
  });

  it('caps money at 10^15 đồng and other quantities at 10^12', () => {
    expect(parseValue(1e15, 'money_vnd')).toEqual({ ok: true, value: 1e15 });
    expect(parseValue(1e15 + 1, 'money_vnd')).toEqual({ ok: false, reason: 'too_large' });
    expect(parseValue('1.000.000.000.001', 'integer')).toEqual({ ok: false, reason: 'too_large' });
    expect(parseValue(Number.POSITIVE_INFINITY, 'number')).toEqual({ ok: false, reason: 'too_large' });
  });

  it('drops a currency suffix from money', () => {
    expect(parseValue('1.500.000 đ', 'money_vnd')).toEqual({ ok: true, value: 1500000 });
    expect(parseValue('1.500.000₫', 'money_vnd')).toEqual({ ok: true, value: 1500000 });
    expect(parseValue('2 000 000 VND', 'money_vnd')).toEqual({ ok: true, value: 2000000 });
    expect(parseValue('1.500 đ', 'integer')).toEqual({ ok: false, reason: 'not_a_number' });
  });

  it('reads yes/no words in Vietnamese and English, with or without diacritics and in any case', () => {
    for (const yes of [
      'có',
      'Có',
      'CO',
      'co',
      'x',
      'X',
      'yes',
      'Yes',
      'true',
      'TRUE',
      'đúng',
      'Đúng',
      'dung',
      '1',
      1,
      true,
    ]) {
      expect(parseValue(yes, 'boolean'), String(yes)).toEqual({ ok: true, value: 1 });
    }
    for (const no of ['không', 'KHÔNG', 'khong', 'no', 'No', 'false', 'sai', 'Sai', '0', 0, false]) {
      expect(parseValue(no, 'boolean'), String(no)).toEqual({ ok: true, value: 0 });
    }
    // "Có" typed on a Mac arrives decomposed (NFD).
    expect(parseValue('Có'.normalize('NFD'), 'boolean')).toEqual({ ok: true, value: 1 });
    expect(parseValue('có lẽ', 'boolean')).toEqual({ ok: false, reason: 'not_a_boolean' });
    expect(parseValue(2, 'boolean')).toEqual({ ok: false, reason: 'not_a_boolean' });
  });

  it('keeps text NFC and trimmed, up to 4000 characters', () => {
    const nfd = '  Hà Nội  '.normalize('NFD');
    expect(parseValue(nfd, 'text')).toEqual({ ok: true, value: 'Hà Nội' });
    expect(parseValue('a'.repeat(4000), 'text')).toEqual({ ok: true, value: 'a'.repeat(4000) });
    expect(parseValue('a'.repeat(4001), 'text')).toEqual({ ok: false, reason: 'too_long' });
    expect(parseValue(12, 'text')).toEqual({ ok: true, value: '12' });
    expect(parseValue({}, 'text')).toEqual({ ok: false, reason: 'not_a_text' });
  });
});

describe('formatValue', () => {
  it('groups thousands with dots and marks decimals with a comma in Vietnamese', () => {
    expect(formatValue(1234.5, 'number', 'vi')).toBe('1.234,5');
    expect(formatValue(1234567, 'money_vnd', 'vi')).toBe('1.234.567');
    expect(formatValue(123, 'integer', 'vi')).toBe('123');
  });

  it('uses commas and a dot in English', () => {
    expect(formatValue(1234.5, 'number', 'en')).toBe('1,234.5');
    expect(formatValue(1e15, 'money_vnd', 'en')).toBe('1,000,000,000,000,000');
  });

  it('keeps every decimal, including very small numbers', () => {
    expect(formatValue(0.125, 'number', 'vi')).toBe('0,125');
    expect(formatValue(1.5e-7, 'number', 'en')).toBe('0.00000015');
  });

  it('says Có/Không and Yes/No for booleans, and nothing for an empty field', () => {
    expect(formatValue(1, 'boolean', 'vi')).toBe('Có');
    expect(formatValue(0, 'boolean', 'vi')).toBe('Không');
    expect(formatValue(1, 'boolean', 'en')).toBe('Yes');
    expect(formatValue(0, 'boolean', 'en')).toBe('No');
    expect(formatValue(null, 'number', 'vi')).toBe('');
    expect(formatValue('ghi chú', 'text', 'en')).toBe('ghi chú');
  });

  it('reads back through parseValue for whole numbers and one-decimal numbers', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.constantFrom('integer', 'money_vnd', 'number'),
        (n, type) => {
          expect(parseValue(formatValue(n, type, 'vi'), type)).toEqual({ ok: true, value: n });
        },
      ),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (tenths) => {
        const n = tenths / 10;
        expect(parseValue(formatValue(n, 'number', 'vi'), 'number')).toEqual({ ok: true, value: n });
      }),
    );
  });
});

describe('VALUE_REASON_TEXT', () => {
  it('has both languages for every reason', () => {
    for (const reason of VALUE_REASONS) {
      expect(VALUE_REASON_TEXT[reason].vi).not.toBe('');
      expect(VALUE_REASON_TEXT[reason].en).not.toBe('');
    }
  });
});
