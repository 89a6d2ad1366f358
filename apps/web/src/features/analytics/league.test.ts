import type { AnalyticsUnit, Figure } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import { leagueRows, reportedShare } from './league';

const unit = (id: number, name: string): AnalyticsUnit => ({
  id,
  code: String(id),
  name,
  kind: 'province',
  category: null,
});
const figure = (unitId: number, actual: number | null, patch: Partial<Figure> = {}): Figure => ({
  unitId,
  indicator: 'A',
  year: 2026,
  actual,
  reason: null,
  expected: 10,
  submitted: 5,
  reported: 4,
  met: 2,
  value: 0,
  value2: 0,
  asOf: null,
  ...patch,
});

describe('leagueRows', () => {
  const units = [
    unit(1, 'Bắc Ninh'),
    unit(2, 'An Giang'),
    unit(3, 'Cà Mau'),
    unit(4, 'Đà Nẵng'),
    unit(5, 'Huế'),
  ];
  const figures = [
    figure(1, 40),
    figure(2, 80),
    figure(3, 40),
    figure(4, null),
    figure(5, 99, { year: 2025 }),
  ];

  it('ranks the best first, shares a rank on equal values and puts units without a value last', () => {
    const rows = leagueRows({ units, figures }, 'A', 2026);
    expect(rows.map((r) => [r.unit.name, r.rank])).toEqual([
      ['An Giang', 1],
      ['Bắc Ninh', 2],
      ['Cà Mau', 2],
      ['Đà Nẵng', null],
      ['Huế', null],
    ]);
  });

  it('ranks the lowest first where lower is better', () => {
    const rows = leagueRows({ units, figures }, 'A', 2026, 'down');
    expect(rows[0]!.unit.name).toBe('Bắc Ninh');
    expect(rows[2]!.rank).toBe(3);
  });

  it('reads the share of units that reported', () => {
    expect(reportedShare(figure(1, 1))).toBe(0.4);
    expect(reportedShare(figure(1, 1, { expected: 0 }))).toBeNull();
    expect(reportedShare(null)).toBeNull();
  });
});
