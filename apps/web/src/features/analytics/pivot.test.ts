import type { Figure, FiguresResponse } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import { nestedDim, normaliseLayout, pivotFigures, pivotSheet, toCsv, withoutEmptyRows } from './pivot';

const figure = (unitId: number, indicator: string, year: number, actual: number | null): Figure => ({
  unitId,
  indicator,
  year,
  actual,
  reason: actual === null ? { code: 'no_reports', params: {} } : null,
  expected: 1,
  submitted: 1,
  reported: 1,
  met: 1,
  value: 1,
  value2: 0,
  asOf: null,
});

const data: FiguresResponse = {
  units: [
    { id: 1, code: '01', name: 'Hà Nội', kind: 'province', category: null },
    { id: 2, code: '37', name: 'Ninh Bình', kind: 'province', category: null },
  ],
  indicators: [
    {
      code: 'A',
      name: { vi: 'Chỉ số A', en: 'A' },
      kind: 'coverage',
      unit: 'percent',
      direction: 'up',
      threshold: null,
      categories: [],
    },
    {
      code: 'B',
      name: { vi: 'Chỉ số B', en: 'B' },
      kind: 'sum',
      unit: 'count',
      direction: 'up',
      threshold: null,
      categories: [],
    },
  ],
  figures: [
    figure(1, 'A', 2024, 40),
    figure(1, 'A', 2025, 55.555),
    figure(2, 'A', 2025, null),
    figure(2, 'B', 2024, 12),
  ],
  structureDate: '2026-01-01',
};
const labels = {
  indicator: (c: string) => `Chỉ số ${c}`,
  unit: (id: number) => (id === 1 ? 'Hà Nội' : 'Ninh Bình'),
};

describe('pivotFigures', () => {
  it('puts units down, years across and indicators inside the units', () => {
    const p = pivotFigures(data, { rows: 'unit', cols: 'year' }, labels);
    expect(p.dims).toEqual(['unit', 'indicator', 'year']);
    expect(p.columns.map((c) => c.label)).toEqual(['2024', '2025']);
    expect(p.rows.map((r) => r.labels)).toEqual([
      ['Hà Nội', 'Chỉ số A'],
      ['Hà Nội', 'Chỉ số B'],
      ['Ninh Bình', 'Chỉ số A'],
      ['Ninh Bình', 'Chỉ số B'],
    ]);
    expect(p.rows[0]!.cells.map((c) => c.value)).toEqual([40, 55.555]);
    expect(p.rows[2]!.cells.map((c) => c.value)).toEqual([null, null]);
    expect(p.rows[3]!.cells.map((c) => c.value)).toEqual([12, null]);
    expect(p.rows[3]!.cells[0]!.indicator).toBe('B');
  });

  it('keeps every figure whichever way it is turned', () => {
    for (const rows of ['indicator', 'unit', 'year'] as const) {
      for (const cols of ['indicator', 'unit', 'year'] as const) {
        const p = pivotFigures(data, normaliseLayout(rows, cols), labels);
        const values = p.rows.flatMap((r) => r.cells.map((c) => c.value)).filter((v) => v !== null);
        expect(values.sort()).toEqual([12, 40, 55.555].sort());
      }
    }
  });

  it('orders units by name and can leave out the rows without any figure', () => {
    const reversed = { ...data, units: [...data.units].reverse() };
    const p = pivotFigures(reversed, { rows: 'unit', cols: 'year' }, labels);
    expect(p.rows[0]!.labels[0]).toBe('Hà Nội');
    expect(withoutEmptyRows(p).rows.map((r) => r.labels)).toEqual([
      ['Hà Nội', 'Chỉ số A'],
      ['Ninh Bình', 'Chỉ số B'],
    ]);
  });

  it('tells the nested dimension and never lays the same one on both axes', () => {
    expect(nestedDim({ rows: 'indicator', cols: 'unit' })).toBe('year');
    expect(normaliseLayout('year', 'year')).toEqual({ rows: 'year', cols: 'indicator' });
  });
});

describe('pivotSheet and toCsv', () => {
  it('writes a header of dimension names and rounded numbers, as CSV with a BOM and quoted text', () => {
    const p = pivotFigures(data, { rows: 'indicator', cols: 'year' }, labels);
    const sheet = pivotSheet(p, (d) => ({ indicator: 'Chỉ số', unit: 'Đơn vị', year: 'Năm' })[d]);
    expect(sheet[0]).toEqual(['Chỉ số', 'Đơn vị', '2024', '2025']);
    expect(sheet[1]).toEqual(['Chỉ số A', 'Hà Nội', 40, 55.56]);
    const csv = toCsv([['a, b', 'say "hi"', 1.5, null]]);
    expect(csv).toBe('\uFEFF"a, b","say ""hi""",1.5,\r\n');
  });
});
