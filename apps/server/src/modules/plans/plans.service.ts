import {
  AppError,
  type Engagement,
  type PlanDetail,
  type PlanListQuery,
  type PlanSummary,
  todayInVietnam,
  type UpdatePlan,
} from '@suotdoi/shared';
import type { DbOrTx } from '../../db/client';
import { recordAudit } from '../audit/audit.record';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { findSuccessors } from '../units/units.service';
import { findObservances } from './catalogue.repo';
import { findUnitBriefs } from './plan-units.repo';
import { assertCanWritePlan, canWritePlan } from './plans.policy';
import {
  findImplementedBy,
  findImplements,
  findPlanById,
  findPlanObservanceCodes,
  findPlanSummaries,
  lockPlan,
  type PlanRow,
  type PlanSummaryRow,
  updatePlanRow,
} from './plans.repo';

/** The engagement period: the current year in Vietnam (tasks report progress yearly by default). */
export const currentPeriod = (clock: () => Date) => todayInVietnam(clock()).slice(0, 4);

export function engagementOf(row: { taskCount: number; updatedTasks: number }, period: string): Engagement {
  return {
    period,
    updatedTasks: row.updatedTasks,
    totalTasks: row.taskCount,
    share: row.taskCount === 0 ? null : row.updatedTasks / row.taskCount,
  };
}

function toSummary(row: PlanSummaryRow, period: string): PlanSummary {
  const { updatedTasks: _u, ...rest } = row;
  return {
    ...rest,
    kind: row.kind as PlanSummary['kind'],
    datePrecision: row.datePrecision as PlanSummary['datePrecision'],
    status: row.status as PlanSummary['status'],
    engagement: engagementOf(row, period),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

/**
 * Kế hoạch: every plan (plans are public within the system), with its counts and its engagement (share of
 * its tasks with a progress update this year), Program 1520 first.
 */
export async function listPlans(
  _actor: Actor,
  query: PlanListQuery,
  deps: ServiceDeps,
): Promise<PlanSummary[]> {
  const period = currentPeriod(deps.clock);
  const rows = await findPlanSummaries(deps.db, { ...query, q: query.q?.normalize('NFC').trim(), period });
  return rows.map((r) => toSummary(r, period));
}

export async function loadPlan(db: DbOrTx, id: number): Promise<PlanRow> {
  const plan = await findPlanById(db, id);
  if (!plan) throw new AppError('NOT_FOUND', `plan ${id} not found`);
  return plan;
}

/**
 * One plan: sections, what it implements and what implements it, the national days it names, its issuer and
 * scope as the dated units they were, and the scope carried to today's units (Cát Hải district → the units
 * that succeeded it on 1/7/2025).
 */
export async function getPlanDetail(actor: Actor, id: number, deps: ServiceDeps): Promise<PlanDetail> {
  const plan = await loadPlan(deps.db, id);
  const period = currentPeriod(deps.clock);
  const today = todayInVietnam(deps.clock());
  const [[summary], implementsList, implementedBy, codes, observances, units, canWrite] = await Promise.all([
    findPlanSummaries(deps.db, { ids: [id], period }),
    findImplements(deps.db, id),
    findImplementedBy(deps.db, id),
    findPlanObservanceCodes(deps.db, id),
    findObservances(deps.db),
    findUnitBriefs(
      deps.db,
      [plan.issuerUnitId, plan.scopeUnitId].filter((u): u is number => u !== null),
    ),
    canWritePlan(deps.db, actor, plan),
  ]);
  const scopeToday = plan.scopeUnitId === null ? [] : await findSuccessors(deps.db, plan.scopeUnitId, today);
  const byCode = new Map(observances.map((o) => [o.code, o]));
  return {
    ...toSummary(summary!, period),
    issuer: plan.issuerUnitId === null ? null : (units.get(plan.issuerUnitId) ?? null),
    scope: plan.scopeUnitId === null ? null : (units.get(plan.scopeUnitId) ?? null),
    scopeToday,
    sections: plan.sections as PlanDetail['sections'],
    notes: plan.notes,
    source: plan.source ?? null,
    implements: implementsList,
    implementedBy,
    observances: codes.map((c) => byCode.get(c)).filter((o) => o !== undefined),
    canWrite,
  };
}

/** Throws CONFLICT with the current record when the caller's copy is stale. */
export function assertFresh(expected: string | undefined, current: Date, record: unknown) {
  if (expected !== undefined && new Date(expected).getTime() !== new Date(current).getTime()) {
    throw new AppError('CONFLICT', 'changed since it was read', { current: record });
  }
}

/** Locks a plan for a change to it or its parts: NOT_FOUND when it is missing, FORBIDDEN without plan.write. */
export async function lockWritablePlan(tx: DbOrTx, actor: Actor, id: number): Promise<PlanRow> {
  const plan = await lockPlan(tx, id);
  if (!plan) throw new AppError('NOT_FOUND', `plan ${id} not found`);
  await assertCanWritePlan(tx, actor, plan);
  return plan;
}

/** Edits a plan's title, status or sections (plan.write on its scope), audited. */
export async function updatePlan(
  actor: Actor,
  input: { id: number; patch: UpdatePlan },
  deps: ServiceDeps,
): Promise<PlanDetail> {
  await deps.db.transaction(async (tx) => {
    const plan = await lockWritablePlan(tx, actor, input.id);
    const { expectedUpdatedAt, ...patch } = input.patch;
    assertFresh(expectedUpdatedAt, plan.updatedAt, { id: plan.id, updatedAt: plan.updatedAt.toISOString() });
    const now = deps.clock();
    const after = await updatePlanRow(tx, plan.id, { ...patch, editedAt: now, updatedAt: now });
    const pick = (p: PlanRow) => ({ title: p.title, status: p.status, sections: p.sections });
    await recordAudit(tx, actor, {
      action: 'plan.update',
      entity: 'plan',
      entityId: plan.id,
      unitId: plan.scopeUnitId ?? plan.issuerUnitId,
      before: pick(plan),
      after: pick(after),
    });
  });
  return getPlanDetail(actor, input.id, deps);
}
