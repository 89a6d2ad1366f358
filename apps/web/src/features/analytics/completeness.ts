import type { Board, BoardRow, BoardStatus } from '@suotdoi/shared';

/**
 * Tính đầy đủ và kịp thời by child unit: the deadline board's expected reports (the whole subtree) gathered under
 * the child of the board's unit they belong to, so a province sees each commune's institutions and the commune's
 * own report together. No React.
 */
export interface ChildCompleteness {
  unitId: number;
  name: string;
  code: string;
  /** The unit's kind (institution, commune, province), when known. */
  kind: string | null;
  expected: number;
  submitted: number;
  approved: number;
  onTime: number;
  /** Submitted after the deadline. */
  late: number;
  /** Not submitted although the deadline has passed. */
  overdue: number;
  /** submitted ÷ expected, 0–1. */
  share: number | null;
}

const SUBMITTED: ReadonlySet<BoardStatus> = new Set(['submitted', 'approved', 'locked']);
const APPROVED: ReadonlySet<BoardStatus> = new Set(['approved', 'locked']);

export const isSubmitted = (row: Pick<BoardRow, 'status'>) => SUBMITTED.has(row.status);

/**
 * The child of `rootId` a row lies under: walk up the rows' parents until the parent is the root. A parent that
 * is not itself a row (no report of its own) is taken as the child, which is right for a province's communes.
 */
export function childOf(row: BoardRow, rootId: number, parents: ReadonlyMap<number, number | null>): number {
  let id = row.unit.id;
  let parent = row.parentId;
  for (let steps = 0; steps < 10 && parent !== null && parent !== rootId; steps++) {
    if (!parents.has(parent)) return parent;
    id = parent;
    parent = parents.get(parent) ?? null;
  }
  return id;
}

export function completenessByChild(
  board: Pick<Board, 'unit' | 'rows'>,
  names: ReadonlyMap<number, { name: string; code: string; kind?: string }> = new Map(),
): ChildCompleteness[] {
  const parents = new Map(board.rows.map((r) => [r.unit.id, r.parentId] as const));
  const known = new Map(names);
  for (const r of board.rows)
    known.set(r.unit.id, { name: r.unit.name, code: r.unit.code, kind: r.unit.kind });
  const groups = new Map<number, ChildCompleteness>();
  for (const row of board.rows) {
    const child = childOf(row, board.unit.id, parents);
    let g = groups.get(child);
    if (!g) {
      const unit = known.get(child);
      g = {
        unitId: child,
        name: unit?.name ?? `#${child}`,
        code: unit?.code ?? '',
        kind: unit?.kind ?? null,
        expected: 0,
        submitted: 0,
        approved: 0,
        onTime: 0,
        late: 0,
        overdue: 0,
        share: null,
      };
      groups.set(child, g);
    }
    const submitted = isSubmitted(row);
    g.expected += 1;
    if (submitted) g.submitted += 1;
    if (APPROVED.has(row.status)) g.approved += 1;
    if (row.onTime === true) g.onTime += 1;
    if (row.onTime === false) {
      if (submitted) g.late += 1;
      else g.overdue += 1;
    }
  }
  return [...groups.values()].map((g) => ({ ...g, share: g.expected > 0 ? g.submitted / g.expected : null }));
}
