import type { ScorecardRow } from '@suotdoi/shared';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  ALL_CATEGORIES,
  filterScorecard,
  scorecardCategories,
  scorecardSheet,
  scorecardSorters,
  statusCounts,
} from './scorecard-view';

const row = (targetId: number, patch: Partial<ScorecardRow> = {}): ScorecardRow => ({
  targetId,
  indicator: 'LIB_LLL_SERVICE_COVERAGE',
  kind: 'coverage',
  unit: 'percent',
  category: 'library_commune',
  categories: null,
  year: 2030,
  from: null,
  target: { min: 70, max: null },
  dataYear: 2026,
  actual: 40,
  gap: -30,
  status: 'at_risk',
  reason: { code: 'needs_vs_trend', params: { needed: 7.5, trend: 5, unit: 'percent' } },
  reported: 3,
  expected: 40,
  submitted: 5,
  met: 16,
  baselineYear: null,
  trend: [],
  asOf: null,
  ...patch,
});

const rows = [
  row(1),
  row(2, { status: 'achieved', category: 'library_province', actual: 100, gap: 0 }),
  row(3, { status: 'no_data', category: null, categories: null, actual: null, gap: null }),
  row(4, { status: 'off_track', category: null, categories: ['museum_public', 'museum_non_public'] }),
];

describe('filterScorecard', () => {
  it('filters by status and by category, pooled targets included', () => {
    expect(filterScorecard(rows, { status: 'achieved' }).map((r) => r.targetId)).toEqual([2]);
    expect(filterScorecard(rows, { category: 'museum_public' }).map((r) => r.targetId)).toEqual([4]);
    expect(filterScorecard(rows, { category: ALL_CATEGORIES }).map((r) => r.targetId)).toEqual([3]);
    expect(filterScorecard(rows, {})).toHaveLength(4);
  });

  it('offers the categories the rows name', () => {
    expect(scorecardCategories(rows)).toEqual([
      'library_commune',
      'library_province',
      ALL_CATEGORIES,
      'museum_public',
      'museum_non_public',
    ]);
  });
});

describe('the scorecard sorters', () => {
  it('put the targets in trouble first and rows without a value last', () => {
    expect([...rows].sort(scorecardSorters.status).map((r) => r.status)).toEqual([
      'off_track',
      'at_risk',
      'no_data',
      'achieved',
    ]);
    expect([...rows].sort(scorecardSorters.actual).map((r) => r.targetId)).toEqual([1, 4, 2, 3]);
  });

  it('count the rows in each status', () => {
    expect(statusCounts(rows)).toEqual({ achieved: 1, on_track: 0, at_risk: 1, off_track: 1, no_data: 1 });
  });
});

describe('scorecardSheet', () => {
  it('writes a header and one row per target, numbers as numbers', () => {
    const t = ((key: string) => key) as unknown as TFunction;
    const sheet = scorecardSheet([row(1, { actual: 40.1234 })], [], t, 'vi');
    expect(sheet).toHaveLength(2);
    expect(sheet[0]![0]).toBe('analytics.columns.indicator');
    expect(sheet[1]!.slice(4, 8)).toEqual(['≥ 70 %', 2026, 40.12, -30]);
    expect(sheet[1]![8]).toBe('analytics.status.at_risk');
  });
});
