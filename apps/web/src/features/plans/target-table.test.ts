import { describe, expect, it } from 'vitest';
import { groupTargets } from './target-table';

describe('groupTargets', () => {
  it('groups by indicator, rows by category in catalogue order, columns by year', () => {
    const groups = groupTargets([
      { id: 1, indicator: 'LIB', category: 'library_commune', year: 2030 },
      { id: 2, indicator: 'LIB', category: 'library_district', year: 2025 },
      { id: 3, indicator: 'LIB', category: 'library_district', year: 2030 },
      { id: 4, indicator: 'GROWTH', category: null, year: 2025 },
      { id: 5, indicator: 'LIB', category: 'library_commune', year: 2025 },
    ]);
    expect(groups.map((g) => g.indicator)).toEqual(['LIB', 'GROWTH']);
    const lib = groups[0]!;
    expect(lib.years).toEqual([2025, 2030]);
    expect(lib.rows.map((r) => r.category)).toEqual(['library_district', 'library_commune']);
    expect(lib.rows[0]!.byYear[2030]!.id).toBe(3);
    expect(groups[1]!.rows[0]!.key).toBe('*');
  });
});
