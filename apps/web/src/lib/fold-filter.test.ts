import { describe, expect, it } from 'vitest';
import { foldFilter } from './fold-filter';

describe('foldFilter', () => {
  it('matches without diacritics or case', () => {
    expect(foldFilter('thu vien cap tinh', { label: 'Thư viện cấp tỉnh' })).toBe(true);
    expect(foldFilter('DA NANG', { label: 'Đà Nẵng' })).toBe(true);
    expect(foldFilter('bao tang', { label: 'Thư viện cấp tỉnh' })).toBe(false);
    expect(foldFilter('x', {})).toBe(false);
  });
});
