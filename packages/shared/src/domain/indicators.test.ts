import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FigureInputs } from '../schemas/analytics';
import { addInputs, cagr, EMPTY_INPUTS, growthOf, levelFigure, sumInputs } from './indicators';
import { assessTarget, trendPerYear } from './target-status';

const inputs = (x: Partial<FigureInputs>): FigureInputs => ({ ...EMPTY_INPUTS, ...x });

describe('levelFigure: hand-computed', () => {
  it('coverage is met over every active institution, in %: 28 of 40 libraries = 70 %', () => {
    expect(levelFigure('coverage', inputs({ expected: 40, reported: 35, met: 28 })).actual).toBe(70);
  });

  it('coverage of 3 reporting libraries out of 40, all meeting it, is 7.5 %, not 100 %', () => {
    expect(levelFigure('coverage', inputs({ expected: 40, reported: 3, met: 3 })).actual).toBe(7.5);
  });

  it('threshold is the average per reporting institution: 2 + 3 + 1 exhibitions over 3 = 2', () => {
    expect(levelFigure('threshold', inputs({ reported: 3, met: 2, value: 6 })).actual).toBe(2);
  });

  it('sum is the total, ratio the total of one element over the other: 450 members in 18 clubs = 25', () => {
    expect(levelFigure('sum', inputs({ reported: 4, value: 1234 })).actual).toBe(1234);
    expect(levelFigure('ratio', inputs({ reported: 4, value: 450, value2: 18 })).actual).toBe(25);
  });

  it('says why there is no figure instead of 0 % or NaN', () => {
    expect(levelFigure('coverage', inputs({}))).toEqual({
      actual: null,
      reason: { code: 'no_institutions', params: {} },
    });
    expect(levelFigure('coverage', inputs({ expected: 40 })).reason?.code).toBe('no_reports');
    expect(levelFigure('coverage', inputs({ reported: 1, met: 1 })).reason?.code).toBe('division_by_zero');
    expect(levelFigure('threshold', inputs({ expected: 5 })).reason?.code).toBe('no_reports');
    expect(levelFigure('ratio', inputs({ reported: 2, value: 10 })).reason?.code).toBe('division_by_zero');
  });

  it('a merge adds the parts before dividing: (28 + 9 + 12) of (40 + 15 + 20) = 65.3 %', () => {
    const merged = sumInputs([
      inputs({ expected: 40, reported: 40, met: 28 }),
      inputs({ expected: 15, reported: 15, met: 9 }),
      inputs({ expected: 20, reported: 18, met: 12 }),
    ]);
    expect(levelFigure('coverage', merged).actual).toBeCloseTo((100 * 49) / 75, 10);
  });

  it('a split with weights keeps the share and scales the counts', () => {
    const part = addInputs(EMPTY_INPUTS, inputs({ expected: 40, reported: 40, met: 30, value: 1000 }), 0.6);
    expect(part.expected).toBeCloseTo(24);
    expect(levelFigure('coverage', part).actual).toBeCloseTo(75);
    expect(levelFigure('sum', part).actual).toBeCloseTo(600);
  });
});

describe('growthOf: compound average from the base year', () => {
  const totals = new Map([
    [2023, inputs({ reported: 10, value: 10_000 })],
    [2024, inputs({ reported: 10, value: 10_600 })],
    [2025, inputs({ reported: 10, value: 11_236 })],
  ]);

  it('10,000 → 11,236 over two years is 6 %/yr', () => {
    const g = growthOf(totals, 2025, 2023);
    expect(g.actual).toBeCloseTo(6, 10);
    expect(g.baselineYear).toBe(2023);
  });

  it('takes the first year with data as the base when the plan gives none', () => {
    expect(growthOf(totals, 2025, null).baselineYear).toBe(2023);
  });

  it('explains a missing, zero or same-year base and a year without reports', () => {
    expect(growthOf(totals, 2025, 2022).reason).toEqual({ code: 'baseline_missing', params: { year: 2022 } });
    expect(growthOf(totals, 2023, null).reason?.code).toBe('baseline_missing');
    expect(growthOf(totals, 2023, 2023).reason).toEqual({ code: 'baseline_is_year', params: { year: 2023 } });
    expect(growthOf(totals, 2026, 2023).reason?.code).toBe('no_reports');
    const zero = new Map([...totals, [2023, inputs({ reported: 1, value: 0 })]]);
    expect(growthOf(zero, 2025, 2023).reason).toEqual({ code: 'baseline_zero', params: { year: 2023 } });
  });

  it('cagr undoes compounding', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: -50, max: 100, noNaN: true }),
        fc.integer({ min: 1, max: 10 }),
        (start, rate, years) => {
          const end = start * (1 + rate / 100) ** years;
          expect(cagr(start, end, years)).toBeCloseTo(rate, 6);
        },
      ),
    );
  });
});

describe('assessTarget', () => {
  const coverage = { kind: 'coverage' as const, direction: 'up' as const, from: null, max: null };

  it('achieved when the figure reaches the target, whatever the year', () => {
    const a = assessTarget({ ...coverage, min: 70, year: 2025, dataYear: 2024, actual: 72, series: [] });
    expect(a).toMatchObject({ status: 'achieved', gap: 2, reason: { code: 'met' } });
  });

  it('off track once the milestone has passed unmet', () => {
    const a = assessTarget({ ...coverage, min: 70, year: 2025, dataYear: 2025, actual: 64, series: [] });
    expect(a).toMatchObject({ status: 'off_track', gap: -6, reason: { code: 'missed' } });
  });

  it('projects the least-squares trend: 40 → 46 → 52 needs 6 points a year to reach 70 in 2026… and has 6', () => {
    const series = [
      { year: 2023, actual: 40 },
      { year: 2024, actual: 46 },
      { year: 2025, actual: 52 },
    ];
    expect(trendPerYear(series, 2025)).toBeCloseTo(6);
    const onTrack = assessTarget({ ...coverage, min: 70, year: 2028, dataYear: 2025, actual: 52, series });
    expect(onTrack).toMatchObject({
      status: 'on_track',
      reason: { code: 'needs_vs_trend', params: { needed: 6, trend: 6, unit: 'points_per_year' } },
    });
    const atRisk = assessTarget({ ...coverage, min: 82, year: 2028, dataYear: 2025, actual: 52, series });
    expect(atRisk.status).toBe('at_risk');
    expect(atRisk.reason?.params).toMatchObject({ needed: 10, trend: 6 });
    const off = assessTarget({ ...coverage, min: 100, year: 2027, dataYear: 2025, actual: 52, series });
    expect(off.status).toBe('off_track');
  });

  it('a single year of data has no trend yet', () => {
    const a = assessTarget({ ...coverage, min: 70, year: 2030, dataYear: 2025, actual: 50, series: [] });
    expect(a).toMatchObject({ status: 'at_risk', reason: { code: 'no_trend', params: { needed: 4 } } });
  });

  it('growth: needs +11.6 %/yr from 2025 to 2030 against a trend of +6 %/yr', () => {
    // 10 %/yr from 2023 to 2030 needs 10,000 × 1.1⁷ = 19,487 in 2030; from 11,236 in 2025 that is
    // (19,487 / 11,236)^(1/5) − 1 = 11.6 %/yr, while the last two years grew 6 %/yr.
    const totals = new Map([
      [2023, inputs({ reported: 10, value: 10_000 })],
      [2024, inputs({ reported: 10, value: 10_600 })],
      [2025, inputs({ reported: 10, value: 11_236 })],
    ]);
    const a = assessTarget({
      kind: 'growth',
      direction: 'up',
      min: 10,
      max: 12,
      year: 2030,
      from: null,
      dataYear: 2025,
      actual: 6,
      series: [],
      totals,
      baselineYear: 2023,
    });
    expect(a.status).toBe('at_risk');
    expect(a.gap).toBeCloseTo(-4);
    expect(a.reason).toEqual({
      code: 'needs_vs_trend',
      params: { needed: 11.6, trend: 6, unit: 'percent_per_year' },
    });
  });

  it('a yearly threshold is judged on the year, and every institution should reach it', () => {
    const base = {
      kind: 'threshold' as const,
      direction: 'up' as const,
      min: 2,
      max: 3,
      year: 2030,
      from: 2023,
      dataYear: 2026,
      series: [],
      threshold: 2,
    };
    expect(assessTarget({ ...base, actual: 2.5, reported: 4, met: 4 }).status).toBe('achieved');
    expect(assessTarget({ ...base, actual: 2.5, reported: 4, met: 3 })).toMatchObject({
      status: 'at_risk',
      reason: { code: 'units_below_threshold', params: { below: 1, threshold: 2 } },
    });
    expect(assessTarget({ ...base, actual: 1.5, reported: 4, met: 1 }).status).toBe('off_track');
  });

  it('no figure, no status', () => {
    expect(
      assessTarget({ ...coverage, min: 70, year: 2025, dataYear: 2024, actual: null, series: [] }),
    ).toEqual({
      status: 'no_data',
      gap: null,
      reason: null,
    });
  });

  it('a target going down mirrors one going up', () => {
    const a = assessTarget({
      kind: 'sum',
      direction: 'down',
      min: null,
      max: 10,
      year: 2025,
      from: null,
      dataYear: 2025,
      actual: 8,
      series: [],
    });
    expect(a).toMatchObject({ status: 'achieved', gap: -2 });
  });
});
