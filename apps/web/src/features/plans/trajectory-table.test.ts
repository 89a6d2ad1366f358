import { describe, expect, it } from 'vitest';
import { hasTrajectory, trajectoryTable } from './trajectory-table';

const point = (year: number, value: number | null, min = value, max = value) => ({ year, value, min, max });

describe('trajectoryTable', () => {
  it('puts each milestone in its own column and each year in a row, in order', () => {
    const t2030 = { id: 2, year: 2030, trajectory: [point(2025, 70), point(2028, 82), point(2030, 90)] };
    const t2025 = { id: 1, year: 2025, trajectory: [point(2022, 35), point(2025, 70)] };
    const table = trajectoryTable([t2030, t2025]);
    expect(table.columns.map((c) => c.year)).toEqual([2025, 2030]);
    expect(table.rows.map((r) => r.year)).toEqual([2022, 2025, 2028, 2030]);
    expect(table.rows[1]!.byTarget).toEqual({ 1: point(2025, 70), 2: point(2025, 70) });
    expect(table.rows[0]!.byTarget[2]).toBeUndefined();
  });

  it('keeps a range as its band', () => {
    const growth = { id: 3, year: 2030, trajectory: [point(2026, null, 10, 12), point(2030, null, 10, 12)] };
    expect(trajectoryTable([growth]).rows[0]!.byTarget[3]).toEqual({
      year: 2026,
      value: null,
      min: 10,
      max: 12,
    });
  });

  it('leaves out targets without a path, and reads a missing field as empty', () => {
    const none = { id: 4, year: 2025, trajectory: [] };
    const old = { id: 5, year: 2030 };
    expect(hasTrajectory(none)).toBe(false);
    expect(hasTrajectory(old)).toBe(false);
    expect(trajectoryTable([none, old])).toEqual({ columns: [], rows: [] });
  });
});
