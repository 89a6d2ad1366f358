import { describe, expect, it } from 'vitest';
import {
  indicatorProblems,
  overlapsTimeframe,
  targetKey,
  targetProblems,
  timeframeProblems,
} from './plan-rules';

const coverage = {
  code: 'COV',
  kind: 'coverage' as const,
  unit: 'percent',
  categories: ['library_district'],
};
const exhibitions = { code: 'EXH', kind: 'threshold' as const, unit: 'count_per_year', categories: [] };
const reasons = (ps: { field: string; reason: string }[]) => ps.map((p) => `${p.field}:${p.reason}`);

describe('targetProblems', () => {
  it('accepts a single value and a range', () => {
    expect(
      targetProblems({ category: 'library_district', year: 2025, value: 70 }, coverage, '2023-05-09'),
    ).toEqual([]);
    expect(targetProblems({ category: null, year: 2025, min: 2, max: 3 }, exhibitions, '2023-04-01')).toEqual(
      [],
    );
  });

  it('refuses a range whose minimum is above its maximum, naming min', () => {
    expect(
      reasons(targetProblems({ category: null, year: 2025, min: 3, max: 2 }, exhibitions, '2023-01-01')),
    ).toEqual(['min:min_above_max']);
  });

  it('refuses a percentage over 100 or below 0', () => {
    expect(
      reasons(targetProblems({ category: null, year: 2025, value: 120 }, coverage, '2023-01-01')),
    ).toEqual(['value:percent_out_of_range']);
    expect(
      reasons(targetProblems({ category: null, year: 2025, min: -1, max: 50 }, coverage, '2023-01-01')),
    ).toEqual(['min:percent_out_of_range']);
  });

  it('refuses a milestone before the plan’s year', () => {
    expect(
      reasons(targetProblems({ category: null, year: 2022, value: 50 }, coverage, '2023-05-09')),
    ).toEqual(['year:milestone_before_plan']);
  });

  it('refuses a fractional count for a count indicator (the wrong value type for its kind)', () => {
    expect(
      reasons(targetProblems({ category: null, year: 2025, value: 2.5 }, exhibitions, '2023-01-01')),
    ).toEqual(['value:count_not_integer']);
  });

  it('refuses a category the indicator is not defined for, and a value together with a range', () => {
    expect(
      reasons(
        targetProblems({ category: 'museum_public', year: 2025, value: 5, min: 1 }, coverage, '2023-01-01'),
      ),
    ).toEqual(['value:value_and_range', 'category:category_not_applicable']);
  });

  it('wants a value or a range, and a baseline before the milestone', () => {
    expect(
      reasons(
        targetProblems(
          { category: null, year: 2025, baseline: { year: 2026, value: 1 } },
          coverage,
          '2023-01-01',
        ),
      ),
    ).toEqual(['value:value_required', 'baseline.year:baseline_after_milestone']);
  });

  it('keys pooled categories regardless of their order', () => {
    const a = { indicatorCode: 'X', category: null, categories: ['b', 'a'], year: 2025 };
    const b = { indicatorCode: 'X', category: null, categories: ['a', 'b'], year: 2025 };
    expect(targetKey(a)).toBe(targetKey(b));
    expect(targetKey(a)).not.toBe(targetKey({ ...b, categories: null }));
  });
});

describe('indicatorProblems', () => {
  const types: Record<string, string> = { HAS: 'boolean', USERS: 'integer', NAME: 'text' };
  it('refuses a coverage indicator over a quantity and a growth indicator over a yes/no element', () => {
    expect(reasons(indicatorProblems({ kind: 'coverage', elements: ['USERS'] }, (e) => types[e]))).toEqual([
      'elements.0:kind_value_type_mismatch',
    ]);
    expect(reasons(indicatorProblems({ kind: 'growth', elements: ['HAS'] }, (e) => types[e]))).toEqual([
      'elements.0:kind_value_type_mismatch',
    ]);
    expect(indicatorProblems({ kind: 'coverage', elements: ['HAS'] }, (e) => types[e])).toEqual([]);
  });
  it('names an unknown element', () => {
    expect(reasons(indicatorProblems({ kind: 'sum', elements: ['NOPE'] }, (e) => types[e]))).toEqual([
      'elements.0:unknown_element',
    ]);
  });
});

describe('timeframes', () => {
  it('reads years as whole years and dates as days', () => {
    expect(timeframeProblems({ from: '2023', to: '2025' })).toEqual([]);
    expect(reasons(timeframeProblems({ from: '2025', to: '2023' }))).toEqual(['to:ends_before_start']);
    expect(reasons(timeframeProblems({ from: 'soon', to: null }))).toEqual(['from:bad_timeframe']);
  });
  it('says whether a unit existed at some time in a task’s timeframe', () => {
    const district = { validFrom: '1900-01-01', validTo: '2025-07-01' };
    expect(overlapsTimeframe(district, { from: '2023', to: '2030' })).toBe(true);
    expect(overlapsTimeframe(district, { from: '2025-07-01', to: '2025-12-31' })).toBe(false);
    expect(overlapsTimeframe({ validFrom: '2025-07-01', validTo: null }, { from: '2023', to: '2024' })).toBe(
      false,
    );
  });
});
