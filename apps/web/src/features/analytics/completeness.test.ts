import type { BoardRow } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import { completenessByChild } from './completeness';

let nextId = 100;
const row = (
  unitId: number,
  parentId: number,
  status: BoardRow['status'],
  onTime: boolean | null,
  level: BoardRow['level'] = 'institution',
): BoardRow => ({
  unit: { id: unitId, code: `U${unitId}`, name: `Đơn vị ${unitId}`, kind: level },
  parentId,
  level,
  formId: 1,
  formCode: 'LIBRARY_ANNUAL',
  reportId: nextId++,
  status,
  deadline: '2026-01-20',
  submittedAt: null,
  onTime,
  daysLate: 0,
  approvedBy: null,
  approvedAt: null,
});

describe('completenessByChild', () => {
  it('gathers a province’s institutions under their communes, with the communes’ own reports', () => {
    const province = { id: 1, code: '37', name: 'Ninh Bình', kind: 'province' };
    const rows = [
      row(10, 1, 'approved', true, 'commune'),
      row(11, 10, 'approved', true),
      row(12, 10, 'submitted', false),
      row(13, 10, 'draft', false),
      row(20, 1, 'not_started', null, 'commune'),
      row(21, 20, 'not_started', null),
    ];
    const byChild = completenessByChild({ unit: province, rows });
    expect(byChild).toEqual([
      expect.objectContaining({
        unitId: 10,
        name: 'Đơn vị 10',
        expected: 4,
        submitted: 3,
        approved: 2,
        onTime: 2,
        late: 1,
        overdue: 1,
        share: 0.75,
      }),
      expect.objectContaining({ unitId: 20, expected: 2, submitted: 0, overdue: 0, share: 0 }),
    ]);
  });

  it('walks up through communes to the country’s provinces, and names a child without a report of its own', () => {
    const country = { id: 1, code: 'VN', name: 'Việt Nam', kind: 'country' };
    const rows = [
      row(5, 1, 'approved', true, 'province'),
      row(50, 5, 'approved', true, 'commune'),
      row(500, 50, 'submitted', true),
      row(700, 7, 'draft', null),
    ];
    const byChild = completenessByChild(
      { unit: country, rows },
      new Map([[7, { name: 'Tỉnh bảy', code: '07' }]]),
    );
    expect(byChild.map((g) => [g.unitId, g.expected, g.name])).toEqual([
      [5, 3, 'Đơn vị 5'],
      [7, 1, 'Tỉnh bảy'],
    ]);
  });
});
