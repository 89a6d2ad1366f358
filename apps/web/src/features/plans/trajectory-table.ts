/**
 * A targets row's yearly paths (Target.trajectory, packages/shared/src/domain/trajectory.ts) as one small table,
 * pure: a row per year, a column per milestone. The milestones are not merged into one line: a 2030 target
 * starting from the baseline and the 2025 one cross the same years on different lines, and both are the plan's.
 */

export interface TrajectoryPointLike {
  year: number;
  value: number | null;
  min: number | null;
  max: number | null;
}

export interface TrajectoryTargetLike {
  id: number;
  year: number;
  /** Absent from a server older than the field: read as empty. */
  trajectory?: readonly TrajectoryPointLike[] | null;
}

export interface TrajectoryYearRow {
  year: number;
  /** By target id; missing where that milestone's path does not reach the year. */
  byTarget: Record<number, TrajectoryPointLike>;
}

export interface TrajectoryTable<T> {
  /** The targets with a path, by milestone year. */
  columns: T[];
  rows: TrajectoryYearRow[];
}

export function hasTrajectory(target: TrajectoryTargetLike): boolean {
  return (target.trajectory?.length ?? 0) > 0;
}

export function trajectoryTable<T extends TrajectoryTargetLike>(targets: readonly T[]): TrajectoryTable<T> {
  const columns = targets.filter(hasTrajectory).sort((a, b) => a.year - b.year || a.id - b.id);
  const byYear = new Map<number, TrajectoryYearRow>();
  for (const target of columns) {
    for (const point of target.trajectory ?? []) {
      let row = byYear.get(point.year);
      if (!row) {
        row = { year: point.year, byTarget: {} };
        byYear.set(point.year, row);
      }
      row.byTarget[target.id] ??= point;
    }
  }
  return { columns, rows: [...byYear.values()].sort((a, b) => a.year - b.year) };
}
