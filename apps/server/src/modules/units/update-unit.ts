import { AppError, todayInVietnam, type Unit, type UpdateUnit } from '@suotdoi/shared';
import type { DbOrTx } from '../../db/client';
import { recordAudit } from '../audit/audit.record';
import { assertUnitAccess } from '../auth/access';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { searchNameOf } from './reference/names';
import {
  assertCodeFree,
  assertNoCycle,
  assertParentCovers,
  assertParentKind,
  notFound,
  referenceDate,
} from './unit-checks';
import { findUnitById, findUnits, type UnitRecord } from './units.repo';
import {
  findLinkOn,
  setLinkParent,
  updateAgency,
  updateOpenName,
  updateUnitFields,
} from './units-write.repo';

async function snapshot(db: DbOrTx, unit: UnitRecord, asOf: string) {
  const [row] = await findUnits(db, { asOf, ids: [unit.id], scope: null, anyValidity: true });
  const fresh = (await findUnitById(db, unit.id))!;
  return { ...row!, agencyType: fresh.agencyType, sector: fresh.sector };
}

/**
 * Corrects a unit without history: a misspelt name or type, a wrong code, the wrong parent on its current link,
 * an agency's type or sector. Needs 'unit.restructure' on the unit (and on a new parent). A real rename or move
 * is a restructuring event instead (create-event.ts), so that the earlier state stays on record.
 */
export async function updateUnit(
  actor: Actor,
  input: { id: number; patch: UpdateUnit },
  deps: ServiceDeps,
): Promise<Unit> {
  const { id, patch } = input;
  return deps.db.transaction(async (tx) => {
    await assertUnitAccess(tx, actor, 'unit.restructure', id);
    const unit = (await findUnitById(tx, id)) ?? notFound('unit', id);
    const asOf = referenceDate(unit, todayInVietnam(deps.clock()));
    const before = await snapshot(tx, unit, asOf);

    if (patch.code !== undefined && patch.code !== unit.code) {
      await assertCodeFree(tx, {
        kind: unit.kind,
        code: patch.code,
        validFrom: unit.validFrom,
        validTo: unit.validTo,
        excludeId: id,
      });
      await updateUnitFields(tx, id, { code: patch.code });
    }
    if (patch.name !== undefined || patch.typeName !== undefined) {
      const name = patch.name ?? unit.name;
      const typeName = patch.typeName === undefined ? unit.typeName : patch.typeName;
      await updateUnitFields(tx, id, { name, typeName, searchName: searchNameOf(name, typeName) });
      await updateOpenName(tx, id, { name, typeName });
    }
    if (patch.parentId !== undefined) {
      const link = await findLinkOn(tx, id, asOf);
      if (!link) {
        throw new AppError('VALIDATION_FAILED', `unit ${id} has no parent link on ${asOf}`, {
          problems: [{ field: 'parentId', reason: 'invalid_value', value: String(patch.parentId) }],
        });
      }
      if (link.parentId !== patch.parentId) {
        await assertUnitAccess(tx, actor, 'unit.restructure', patch.parentId);
        const parent = (await findUnitById(tx, patch.parentId)) ?? notFound('unit', patch.parentId);
        assertParentKind(unit.kind, parent);
        await assertNoCycle(tx, id, parent.id);
        assertParentCovers(parent, link.validFrom, link.validTo);
        await setLinkParent(tx, link.id, parent.id);
      }
    }
    if (patch.agencyType !== undefined || patch.sector !== undefined) {
      if (unit.kind !== 'agency') {
        throw new AppError('VALIDATION_FAILED', 'only an agency has an agency type and sector', {
          problems: [
            { field: patch.agencyType !== undefined ? 'agencyType' : 'sector', reason: 'invalid_value' },
          ],
        });
      }
      await updateAgency(tx, id, {
        ...(patch.agencyType !== undefined ? { agencyType: patch.agencyType } : {}),
        ...(patch.sector !== undefined ? { sector: patch.sector } : {}),
      });
    }

    const after = await snapshot(tx, unit, asOf);
    await recordAudit(tx, actor, {
      action: 'unit.update',
      entity: 'unit',
      entityId: id,
      unitId: id,
      before,
      after,
    });
    const { agencyType: _type, sector: _sector, ...view } = after;
    return view;
  });
}
