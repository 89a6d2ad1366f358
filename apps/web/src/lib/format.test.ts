import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatValidity,
  fromIsoDate,
  parseDisplayDate,
  toIsoDate,
} from './format';

describe('formatDate', () => {
  it('writes dd/mm/yyyy', () => {
    expect(formatDate('2024-06-30')).toBe('30/06/2024');
    expect(formatDate(null)).toBe('');
  });
});

describe('formatDateTime', () => {
  it("shows a timestamp in Vietnam's time whatever the machine's zone", () => {
    expect(formatDateTime('2025-06-30T17:30:00.000Z')).toBe('01/07/2025 00:30');
    expect(formatDateTime('2025-01-02T03:04:00Z')).toBe('02/01/2025 10:04');
    expect(formatDateTime(null)).toBe('');
  });
});

describe('formatNumber', () => {
  it('uses the Vietnamese separators by default', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(120000, 'vi')).toBe('120.000');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(undefined)).toBe('');
  });
});

describe('formatValidity', () => {
  it('shows a closed window or an open one', () => {
    expect(formatValidity('2020-01-01', '2025-07-01', (f) => `từ ${f}`)).toBe('01/01/2020 – 01/07/2025');
    expect(formatValidity('2025-07-01', null, (f) => `từ ${f}`)).toBe('từ 01/07/2025');
  });
});

describe('parseDisplayDate', () => {
  it('reads dd/mm/yyyy and refuses impossible dates', () => {
    expect(parseDisplayDate('30/06/2024')).toBe('2024-06-30');
    expect(parseDisplayDate('1/7/2025')).toBe('2025-07-01');
    expect(parseDisplayDate('31/02/2024')).toBeNull();
    expect(parseDisplayDate('2024-06-30')).toBeNull();
  });
});

describe('toIsoDate and fromIsoDate', () => {
  it('round-trip a calendar date', () => {
    expect(toIsoDate(fromIsoDate('2024-02-29'))).toBe('2024-02-29');
    expect(fromIsoDate('2024-02-30')).toBeNull();
    expect(toIsoDate(null)).toBeUndefined();
  });
});
