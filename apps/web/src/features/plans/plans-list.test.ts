import { describe, expect, it } from 'vitest';
import type { PlanSummary } from '../../api/plans';
import { engagementPercent, selectPlans } from './plans-list';

const plan = (id: number, patch: Partial<PlanSummary>): PlanSummary =>
  ({
    id,
    key: `p${id}`,
    kind: 'plan',
    symbol: null,
    title: 'Kế hoạch',
    issuerName: 'UBND',
    date: '2023-01-01',
    datePrecision: 'day',
    scopeUnitId: null,
    scopeName: null,
    provinceId: null,
    status: 'active',
    origin: 'builtin',
    targetCount: 0,
    taskCount: 0,
    engagement: { period: '2026', updatedTasks: 0, totalTasks: 0, share: null },
    updatedAt: '',
    ...patch,
  }) as PlanSummary;

const plans = [
  plan(1, { issuerName: 'Ủy ban nhân dân tỉnh Lào Cai', date: '2023-01-01', targetCount: 32 }),
  plan(2, { kind: 'program', symbol: '1520/QĐ-TTg', issuerName: 'Thủ tướng Chính phủ', date: '2022-12-09' }),
  plan(3, {
    issuerName: 'Ủy ban nhân dân huyện Cát Hải',
    date: '2023-03-03',
    status: 'completed',
    targetCount: 8,
  }),
];

describe('selectPlans', () => {
  it('puts the Program first, then the plans by date', () => {
    expect(selectPlans(plans, {}).map((p) => p.id)).toEqual([2, 1, 3]);
  });

  it('searches without diacritics and filters by status', () => {
    expect(selectPlans(plans, { q: 'cat hai' }).map((p) => p.id)).toEqual([3]);
    expect(selectPlans(plans, { status: 'completed' }).map((p) => p.id)).toEqual([3]);
  });

  it('sorts by a column either way', () => {
    expect(selectPlans(plans, { sort: 'targets', order: 'desc' }).map((p) => p.id)).toEqual([1, 3, 2]);
    expect(selectPlans(plans, { sort: 'issuer' }).map((p) => p.id)).toEqual([2, 3, 1]);
  });
});

describe('engagementPercent', () => {
  it('rounds the share, and has none without tasks', () => {
    expect(engagementPercent(0.666)).toBe(67);
    expect(engagementPercent(null)).toBeNull();
  });
});
