import { AppError, type UnitKind } from '@suotdoi/shared';
import type { DbOrTx } from '../../db/client';
import { findCodeConflicts, isInSubtree, type UnitRecord } from './units.repo';

/** Rules every write to the tree obeys: POST/PATCH /api/units and restructuring events. */

/** Which kinds may sit under which: a commune under a province (or, before 2025, a district), etc. */
const PARENT_KINDS: Record<UnitKind, readonly UnitKind[]> = {
  country: [],
  province: ['country'],
  district: ['province'],
  commune: ['province', 'district'],
  agency: ['country', 'province', 'district', 'commune', 'agency'],
  institution: ['province', 'district', 'commune', 'agency'],
};

export function assertParentKind(kind: UnitKind, parent: UnitRecord) {
  if (!PARENT_KINDS[kind].includes(parent.kind)) {
    throw new AppError('VALIDATION_FAILED', `a ${kind} cannot sit under a ${parent.kind}`, {
      problems: [
        { field: 'parentId', reason: 'invalid_value', value: String(parent.id), message: `${parent.kind}` },
      ],
    });
  }
}

export function assertRange(validFrom: string, validTo: string | null | undefined, field = 'validTo') {
  if (validTo != null && validTo <= validFrom) {
    throw new AppError('VALIDATION_FAILED', 'the end date must be after the start date', {
      problems: [{ field, reason: 'invalid_range', value: validTo, message: 'validTo <= validFrom' }],
    });
  }
}

/** PARENT_OUT_OF_VALIDITY unless the parent is valid over the whole of [from, to). */
export function assertParentCovers(parent: UnitRecord, from: string, to: string | null) {
  const startsLate = parent.validFrom > from;
  const endsEarly = parent.validTo !== null && (to === null || parent.validTo < to);
  if (startsLate || endsEarly) {
    throw new AppError(
      'PARENT_OUT_OF_VALIDITY',
      `unit ${parent.id} is valid ${parent.validFrom}–${parent.validTo ?? ''}`,
      {
        parentId: parent.id,
        parentValidFrom: parent.validFrom,
        parentValidTo: parent.validTo,
        validFrom: from,
        validTo: to,
        problems: [
          {
            field: 'parentId',
            reason: 'parent_out_of_validity',
            value: startsLate ? from : (to ?? parent.validTo!),
          },
        ],
      },
    );
  }
}

/** DUPLICATE_CODE when another unit of the kind has the code over an overlapping period. */
export async function assertCodeFree(
  db: DbOrTx,
  c: { kind: UnitKind; code: string; validFrom: string; validTo: string | null; excludeId?: number },
) {
  const conflicts = await findCodeConflicts(db, c);
  if (conflicts.length > 0) {
    throw new AppError('DUPLICATE_CODE', `${c.kind} ${c.code} exists over an overlapping period`, {
      code: c.code,
      conflicts,
      problems: [{ field: 'code', reason: 'duplicate_code', value: c.code }],
    });
  }
}

/** CYCLE_IN_TREE when `parentId` is the unit itself or one of its descendants (of any date). */
export async function assertNoCycle(db: DbOrTx, unitId: number, parentId: number) {
  if (await isInSubtree(db, unitId, parentId)) {
    throw new AppError('CYCLE_IN_TREE', `unit ${parentId} lies under unit ${unitId}`, { unitId, parentId });
  }
}

export function notFound(kind: string, id: number | string): never {
  throw new AppError('NOT_FOUND', `${kind} ${id} not found`);
}

/** The day before an ISO date (the last day of a unit whose validTo is that date). */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The date to show a unit's tree at when none is asked: today, or its last day if it has ended. */
export function referenceDate(unit: { validFrom: string; validTo: string | null }, today: string): string {
  if (unit.validTo !== null && unit.validTo <= today) return dayBefore(unit.validTo);
  if (unit.validFrom > today) return unit.validFrom;
  return today;
}
