import {
  AppError,
  type CreateTarget,
  type EffectiveTarget,
  planTrajectories,
  type Target,
  type TargetCompareQuery,
  type TargetCompareRow,
  type UpdateTarget,
} from '@suotdoi/shared';
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { recordAudit } from '../audit/audit.record';
import { assertUnitAccess } from '../auth/access';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { findIndicators } from './catalogue.repo';
import { storedTargetValues, targetKey, targetProblems } from './plan-rules';
import { findUnitBriefs } from './plan-units.repo';
import { assertCanWritePlan } from './plans.policy';
import { findInheritanceDepths, lockPlan, type PlanRow, touchPlan } from './plans.repo';
import { assertFresh, loadPlan, lockWritablePlan } from './plans.service';
import {
  deleteTargetRow,
  findTargetKeys,
  findTargetRecords,
  findTargetRow,
  insertTarget,
  nextTargetPosition,
  type TargetRecord,
  type TargetRow,
  updateTargetRow,
} from './targets.repo';

/** Chỉ tiêu: a plan's targets, the comparison across plans, inheritance down the tree, and edits. */

const idList = (ids: Iterable<number>) =>
  sql.join(
    [...ids].map((id) => sql`${id}`),
    sql`, `,
  );

/** Every target of the given plans (all of each plan's targets, as a trajectory needs) with its trajectory. */
function withTrajectories(records: TargetRecord[]): Target[] {
  const byPlan = new Map<number, TargetRecord[]>();
  for (const r of records) byPlan.set(r.planId, [...(byPlan.get(r.planId) ?? []), r]);
  const trajectoryOf = new Map<number, Target['trajectory']>();
  for (const planTargets of byPlan.values()) {
    const paths = planTrajectories(planTargets, planTargets[0]!.planYear);
    planTargets.forEach((t, i) => {
      trajectoryOf.set(t.id, paths[i]!);
    });
  }
  return records.map(({ planYear: _y, ...t }) => ({ ...t, trajectory: trajectoryOf.get(t.id)! }));
}

/** The targets of whole plans, with their trajectories. */
const findPlansTargets = async (db: DbOrTx, planIds: Iterable<number>) =>
  withTrajectories(await findTargetRecords(db, sql`t.plan_id in (${idList(planIds)})`));

/**
 * The targets matching `where`, with their trajectories: read once to learn the plans concerned, then those
 * plans' targets, since a trajectory starts from the plan's previous milestone.
 */
async function findTargets(db: DbOrTx, where: SQL): Promise<Target[]> {
  const matched = await findTargetRecords(db, where);
  if (matched.length === 0) return [];
  const all = new Map(
    (await findPlansTargets(db, new Set(matched.map((t) => t.planId)))).map((t) => [t.id, t]),
  );
  return matched.map((t) => all.get(t.id)!);
}

export async function listPlanTargets(_actor: Actor, planId: number, deps: ServiceDeps): Promise<Target[]> {
  await loadPlan(deps.db, planId);
  return findPlansTargets(deps.db, [planId]);
}

/** VALIDATION_FAILED naming each bad field, as the route's own validation would. */
function invalid(details: { field: string; reason: string; value?: unknown }[]): never {
  throw new AppError('VALIDATION_FAILED', details.map((d) => `${d.field}: ${d.reason}`).join('; '), details);
}

async function checkTarget(
  tx: DbOrTx,
  plan: PlanRow,
  t: Omit<TargetRow, 'id' | 'updatedAt' | 'position' | 'provinceId'>,
  exceptId?: number,
) {
  const indicator = (await findIndicators(tx)).find((i) => i.code === t.indicatorCode);
  if (!indicator) invalid([{ field: 'indicator', reason: 'unknown_indicator', value: t.indicatorCode }]);
  const problems = targetProblems(storedTargetValues(t), indicator, plan.date);
  if (problems.length > 0) invalid(problems);
  const key = targetKey(t);
  if ((await findTargetKeys(tx, plan.id, exceptId)).some((other) => targetKey(other) === key)) {
    invalid([{ field: 'year', reason: 'duplicate_target' }]);
  }
}

const auditView = (r: TargetRow) => {
  const { updatedAt: _u, ...rest } = r;
  return rest;
};

async function oneTarget(db: DbOrTx, id: number): Promise<Target> {
  return (await findTargets(db, sql`t.id = ${id}`))[0]!;
}

/** Adds a target to a plan (plan.write on its scope); every rule of plan-rules.ts applies. Audited. */
export async function createTarget(
  actor: Actor,
  input: { planId: number; target: CreateTarget },
  deps: ServiceDeps,
): Promise<Target> {
  const id = await deps.db.transaction(async (tx) => {
    const plan = await lockWritablePlan(tx, actor, input.planId);
    const t = input.target;
    const values = {
      planId: plan.id,
      indicatorCode: t.indicator,
      category: t.category,
      categories: t.categories ?? null,
      fromYear: t.from ?? null,
      year: t.year,
      value: t.value ?? null,
      min: t.min ?? null,
      max: t.max ?? null,
      baselineYear: t.baseline?.year ?? null,
      baselineValue: t.baseline?.value ?? null,
      note: t.note ?? null,
      sourceFile: t.source?.file ?? null,
      sourceQuote: t.source?.quote ?? null,
    };
    await checkTarget(tx, plan, values);
    const now = deps.clock();
    const row = await insertTarget(tx, {
      ...values,
      position: await nextTargetPosition(tx, plan.id),
      provinceId: plan.provinceId,
      updatedAt: now,
    });
    await touchPlan(tx, plan.id, now);
    await recordAudit(tx, actor, {
      action: 'target.create',
      entity: 'target',
      entityId: row.id,
      unitId: plan.scopeUnitId ?? plan.issuerUnitId,
      after: auditView(row),
    });
    return row.id;
  });
  return oneTarget(deps.db, id);
}

async function lockTargetAndPlan(tx: DbOrTx, actor: Actor, id: number) {
  const row = await findTargetRow(tx, id, true);
  if (!row) throw new AppError('NOT_FOUND', `target ${id} not found`);
  const plan = (await lockPlan(tx, row.planId))!;
  await assertCanWritePlan(tx, actor, plan);
  return { row, plan };
}

/** Changes a target; `expectedUpdatedAt`, when given, guards against overwriting another person's edit. */
export async function updateTarget(
  actor: Actor,
  input: { id: number; patch: UpdateTarget },
  deps: ServiceDeps,
): Promise<Target> {
  await deps.db.transaction(async (tx) => {
    const { row, plan } = await lockTargetAndPlan(tx, actor, input.id);
    const p = input.patch;
    assertFresh(p.expectedUpdatedAt, row.updatedAt, await oneTarget(tx, row.id));
    const next = {
      planId: row.planId,
      indicatorCode: p.indicator ?? row.indicatorCode,
      category: p.category !== undefined ? p.category : row.category,
      categories: p.categories !== undefined ? p.categories : row.categories,
      fromYear: p.from !== undefined ? p.from : row.fromYear,
      year: p.year ?? row.year,
      value: p.value !== undefined ? p.value : row.value,
      min: p.min !== undefined ? p.min : row.min,
      max: p.max !== undefined ? p.max : row.max,
      baselineYear: p.baseline !== undefined ? (p.baseline?.year ?? null) : row.baselineYear,
      baselineValue: p.baseline !== undefined ? (p.baseline?.value ?? null) : row.baselineValue,
      note: p.note !== undefined ? p.note : row.note,
      sourceFile: p.source !== undefined ? (p.source?.file ?? null) : row.sourceFile,
      sourceQuote: p.source !== undefined ? (p.source?.quote ?? null) : row.sourceQuote,
    };
    await checkTarget(tx, plan, next, row.id);
    const now = deps.clock();
    const after = await updateTargetRow(tx, row.id, { ...next, updatedAt: now });
    await touchPlan(tx, plan.id, now);
    await recordAudit(tx, actor, {
      action: 'target.update',
      entity: 'target',
      entityId: row.id,
      unitId: plan.scopeUnitId ?? plan.issuerUnitId,
      before: auditView(row),
      after: auditView(after),
    });
  });
  return oneTarget(deps.db, input.id);
}

export async function deleteTarget(actor: Actor, id: number, deps: ServiceDeps): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const { row, plan } = await lockTargetAndPlan(tx, actor, id);
    await deleteTargetRow(tx, id);
    await touchPlan(tx, plan.id, deps.clock());
    await recordAudit(tx, actor, {
      action: 'target.delete',
      entity: 'target',
      entityId: id,
      unitId: plan.scopeUnitId ?? plan.issuerUnitId,
      before: auditView(row),
    });
  });
}

/**
 * So sánh: one row per plan that sets this indicator (and category) for this year, e.g. district-library
 * coverage 2025 in Ninh Bình, Lào Cai and Cát Hải side by side. A category also matches a target pooling it
 * with others (Lào Cai's "provincial and district cultural centres").
 */
export async function compareTargets(
  _actor: Actor,
  query: TargetCompareQuery,
  deps: ServiceDeps,
): Promise<TargetCompareRow[]> {
  const where = sql`t.indicator_code = ${query.indicator} and t.year = ${query.year}
    ${
      query.category
        ? sql`and (t.category = ${query.category} or t.categories @> ${JSON.stringify([query.category])}::jsonb)`
        : sql``
    }`;
  const found = await findTargets(deps.db, where);
  const plans = await deps.db.execute<{
    id: number;
    key: string;
    symbol: string | null;
    title: string;
    issuerName: string;
    date: string;
    scopeName: string | null;
  }>(sql`select p.id, p.key, p.symbol, p.title, p.issuer_name as "issuerName", p.date, s.name as "scopeName"
    from plans p left join units s on s.id = p.scope_unit_id
    where p.id in (select t.plan_id from targets t where ${where})`);
  const byId = new Map(plans.rows.map((p) => [p.id, p]));
  return found
    .map((target) => {
      const p = byId.get(target.planId)!;
      return {
        plan: {
          planId: p.id,
          key: p.key,
          symbol: p.symbol,
          title: p.title,
          issuerName: p.issuerName,
          date: p.date,
          scopeName: p.scopeName,
        },
        target,
      };
    })
    .sort((a, b) => a.plan.date.localeCompare(b.plan.date) || a.plan.planId! - b.plan.planId!);
}

/**
 * Kế thừa chỉ tiêu: the targets in force for a unit. Its own plans' targets first; for every indicator,
 * category and year they do not set, the nearest ancestor's plan's (national → province → commune). Ancestors
 * are taken through history too: a commune formed in 2025 inherits from the plans of the communes, district and
 * province it came from (predecessors first, then their parents on any date), but not from the other provinces
 * merged into its new province. At one distance, the more recent plan wins.
 */
export async function listUnitTargets(
  actor: Actor,
  unitId: number,
  query: { year?: number },
  deps: ServiceDeps,
): Promise<EffectiveTarget[]> {
  await assertUnitAccess(deps.db, actor, 'unit.read', unitId);
  const depthOf = await findInheritanceDepths(deps.db, unitId);
  const plans = await deps.db.execute<{
    id: number;
    key: string;
    symbol: string | null;
    title: string;
    date: string;
    unitId: number;
  }>(sql`select p.id, p.key, p.symbol, p.title, p.date, coalesce(p.scope_unit_id, p.issuer_unit_id) as "unitId"
    from plans p where p.status <> 'superseded' and coalesce(p.scope_unit_id, p.issuer_unit_id) in (${idList(depthOf.keys())})`);
  if (plans.rows.length === 0) return [];
  const planById = new Map(plans.rows.map((p) => [p.id, p]));
  const found = (
    await findPlansTargets(
      deps.db,
      plans.rows.map((p) => p.id),
    )
  ).filter((t) => query.year === undefined || t.year === query.year);
  const best = new Map<string, { target: Target; depth: number; date: string }>();
  for (const target of found) {
    const plan = planById.get(target.planId)!;
    const depth = depthOf.get(plan.unitId)!;
    const key = `${target.indicator}|${target.category}|${target.year}`;
    const current = best.get(key);
    if (!current || depth < current.depth || (depth === current.depth && plan.date > current.date)) {
      best.set(key, { target, depth, date: plan.date });
    }
  }
  const units = await findUnitBriefs(
    deps.db,
    plans.rows.map((p) => p.unitId),
  );
  return [...best.values()]
    .sort(
      (a, b) =>
        a.target.indicator.localeCompare(b.target.indicator) ||
        String(a.target.category).localeCompare(String(b.target.category)) ||
        a.target.year - b.target.year,
    )
    .map(({ target, depth }) => {
      const plan = planById.get(target.planId)!;
      return {
        target,
        plan: { planId: plan.id, key: plan.key, symbol: plan.symbol, title: plan.title },
        fromUnit: units.get(plan.unitId) ?? null,
        inherited: depth > 0,
      };
    });
}
