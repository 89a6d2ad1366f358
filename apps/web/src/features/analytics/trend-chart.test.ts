import type { ScorecardRow } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import { chartTop, targetBands, trendOption } from './trend-chart';

const row = (patch: Partial<ScorecardRow>): ScorecardRow =>
  ({
    targetId: 1,
    indicator: 'A',
    category: 'library_commune',
    categories: null,
    year: 2025,
    from: null,
    target: { min: 40, max: null },
    ...patch,
  }) as ScorecardRow;

describe('targetBands', () => {
  it('keeps the targets on the same indicator and categories, a yearly one over its years', () => {
    const rows = [
      row({}),
      row({ targetId: 2, year: 2030, target: { min: 70, max: 80 } }),
      row({ targetId: 3, category: 'library_province' }),
      row({ targetId: 4, indicator: 'B' }),
      row({
        targetId: 5,
        category: null,
        categories: null,
        year: 2030,
        from: 2023,
        target: { min: null, max: null },
      }),
    ];
    const bands = targetBands(rows, 'A', ['library_commune'], (r) => `#${r.targetId}`);
    expect(bands).toEqual([
      { from: 2025, to: 2025, min: 40, max: null, label: '#1' },
      { from: 2030, to: 2030, min: 70, max: 80, label: '#2' },
    ]);
    const yearly = targetBands([row({ from: 2023, year: 2030, category: null })], 'A', [], () => '');
    expect(yearly[0]).toMatchObject({ from: 2023, to: 2030 });
  });
});

describe('trendOption', () => {
  it('runs the axis over the data and the targets, and an open range to the top', () => {
    const input = {
      points: [
        { year: 2023, actual: 20 },
        { year: 2024, actual: null },
        { year: 2025, actual: 35 },
      ],
      bands: [{ from: 2030, to: 2030, min: 70, max: null, label: '≥ 70 %' }],
      isPercent: true,
      seriesName: 'Thực hiện',
      bandName: 'Chỉ tiêu',
      formatValue: (v: number | null) => String(v),
    };
    expect(chartTop(input)).toBe(100);
    const option = trendOption(input) as {
      xAxis: { min: number; max: number };
      series: { data: unknown[]; markArea?: { data: unknown[] } }[];
    };
    expect(option.xAxis.min).toBe(2022.5);
    expect(option.xAxis.max).toBe(2030.5);
    expect(option.series[0]!.data).toEqual([
      [2023, 20],
      [2024, null],
      [2025, 35],
    ]);
    expect(option.series[0]!.markArea!.data).toEqual([
      [
        { name: '≥ 70 %', xAxis: 2029.6, yAxis: 70 },
        { xAxis: 2030.4, yAxis: 100 },
      ],
    ]);
  });

  it('scales a count above its highest value', () => {
    expect(chartTop({ points: [{ year: 2024, actual: 10 }], bands: [], isPercent: false })).toBe(12);
    expect(chartTop({ points: [], bands: [], isPercent: false })).toBe(2);
  });
});
