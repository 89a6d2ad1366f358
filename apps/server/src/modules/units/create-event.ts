import { AppError, type CreateEvent, isValidOn, type RestructuringEvent } from '@suotdoi/shared';
import type { DbOrTx } from '../../db/client';
import { clearStructureCache } from '../analytics/structure';
import { recordAudit } from '../audit/audit.record';
import { assertUnitAccess } from '../auth/access';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { checkEventShape, type EventProblem } from './event-shape';
import { findEvents, insertEdges, insertEvent } from './lineage.repo';
import { searchNameOf } from './reference/names';
import { assertCodeFree, assertNoCycle, assertParentCovers, assertParentKind, notFound } from './unit-checks';
import { findUnitById, type UnitRecord } from './units.repo';
import {
  closeLink,
  closeOpenName,
  closeParentLinks,
  findChildLinksOn,
  findLinkOn,
  insertAgency,
  insertParentLink,
  insertUnit,
  renameFrom,
  setLinkParent,
  updateUnitFields,
} from './units-write.repo';

const invalid = (message: string, problems: EventProblem[]): never => {
  throw new AppError('INVALID_EVENT', message, { problems });
};

/**
 * Sắp xếp đơn vị: records one restructuring event (merge, split, rename, move, dissolve) taking effect on
 * `date`, all in one transaction: ends the units it ends (their validity and parent links close on the date),
 * creates the units it creates, records the lineage with its weights, renames or moves a unit that keeps its
 * identity. History is never deleted. The actor needs 'unit.restructure' on every unit it touches.
 * Children of an ended unit follow it to its single successor; with several successors they must be moved
 * first (INVALID_EVENT lists them).
 */
export async function createRestructuringEvent(
  actor: Actor,
  input: CreateEvent,
  deps: ServiceDeps,
): Promise<RestructuringEvent> {
  checkEventShape(input);
  const event = await deps.db.transaction(async (tx) => {
    const { date } = input;
    const touched = new Set<number>([
      ...input.endUnitIds,
      ...input.edges.flatMap((e) => (e.toUnitId ? [e.toUnitId] : [])),
      ...input.newUnits.flatMap((u) => (u.parentId ? [u.parentId] : [])),
      ...(input.rename ? [input.rename.unitId] : []),
      ...(input.move ? [input.move.unitId, input.move.parentId] : []),
    ]);
    const units = new Map<number, UnitRecord>();
    for (const id of touched) {
      await assertUnitAccess(tx, actor, 'unit.restructure', id);
      units.set(id, (await findUnitById(tx, id)) ?? notFound('unit', id));
    }
    const unit = (id: number) => units.get(id)!;

    for (const id of input.endUnitIds) {
      const u = unit(id);
      if (u.validFrom >= date || (u.validTo !== null && u.validTo <= date)) {
        invalid(`unit ${id} is not valid just before ${date}`, [
          { field: 'endUnitIds', reason: 'parent_out_of_validity', value: String(id) },
        ]);
      }
    }
    for (const e of input.edges) {
      if (e.toUnitId && !isValidOn(unit(e.toUnitId), date)) {
        invalid(`unit ${e.toUnitId} is not valid on ${date}`, [
          { field: 'edges.toUnitId', reason: 'parent_out_of_validity', value: String(e.toUnitId) },
        ]);
      }
    }

    const eventId = await insertEvent(tx, {
      kind: input.kind,
      date,
      legalRef: input.legalRef ?? null,
      note: input.note ?? null,
      unitId: input.rename?.unitId ?? input.move?.unitId ?? null,
      createdBy: actor.userId,
    });

    // End first, so that a new unit may reuse an ended unit's code from the same date.
    for (const id of input.endUnitIds) {
      await updateUnitFields(tx, id, { validTo: date });
      await closeParentLinks(tx, id, date);
      await closeOpenName(tx, id, date);
    }

    const newIds = new Map<string, number>();
    for (const n of input.newUnits) {
      const parent = unit(n.parentId!);
      assertParentKind(n.level, parent);
      assertParentCovers(parent, date, null);
      if (input.endUnitIds.includes(parent.id)) {
        invalid(`the parent of ${n.key} ends with this event`, [
          { field: 'newUnits.parentId', reason: 'parent_out_of_validity', value: date },
        ]);
      }
      await assertCodeFree(tx, { kind: n.level, code: n.code, validFrom: date, validTo: null });
      const typeName = n.typeName ?? null;
      const id = await insertUnit(tx, {
        kind: n.level,
        code: n.code,
        name: n.name,
        typeName,
        searchName: searchNameOf(n.name, typeName),
        validFrom: date,
        validTo: null,
        source: 'user',
      });
      await insertParentLink(tx, id, parent.id, date, null);
      if (n.level === 'agency') await insertAgency(tx, id, n.agencyType ?? 'other', n.sector ?? null);
      newIds.set(n.key, id);
      await recordAudit(tx, actor, {
        action: 'unit.create',
        entity: 'unit',
        entityId: id,
        unitId: id,
        after: { ...n, id, validFrom: date, eventId },
      });
    }

    const edges = input.edges.map((e) => ({
      fromUnitId: e.fromUnitId,
      toUnitId: e.toUnitId ?? newIds.get(e.toNewKey!)!,
      weight: e.weight,
    }));
    await insertEdges(tx, eventId, input.kind, date, edges);

    for (const id of input.endUnitIds) {
      const moved = await moveChildren(
        tx,
        id,
        date,
        edges.filter((e) => e.fromUnitId === id),
      );
      const u = unit(id);
      await recordAudit(tx, actor, {
        action: 'unit.end',
        entity: 'unit',
        entityId: id,
        unitId: id,
        before: { validTo: u.validTo },
        after: { validTo: date, eventId, movedChildren: moved },
      });
    }

    if (input.rename) await renameUnit(tx, actor, unit(input.rename.unitId), input.rename, date, eventId);
    if (input.move)
      await moveUnit(tx, actor, unit(input.move.unitId), unit(input.move.parentId), date, eventId);

    const [event] = await findEvents(tx, { ids: [eventId], scope: null, limit: 1 });
    await recordAudit(tx, actor, {
      action: 'event.create',
      entity: 'restructuring_event',
      entityId: eventId,
      unitId: input.rename?.unitId ?? input.move?.unitId ?? input.endUnitIds[0] ?? null,
      after: { ...event, edges },
    });
    const { createdAt: _created, ...view } = event!;
    return view;
  });
  // Figures put history on the new units at once, not when the mapping cache next checks.
  clearStructureCache();
  return event;
}

/** Children of an ended unit move to its single successor from the date; with several, refuse. */
async function moveChildren(
  tx: DbOrTx,
  unitId: number,
  date: string,
  edges: { toUnitId: number; weight: number }[],
): Promise<number[]> {
  const children = await findChildLinksOn(tx, unitId, date);
  if (children.length === 0) return [];
  if (edges.length !== 1) {
    invalid(`unit ${unitId} still has children on ${date}; move them first`, [
      { field: 'endUnitIds', reason: 'invalid_value', value: children.map((c) => c.unitId).join(',') },
    ]);
  }
  const target = edges[0]!.toUnitId;
  for (const child of children) {
    if (child.validFrom < date) {
      await closeLink(tx, child.id, date);
      await insertParentLink(tx, child.unitId, target, date, child.validTo);
    } else {
      // A link that only starts on or after the date is re-pointed: no earlier state of it existed.
      await setLinkParent(tx, child.id, target);
    }
  }
  return children.map((c) => c.unitId);
}

async function renameUnit(
  tx: DbOrTx,
  actor: Actor,
  unit: UnitRecord,
  rename: NonNullable<CreateEvent['rename']>,
  date: string,
  eventId: number,
) {
  if (!(unit.validFrom < date && isValidOn(unit, date))) {
    invalid(`unit ${unit.id} is not valid on ${date}`, [
      { field: 'rename.unitId', reason: 'parent_out_of_validity', value: date },
    ]);
  }
  const next = {
    name: rename.name,
    typeName: rename.typeName === undefined ? unit.typeName : rename.typeName,
  };
  await renameFrom(tx, unit, next, date);
  await updateUnitFields(tx, unit.id, { ...next, searchName: searchNameOf(next.name, next.typeName) });
  await recordAudit(tx, actor, {
    action: 'unit.rename',
    entity: 'unit',
    entityId: unit.id,
    unitId: unit.id,
    before: { name: unit.name, typeName: unit.typeName },
    after: { ...next, from: date, eventId },
  });
}

async function moveUnit(
  tx: DbOrTx,
  actor: Actor,
  unit: UnitRecord,
  parent: UnitRecord,
  date: string,
  eventId: number,
) {
  if (!(unit.validFrom < date && isValidOn(unit, date))) {
    invalid(`unit ${unit.id} is not valid on ${date}`, [
      { field: 'move.unitId', reason: 'parent_out_of_validity', value: date },
    ]);
  }
  assertParentKind(unit.kind, parent);
  await assertNoCycle(tx, unit.id, parent.id);
  const link = await findLinkOn(tx, unit.id, date);
  const validTo = link?.validTo ?? unit.validTo;
  assertParentCovers(parent, date, validTo);
  await closeParentLinks(tx, unit.id, date);
  await insertParentLink(tx, unit.id, parent.id, date, validTo);
  await recordAudit(tx, actor, {
    action: 'unit.move',
    entity: 'unit',
    entityId: unit.id,
    unitId: unit.id,
    before: { parentId: link?.parentId ?? null },
    after: { parentId: parent.id, from: date, eventId },
  });
}
