import type { BoardRow } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import { filterRows, percentOf, sorters, timelinessOf } from './board-view';

const row = (over: Partial<BoardRow>): BoardRow => ({
  unit: { id: 1, code: 'X1', name: 'Thư viện xã', kind: 'institution' },
  parentId: 2,
  level: 'institution',
  formId: 1,
  formCode: 'LIBRARY_ANNUAL',
  reportId: null,
  status: 'not_started',
  deadline: '2026-11-11',
  submittedAt: null,
  onTime: null,
  daysLate: 0,
  approvedBy: null,
  approvedAt: null,
  ...over,
});

describe('the board view', () => {
  const rows = [
    row({
      unit: { id: 1, code: 'LIB', name: 'Thư viện xã', kind: 'institution' },
      onTime: true,
      status: 'approved',
    }),
    row({ unit: { id: 2, code: 'MUS', name: 'Bảo tàng', kind: 'institution' }, onTime: false, daysLate: 2 }),
    row({ unit: { id: 3, code: 'CC', name: 'Nhà văn hóa', kind: 'institution' } }),
  ];

  it('reads timeliness from onTime', () => {
    expect(rows.map(timelinessOf)).toEqual(['on_time', 'late', 'pending']);
  });

  it('filters by name without diacritics, by code, status and timeliness', () => {
    expect(filterRows(rows, { q: 'thu vien' }).map((r) => r.unit.id)).toEqual([1]);
    expect(filterRows(rows, { q: 'mus' }).map((r) => r.unit.id)).toEqual([2]);
    expect(filterRows(rows, { status: 'not_started' }).map((r) => r.unit.id)).toEqual([2, 3]);
    expect(filterRows(rows, { timeliness: 'late' }).map((r) => r.unit.id)).toEqual([2]);
  });

  it('sorts by status in workflow order and by days late', () => {
    expect([...rows].sort(sorters.status).map((r) => r.unit.id)).toEqual([2, 3, 1]);
    expect([...rows].sort(sorters.daysLate).map((r) => r.daysLate)).toEqual([0, 0, 2]);
  });

  it('shows shares as percents with one decimal', () => {
    expect(percentOf(0.5)).toBe(50);
    expect(percentOf(2 / 3)).toBe(66.7);
    expect(percentOf(null)).toBeNull();
  });
});
