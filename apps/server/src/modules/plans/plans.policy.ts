import { AppError, isSystemAdmin } from '@suotdoi/shared';
import type { DbOrTx } from '../../db/client';
import { canReachUnit } from '../auth/access';
import type { Actor } from '../auth/actor';

/**
 * Who may do what with plans. Plans are public documents within the system: every signed-in person reads
 * every plan, its targets and tasks (a commune officer compares their province's targets with another's).
 * Writes are scoped: `plan.write` on the plan's scope unit (or its issuer when it has no scope), which the
 * lineage carries to the successors (today's Hải Phòng officer edits Cát Hải district's 2023 plan). A plan
 * without a unit (a cited document) and Program 1520 (scope: the country) are for system administrators.
 * Progress on a task: `task.update` on one of its lead or coordinating units, or `plan.write` on its plan.
 */

export interface PlanAnchor {
  id: number;
  scopeUnitId: number | null;
  issuerUnitId: number | null;
}

const anchorOf = (plan: PlanAnchor) => plan.scopeUnitId ?? plan.issuerUnitId;

export async function canWritePlan(db: DbOrTx, actor: Actor, plan: PlanAnchor): Promise<boolean> {
  if (isSystemAdmin(actor)) return true;
  const unit = anchorOf(plan);
  return unit !== null && canReachUnit(db, actor, 'plan.write', unit);
}

/** FORBIDDEN (not NOT_FOUND: the plan is readable) unless the actor may edit the plan. */
export async function assertCanWritePlan(db: DbOrTx, actor: Actor, plan: PlanAnchor): Promise<void> {
  if (!(await canWritePlan(db, actor, plan)))
    throw new AppError('FORBIDDEN', `no plan.write on plan ${plan.id}`);
}

export async function canUpdateTask(
  db: DbOrTx,
  actor: Actor,
  plan: PlanAnchor,
  partyUnitIds: number[],
): Promise<boolean> {
  if (await canWritePlan(db, actor, plan)) return true;
  for (const unitId of new Set(partyUnitIds)) {
    if (await canReachUnit(db, actor, 'task.update', unitId)) return true;
  }
  return false;
}
