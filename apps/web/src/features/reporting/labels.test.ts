import { describe, expect, it } from 'vitest';
import { currentYearPeriod, recentYearPeriods } from './labels';

describe('currentYearPeriod', () => {
  it('is the calendar year until the cut-off on 15/12', () => {
    expect(currentYearPeriod('2026-03-10')).toBe('2026');
    expect(currentYearPeriod('2026-12-14')).toBe('2026');
  });

  it('moves to the next year from 15/12', () => {
    expect(currentYearPeriod('2026-12-15')).toBe('2027');
  });
});

describe('recentYearPeriods', () => {
  it('lists the current year and the ones before, newest first', () => {
    expect(recentYearPeriods('2026-05-01', 3)).toEqual(['2026', '2025', '2024']);
  });
});
