import { type BoardRow, type BoardStatus, foldDiacritics } from '@suotdoi/shared';

/** What the board page does with the rows it holds: filter, sort keys, timeliness labels. No React. */

export const TIMELINESS = ['on_time', 'late', 'pending'] as const;
export type Timeliness = (typeof TIMELINESS)[number];

/** on_time / late (submitted late, or overdue and not submitted) / pending (not submitted, not yet due). */
export function timelinessOf(row: Pick<BoardRow, 'onTime'>): Timeliness {
  return row.onTime === true ? 'on_time' : row.onTime === false ? 'late' : 'pending';
}

export interface BoardFilters {
  q?: string;
  status?: BoardStatus;
  timeliness?: Timeliness;
}

/** The rows matching the search (name or code, diacritics ignored), the status and the timeliness. */
export function filterRows(rows: readonly BoardRow[], f: BoardFilters): BoardRow[] {
  const q = f.q ? foldDiacritics(f.q.trim()).toLowerCase() : '';
  return rows.filter(
    (r) =>
      (!q ||
        foldDiacritics(r.unit.name).toLowerCase().includes(q) ||
        r.unit.code.toLowerCase().includes(q)) &&
      (!f.status || r.status === f.status) &&
      (!f.timeliness || timelinessOf(r) === f.timeliness),
  );
}

const STATUS_ORDER: Record<BoardStatus, number> = {
  not_started: 0,
  draft: 1,
  returned: 2,
  submitted: 3,
  approved: 4,
  locked: 5,
};

/** Comparators for the table's sortable columns. */
export const sorters = {
  unit: (a: BoardRow, b: BoardRow) => a.unit.name.localeCompare(b.unit.name, 'vi'),
  level: (a: BoardRow, b: BoardRow) => a.level.localeCompare(b.level),
  status: (a: BoardRow, b: BoardRow) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status],
  deadline: (a: BoardRow, b: BoardRow) => a.deadline.localeCompare(b.deadline),
  submittedAt: (a: BoardRow, b: BoardRow) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''),
  daysLate: (a: BoardRow, b: BoardRow) => a.daysLate - b.daysLate,
  approvedAt: (a: BoardRow, b: BoardRow) => (a.approvedAt ?? '').localeCompare(b.approvedAt ?? ''),
};

/** A 0–1 share as a whole percent, or null. */
export const percentOf = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
