import { describe, expect, it } from 'vitest';
import { fromTarget, type TargetFormValues, toTargetBody, validateTarget } from './target-form';

const base: TargetFormValues = {
  indicator: 'LIB_LLL_SERVICE',
  category: 'library_district',
  year: 2025,
  shape: 'value',
};
const keys = (values: TargetFormValues, unit: 'percent' | 'count_per_year' = 'percent') =>
  validateTarget(values, { planYear: 2023, unit }).map((p) => `${p.field}:${p.key}`);

describe('validateTarget', () => {
  it('accepts a single percentage within 0–100', () => {
    expect(keys({ ...base, value: 70 })).toEqual([]);
    expect(keys({ ...base, value: 100 })).toEqual([]);
  });

  it('refuses a percentage over 100 and a negative figure', () => {
    expect(keys({ ...base, value: 101 })).toEqual(['value:overHundred']);
    expect(keys({ ...base, value: -1 })).toEqual(['value:negative']);
  });

  it('lets a count go over 100 but keeps it whole', () => {
    expect(keys({ ...base, value: 250 }, 'count_per_year')).toEqual([]);
    expect(keys({ ...base, value: 2.5 }, 'count_per_year')).toEqual(['value:notWhole']);
  });

  it('refuses a category the indicator is not defined for', () => {
    const problems = validateTarget(
      { ...base, value: 70, category: 'museum_public' },
      { planYear: 2023, unit: 'percent', categories: ['library_district'] },
    );
    expect(problems.map((p) => p.key)).toEqual(['categoryNotApplicable']);
  });

  it('refuses a range whose minimum is over its maximum', () => {
    expect(keys({ ...base, shape: 'range', min: 12, max: 10 })).toEqual(['max:minOverMax']);
    expect(keys({ ...base, shape: 'range', min: 10, max: 12 })).toEqual([]);
  });

  it('asks for a figure', () => {
    expect(keys({ ...base })).toEqual(['value:valueRequired']);
    expect(keys({ ...base, shape: 'range' })).toEqual(['min:rangeRequired']);
  });

  it('refuses a milestone before the plan’s year, and a baseline after the milestone', () => {
    expect(keys({ ...base, value: 70, year: 2022 })).toEqual(['year:yearBeforePlan']);
    expect(keys({ ...base, value: 70, baselineYear: 2026 })).toEqual(['baselineYear:baselineAfterYear']);
  });

  it('names every missing field at once', () => {
    expect(keys({ shape: 'value' })).toEqual([
      'indicator:indicatorRequired',
      'year:yearRequired',
      'value:valueRequired',
    ]);
  });
});

describe('toTargetBody', () => {
  it('sends either the value or the range, never both', () => {
    expect(toTargetBody({ ...base, value: 70, min: 1, max: 2 })).toMatchObject({
      value: 70,
      min: null,
      max: null,
    });
    expect(toTargetBody({ ...base, shape: 'range', value: 70, min: 10, max: 12 })).toMatchObject({
      value: null,
      min: 10,
      max: 12,
    });
  });

  it('keeps a baseline only with its year', () => {
    expect(toTargetBody({ ...base, value: 1, baselineValue: 5 }).baseline).toBeNull();
    expect(toTargetBody({ ...base, value: 1, baselineYear: 2022, baselineValue: 5 }).baseline).toEqual({
      year: 2022,
      value: 5,
    });
  });

  it('round-trips a stored target through the form', () => {
    const stored = {
      indicator: 'LIB_USERS_GROWTH',
      category: null,
      year: 2030,
      min: 10,
      max: 15,
      baseline: { year: 2022, value: null },
      note: 'x',
    };
    expect(toTargetBody(fromTarget(stored))).toEqual({ ...stored, value: null });
  });
});
