import { AppError } from '@suotdoi/shared';
import type { DbOrTx } from '../../db/client';
import { canReachUnit } from '../auth/access';
import type { Actor } from '../auth/actor';

/**
 * Who may do what with a report. Entering and submitting: `report.enter` on the report's unit. Approving and
 * returning: `report.approve` on the unit above it (the parent of the period), so nobody approves their own
 * report. Unlocking: `report.unlock` at that same level. Reading: `unit.read` on the unit.
 */

interface ReportAnchor {
  unitId: number;
  parentId: number | null;
}

export const canEnter = (db: DbOrTx, actor: Actor, r: ReportAnchor) =>
  canReachUnit(db, actor, 'report.enter', r.unitId);

export async function canReview(db: DbOrTx, actor: Actor, r: ReportAnchor) {
  return r.parentId !== null && canReachUnit(db, actor, 'report.approve', r.parentId);
}

export async function canUnlock(db: DbOrTx, actor: Actor, r: ReportAnchor) {
  return r.parentId !== null && canReachUnit(db, actor, 'report.unlock', r.parentId);
}

/** NOT_FOUND when the actor cannot read the unit (scope does not leak what exists). */
export async function assertCanRead(db: DbOrTx, actor: Actor, r: ReportAnchor) {
  if (!(await canReachUnit(db, actor, 'unit.read', r.unitId))) {
    throw new AppError('NOT_FOUND', `report of unit ${r.unitId} not found`);
  }
}

/** FORBIDDEN (after the read check) unless `allowed`. */
export async function assertAllowed(
  db: DbOrTx,
  actor: Actor,
  r: ReportAnchor,
  allowed: (db: DbOrTx, actor: Actor, r: ReportAnchor) => Promise<boolean>,
  what: string,
) {
  await assertCanRead(db, actor, r);
  if (!(await allowed(db, actor, r))) throw new AppError('FORBIDDEN', `no right to ${what} this report`);
}
