import { describe, expect, it } from 'vitest';
import { formatBaseline, formatTarget, isRange, targetMidpoint, targetTop } from './figure-format';

describe('formatTarget', () => {
  it('writes a percentage the Vietnamese way, with a space before the sign', () => {
    expect(formatTarget({ value: 70 }, 'percent', 'vi')).toBe('70 %');
    expect(formatTarget({ value: 70 }, 'percent', 'en')).toBe('70%');
    expect(formatTarget({ value: 12.5 }, 'percent', 'vi')).toBe('12,5 %');
  });

  it('writes a growth range with an en dash and the per-year unit', () => {
    expect(formatTarget({ min: 10, max: 12 }, 'percent_per_year', 'vi')).toBe('10–12 %/năm');
    expect(formatTarget({ min: 10, max: 15 }, 'percent_per_year', 'en')).toBe('10–15%/yr');
  });

  it('keeps the plans’ two-digit counts (“02–03”) in Vietnamese', () => {
    expect(formatTarget({ min: 2, max: 3 }, 'count_per_year', 'vi')).toBe('02–03 lần/năm');
    expect(formatTarget({ min: 2, max: 3 }, 'count_per_year', 'en')).toBe('2–3 a year');
    expect(formatTarget({ value: 12 }, 'count', 'vi')).toBe('12');
  });

  it('groups large numbers with the locale’s separator', () => {
    expect(formatTarget({ value: 1234567 }, 'number', 'vi')).toBe('1.234.567');
    expect(formatTarget({ value: 1234567 }, 'number', 'en')).toBe('1,234,567');
  });

  it('writes an open range as at least or at most, and nothing as a dash', () => {
    expect(formatTarget({ min: 10 }, 'percent', 'vi')).toBe('≥ 10 %');
    expect(formatTarget({ max: 12 }, 'percent', 'vi')).toBe('≤ 12 %');
    expect(formatTarget({ min: 5, max: 5 }, 'percent', 'vi')).toBe('5 %');
    expect(formatTarget({}, 'percent', 'vi')).toBe('—');
  });
});

describe('formatBaseline', () => {
  it('names the base year and its value', () => {
    expect(formatBaseline({ year: 2022, value: 35 }, 'percent', 'vi')).toBe('2022: 35 %');
    expect(formatBaseline({ year: 2022, value: null }, 'percent', 'vi')).toBe('2022');
    expect(formatBaseline(null, 'percent', 'vi')).toBe('');
  });

  it('gives a growth target’s baseline as a quantity, not a percentage', () => {
    expect(formatBaseline({ year: 2022, value: 150000 }, 'percent_per_year', 'vi')).toBe('2022: 150.000');
  });
});

describe('target figures for charts', () => {
  it('takes the value, the middle of a range, or an open bound', () => {
    expect(targetMidpoint({ value: 70 })).toBe(70);
    expect(targetMidpoint({ min: 10, max: 12 })).toBe(11);
    expect(targetMidpoint({ min: 10 })).toBe(10);
    expect(targetMidpoint({})).toBeNull();
    expect(targetTop({ min: 10, max: 12 })).toBe(12);
    expect(isRange({ min: 10, max: 12 })).toBe(true);
    expect(isRange({ value: 10 })).toBe(false);
  });
});
