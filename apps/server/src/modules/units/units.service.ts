import {
  type AsOfQuery,
  compareVi,
  foldDiacritics,
  type LineageKind,
  type Successor,
  todayInVietnam,
  type Unit,
  type UnitDetail,
  type UnitListQuery,
} from '@suotdoi/shared';
import type { DbOrTx } from '../../db/client';
import { assertUnitAccess, scopedUnitIds } from '../auth/access';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { selectSuccessors } from './lineage.repo';
import { notFound, referenceDate } from './unit-checks';
import {
  findAncestorIds,
  findLineageLinks,
  findNames,
  findParentLinks,
  findUnitById,
  findUnits,
  type UnitRow,
} from './units.repo';

/** Everything a list may hold when no limit is asked: all communes of one date, never silently cut. */
const DEFAULT_LIMIT = 20_000;

export const sortUnits = <T extends { name: string; code: string }>(rows: T[]): T[] =>
  rows.sort((a, b) => compareVi(a.name, b.name) || a.code.localeCompare(b.code));

/**
 * Đơn vị: the units valid on `asOf` (today in Vietnam by default) that the actor may read, each with its name
 * and parent as of that date and the number of its children then, sorted the Vietnamese way. `q` ignores
 * diacritics ("ninh binh" finds Ninh Bình) and also matches a code exactly.
 */
export async function listUnits(actor: Actor, query: UnitListQuery, deps: ServiceDeps): Promise<Unit[]> {
  const asOf = query.asOf ?? todayInVietnam(deps.clock());
  const q = query.q ? foldDiacritics(query.q) : undefined;
  const rows = await findUnits(deps.db, {
    asOf,
    level: query.level,
    parentId: query.parentId,
    q: q || undefined,
    scope: scopedUnitIds(actor, 'unit.read'),
  });
  return sortUnits(rows).slice(0, query.limit ?? DEFAULT_LIMIT);
}

/** A readable unit or NOT_FOUND (outside the actor's scope looks like absence). */
async function loadReadable(db: DbOrTx, actor: Actor, id: number) {
  await assertUnitAccess(db, actor, 'unit.read', id);
  return (await findUnitById(db, id)) ?? notFound('unit', id);
}

/**
 * One unit with its whole history: every dated parent link, its names over time, its predecessors and
 * successors with the event of each link. Name, parent and child count are as of today, or of its last day
 * for a unit that has ended.
 */
export async function getUnitDetail(actor: Actor, id: number, deps: ServiceDeps): Promise<UnitDetail> {
  const unit = await loadReadable(deps.db, actor, id);
  const asOf = referenceDate(unit, todayInVietnam(deps.clock()));
  const [row] = await findUnits(deps.db, { asOf, ids: [id], scope: null, anyValidity: true });
  const [parents, predecessors, successors, names] = await Promise.all([
    findParentLinks(deps.db, id),
    findLineageLinks(deps.db, id, 'to'),
    findLineageLinks(deps.db, id, 'from'),
    findNames(deps.db, id),
  ]);
  const lineage = (links: typeof predecessors) => links.map((l) => ({ ...l, kind: l.kind as LineageKind }));
  return {
    ...row!,
    parents: parents.map(({ id: _link, ...p }) => p),
    predecessors: lineage(predecessors),
    successors: lineage(successors),
    source: unit.source,
    names,
    agencyType: unit.agencyType,
    sector: unit.sector,
  };
}

/** The children valid on `asOf` (by default today, or the unit's last day) that the actor may read. */
export async function listChildren(
  actor: Actor,
  id: number,
  query: AsOfQuery,
  deps: ServiceDeps,
): Promise<Unit[]> {
  const unit = await loadReadable(deps.db, actor, id);
  const asOf = query.asOf ?? referenceDate(unit, todayInVietnam(deps.clock()));
  const rows = await findUnits(deps.db, { asOf, parentId: id, scope: scopedUnitIds(actor, 'unit.read') });
  return sortUnits(rows);
}

/**
 * The breadcrumb: the chain of parents on `asOf`, country first. The chain above a readable unit is shown even
 * where the actor cannot open those units, as a breadcrumb needs their names.
 */
export async function listAncestors(
  actor: Actor,
  id: number,
  query: AsOfQuery,
  deps: ServiceDeps,
): Promise<Unit[]> {
  const unit = await loadReadable(deps.db, actor, id);
  const asOf = query.asOf ?? referenceDate(unit, todayInVietnam(deps.clock()));
  const ids = await findAncestorIds(deps.db, id, asOf);
  const rows = new Map<number, UnitRow>(
    (await findUnits(deps.db, { asOf, ids, scope: null })).map((r) => [r.id, r] as [number, UnitRow]),
  );
  return ids
    .reverse()
    .map((ancestor) => rows.get(ancestor))
    .filter((r): r is UnitRow => r !== undefined);
}

/** Where a readable unit's history goes on `date` (today by default); see findSuccessors. */
export async function listSuccessors(
  actor: Actor,
  id: number,
  query: { date?: string },
  deps: ServiceDeps,
): Promise<Successor[]> {
  await loadReadable(deps.db, actor, id);
  return findSuccessors(deps.db, id, query.date ?? todayInVietnam(deps.clock()));
}

/**
 * Kế thừa: the units that carry a unit's history on `date`, with the share each received (weights multiplied
 * along a chain of events, summed over paths). A unit valid on the date is its own successor. The SQL twin of
 * successorsAt in packages/shared; analytics uses it to put old figures onto today's units. No scope check.
 */
export async function findSuccessors(db: DbOrTx, unitId: number, date: string): Promise<Successor[]> {
  return selectSuccessors(db, unitId, date);
}
