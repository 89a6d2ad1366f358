import {
  AppError,
  type CreateInstitution,
  foldDiacritics,
  INSTITUTION_CATEGORIES,
  type Institution,
  type InstitutionExportQuery,
  type InstitutionList,
  type InstitutionListQuery,
  type IsoDate,
  normalizeText,
  todayInVietnam,
  type UpdateInstitution,
} from '@suotdoi/shared';
import type { DbOrTx } from '../../db/client';
import { recordAudit } from '../audit/audit.record';
import { assertUnitAccess, canReachUnit, scopedUnitIds } from '../auth/access';
import type { Actor } from '../auth/actor';
import { unitsWithPermission } from '../auth/auth.policy';
import type { ServiceDeps } from '../auth/service-deps';
import {
  fieldError,
  type InstitutionState,
  isSameState,
  overlaps,
  parentError,
  parentProblem,
  stateOf,
  storedRow,
} from './institution-rules';
import {
  countInstitutions,
  findInstitutionById,
  findInstitutionCodes,
  findInstitutionPage,
  findParentLinks,
  type InstitutionFilter,
  type InstitutionOrder,
  insertInstitutions,
  lockInstitution,
  lockInstitutionCodes,
  updateInstitutions,
  writeParentLinks,
} from './institutions.repo';
import { planParentLinks } from './parent-links';
import { findCurrentProvinces, findProvinceIdsInOrder, findUnitsByIds } from './unit-lookups.repo';

const today = (deps: ServiceDeps) => todayInVietnam(deps.clock());

function readScope(actor: Actor): InstitutionFilter['scope'] {
  const subtree = scopedUnitIds(actor, 'unit.read');
  const roots = unitsWithPermission(actor, 'unit.read');
  return subtree === null || roots === 'all' ? null : { subtree, roots };
}

/**
 * Writing an institution takes institution.write on its current parent (a commune officer keeps no hold on an
 * institution moved away from their commune), or a role on the institution itself (its own staff).
 * FORBIDDEN when the actor can still read it, NOT_FOUND otherwise.
 */
async function assertCanWriteInstitution(tx: DbOrTx, actor: Actor, record: Institution) {
  const roots = unitsWithPermission(actor, 'institution.write');
  if (roots === 'all' || roots.includes(record.id)) return;
  if (record.parentId !== null && (await canReachUnit(tx, actor, 'institution.write', record.parentId)))
    return;
  if (await canReachUnit(tx, actor, 'unit.read', record.id)) {
    throw new AppError('FORBIDDEN', `no institution.write on institution ${record.id}`);
  }
  throw new AppError('NOT_FOUND', `institution ${record.id} not found`);
}

async function listArgs(db: DbOrTx, actor: Actor, query: InstitutionExportQuery, day: IsoDate) {
  const q = query.q === undefined ? '' : normalizeText(query.q);
  const filter: InstitutionFilter = {
    scope: readScope(actor),
    search: q ? { folded: foldDiacritics(q), lowered: q.toLowerCase() } : undefined,
    category: query.category,
    provinceId: query.provinceId,
    unitId: query.unitId,
    asOf: query.asOf ?? day,
  };
  const desc = query.order === 'desc';
  const order: InstitutionOrder =
    query.sort === 'province'
      ? { by: 'province', desc, provinceIds: await findProvinceIdsInOrder(db) }
      : { by: query.sort, desc };
  return { filter, order };
}

/**
 * Danh sách thiết chế: the institutions valid on `asOf` (default today) that the actor may read, filtered and
 * in Vietnamese order of their names unless another sort is asked.
 */
export async function listInstitutions(
  actor: Actor,
  query: InstitutionListQuery,
  deps: ServiceDeps,
): Promise<InstitutionList> {
  const { filter, order } = await listArgs(deps.db, actor, query, today(deps));
  const offset = (query.page - 1) * query.pageSize;
  const items = await findInstitutionPage(deps.db, filter, order, INSTITUTION_CATEGORIES, {
    limit: query.pageSize,
    offset,
  });
  // The count is a second query only when the page does not already tell it.
  const total =
    items.length < query.pageSize && (items.length > 0 || offset === 0)
      ? offset + items.length
      : await countInstitutions(deps.db, filter);
  return { items, total };
}

/**
 * Every institution matching the list filters, in pages of `batch`, for the export: the whole national list
 * never sits in memory at once. Pages are separate queries, so a write during a long export may shift a row
 * between pages; the export is "as of about now", like the list.
 */
export async function* iterateInstitutions(
  actor: Actor,
  query: InstitutionExportQuery,
  deps: ServiceDeps,
  batch = 2000,
): AsyncGenerator<Institution[]> {
  const { filter, order } = await listArgs(deps.db, actor, query, today(deps));
  for (let offset = 0; ; offset += batch) {
    const items = await findInstitutionPage(deps.db, filter, order, INSTITUTION_CATEGORIES, {
      limit: batch,
      offset,
    });
    if (items.length > 0) yield items;
    if (items.length < batch) return;
  }
}

/** One institution, closed or not, if the actor may read it; NOT_FOUND otherwise (scope does not leak). */
export async function getInstitution(actor: Actor, id: number, deps: ServiceDeps): Promise<Institution> {
  const record = await findInstitutionById(deps.db, id, today(deps));
  if (!record || !(await canReachUnit(deps.db, actor, 'unit.read', id))) {
    throw new AppError('NOT_FOUND', `institution ${id} not found`);
  }
  return record;
}

/** DUPLICATE_CODE when another institution holds `state.code` for part of its validity. */
async function assertCodeFree(tx: DbOrTx, state: InstitutionState, selfId?: number) {
  const holders = await findInstitutionCodes(tx, [state.code]);
  if (holders.some((h) => h.id !== selfId && h.code === state.code && overlaps(h, state))) {
    throw new AppError('DUPLICATE_CODE', `institution code ${state.code} is in use`, {
      field: 'code',
      value: state.code,
    });
  }
}

async function assertAgency(tx: DbOrTx, agencyId: number | null) {
  if (agencyId === null) return;
  const [agency] = await findUnitsByIds(tx, [agencyId]);
  if (agency?.kind !== 'agency') throw fieldError('managingAgencyId', 'unknown_agency', String(agencyId));
}

async function assertParentValid(
  tx: DbOrTx,
  link: { parentId: number; validFrom: IsoDate; validTo: IsoDate | null },
) {
  const [unit] = await findUnitsByIds(tx, [link.parentId]);
  const problem = parentProblem(unit, link.validFrom, link.validTo);
  if (problem) throw parentError(problem, unit, link.validFrom);
}

/**
 * Creates an institution: a unit of kind `institution`, its parent link from `validFrom` (default today) and
 * its details. Needs institution.write on the parent, which must be a commune or province valid over the
 * institution's validity (from validFrom, and past validTo if it has none);
 * the code must be free for the validity; the managing agency must be a unit of kind agency.
 */
export async function createInstitution(
  actor: Actor,
  input: CreateInstitution,
  deps: ServiceDeps,
): Promise<Institution> {
  const day = today(deps);
  const state: InstitutionState = {
    code: input.code,
    name: input.name,
    category: input.category,
    parentId: input.parentId,
    managingAgencyId: input.managingAgencyId ?? null,
    address: input.address ?? null,
    phone: input.phone ?? null,
    email: input.email ?? null,
    website: input.website ?? null,
    openingHours: input.openingHours ?? null,
    services: input.services ?? [],
    validFrom: input.validFrom ?? day,
    validTo: input.validTo ?? null,
  };
  if (state.validTo !== null && state.validTo <= state.validFrom)
    throw fieldError('validTo', 'invalid_range');
  return deps.db.transaction(async (tx) => {
    await assertUnitAccess(tx, actor, 'institution.write', state.parentId);
    await assertParentValid(tx, state);
    await assertAgency(tx, state.managingAgencyId);
    await lockInstitutionCodes(tx);
    await assertCodeFree(tx, state);
    const provinces = await findCurrentProvinces(
      tx,
      [{ unitId: state.parentId, date: state.validFrom }],
      day,
    );
    const [id] = await insertInstitutions(
      tx,
      [{ ...storedRow(state, provinces.get(state.parentId) ?? null), parentId: state.parentId }],
      { source: 'user', now: deps.clock() },
    );
    const after = (await findInstitutionById(tx, id!, day))!;
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'institution',
      entityId: id,
      unitId: state.parentId,
      after,
    });
    return after;
  });
}

/** Locks the institution and checks the actor may read it and that the client's copy is current. */
async function lockCurrent(tx: DbOrTx, actor: Actor, id: number, day: IsoDate, expectedUpdatedAt?: string) {
  const isTimestamp = expectedUpdatedAt === undefined || !Number.isNaN(Date.parse(expectedUpdatedAt));
  const lock = await lockInstitution(tx, id, isTimestamp ? expectedUpdatedAt : undefined);
  if (!lock || !(await canReachUnit(tx, actor, 'unit.read', id))) {
    throw new AppError('NOT_FOUND', `institution ${id} not found`);
  }
  const current = (await findInstitutionById(tx, id, day))!;
  if (!lock.same || !isTimestamp) {
    throw new AppError('CONFLICT', `institution ${id} changed since ${expectedUpdatedAt}`, { current });
  }
  return current;
}

/**
 * Writes a new state for one existing institution: parent links re-planned (a move keeps the old link as
 * history), today's province recomputed, one audit entry. Returns the record as stored.
 */
async function writeState(
  tx: DbOrTx,
  actor: Actor,
  current: Institution,
  next: InstitutionState,
  deps: ServiceDeps & { action: string },
): Promise<Institution> {
  const day = today(deps);
  const links = await findParentLinks(tx, [current.id]);
  const plan = planParentLinks(links, next, day);
  if ('error' in plan) throw fieldError(plan.field, plan.error);
  for (const check of plan.checks) await assertParentValid(tx, check);
  const provinceId =
    next.parentId === current.parentId
      ? current.provinceId
      : ((await findCurrentProvinces(tx, [{ unitId: next.parentId, date: day }], day)).get(next.parentId) ??
        null);
  await updateInstitutions(tx, [{ ...storedRow(next, provinceId), id: current.id }], deps.clock());
  await writeParentLinks(
    tx,
    plan.update,
    plan.insert.map((l) => ({ ...l, unitId: current.id })),
  );
  const after = (await findInstitutionById(tx, current.id, day))!;
  await recordAudit(tx, actor, {
    action: deps.action,
    entity: 'institution',
    entityId: current.id,
    unitId: next.parentId,
    before: current,
    after,
  });
  return after;
}

/**
 * Updates an institution. `expectedUpdatedAt` must be the updatedAt the client read, else CONFLICT with the
 * current record in `details.current`, so nobody overwrites a colleague's change unseen. Needs institution.write
 * on its parent or on the institution itself (its staff may edit it) and, for a move, on the new parent too.
 */
export async function updateInstitution(
  actor: Actor,
  id: number,
  input: UpdateInstitution,
  deps: ServiceDeps,
): Promise<Institution> {
  const day = today(deps);
  return deps.db.transaction(async (tx) => {
    const current = await lockCurrent(tx, actor, id, day, input.expectedUpdatedAt);
    await assertCanWriteInstitution(tx, actor, current);
    const before = stateOf(current);
    const { expectedUpdatedAt: _, ...changes } = input;
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    const next: InstitutionState = { ...before, ...defined };
    if (isSameState(before, next)) return current;
    if (next.validTo !== null && next.validTo <= next.validFrom) throw fieldError('validTo', 'invalid_range');
    if (next.parentId !== before.parentId) {
      await assertUnitAccess(tx, actor, 'institution.write', next.parentId);
    }
    if (next.managingAgencyId !== before.managingAgencyId) await assertAgency(tx, next.managingAgencyId);
    if (next.code !== before.code || next.validFrom !== before.validFrom || next.validTo !== before.validTo) {
      await lockInstitutionCodes(tx);
      await assertCodeFree(tx, next, id);
    }
    return writeState(tx, actor, current, next, { ...deps, action: 'update' });
  });
}

/**
 * Đóng thiết chế: ends its validity today, and its parent link with it; the record and its history stay (there
 * is no hard delete: last year's figures still belong to it). Closing an already closed institution changes
 * nothing. Needs institution.write on its parent or on the institution itself.
 */
export async function closeInstitution(actor: Actor, id: number, deps: ServiceDeps): Promise<Institution> {
  const day = today(deps);
  return deps.db.transaction(async (tx) => {
    const current = await lockCurrent(tx, actor, id, day);
    await assertCanWriteInstitution(tx, actor, current);
    if (current.validTo !== null && current.validTo <= day) return current;
    // validTo must be after validFrom; one that opens today or later is corrected, not closed.
    if (current.validFrom >= day) throw fieldError('validTo', 'closes_before_start', current.validFrom);
    return writeState(
      tx,
      actor,
      current,
      { ...stateOf(current), validTo: day },
      { ...deps, action: 'close' },
    );
  });
}
