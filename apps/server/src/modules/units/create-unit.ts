import { AppError, type CreateUnit, type Unit } from '@suotdoi/shared';
import { recordAudit } from '../audit/audit.record';
import { assertUnitAccess } from '../auth/access';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { searchNameOf } from './reference/names';
import { assertCodeFree, assertParentCovers, assertParentKind, assertRange, notFound } from './unit-checks';
import { findUnitById, findUnits } from './units.repo';
import { insertAgency, insertParentLink, insertUnit } from './units-write.repo';

/**
 * Creates a unit (a new commune, an agency, …) under `parentId` from `validFrom`. The actor needs
 * 'unit.restructure' on the parent; the parent must be valid over the unit's whole period, and no unit of the
 * same kind may hold the code over an overlapping period (codes are reused across eras, never at once).
 */
export async function createUnit(actor: Actor, input: CreateUnit, deps: ServiceDeps): Promise<Unit> {
  return deps.db.transaction(async (tx) => {
    await assertUnitAccess(tx, actor, 'unit.restructure', input.parentId);
    const parent = (await findUnitById(tx, input.parentId)) ?? notFound('unit', input.parentId);
    const validTo = input.validTo ?? null;
    assertRange(input.validFrom, validTo);
    assertParentKind(input.level, parent);
    if (input.level === 'agency' && !input.agencyType) {
      throw new AppError('VALIDATION_FAILED', 'an agency needs its agencyType', {
        problems: [{ field: 'agencyType', reason: 'required' }],
      });
    }
    assertParentCovers(parent, input.validFrom, validTo);
    await assertCodeFree(tx, { kind: input.level, code: input.code, validFrom: input.validFrom, validTo });

    const typeName = input.typeName ?? null;
    const id = await insertUnit(tx, {
      kind: input.level,
      code: input.code,
      name: input.name,
      typeName,
      searchName: searchNameOf(input.name, typeName),
      validFrom: input.validFrom,
      validTo,
      source: 'user',
    });
    await insertParentLink(tx, id, parent.id, input.validFrom, validTo);
    if (input.level === 'agency') await insertAgency(tx, id, input.agencyType!, input.sector ?? null);

    const [unit] = await findUnits(tx, { asOf: input.validFrom, ids: [id], scope: null, anyValidity: true });
    await recordAudit(tx, actor, {
      action: 'unit.create',
      entity: 'unit',
      entityId: id,
      unitId: id,
      after: { ...unit, agencyType: input.agencyType ?? null, sector: input.sector ?? null },
    });
    return unit!;
  });
}
