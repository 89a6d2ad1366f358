import type { PlanRef } from '@suotdoi/shared';
import { asc, eq, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { planLinks, planObservances, plans } from '../../db/schema';
import { escapeLike } from '../units/units.repo';

/** Plans and their links: SQL only. */

export type PlanRow = typeof plans.$inferSelect;

export type PlanSummaryRow = {
  id: number;
  key: string;
  kind: string;
  symbol: string | null;
  title: string;
  issuerName: string;
  date: string;
  datePrecision: string;
  scopeUnitId: number | null;
  scopeName: string | null;
  provinceId: number | null;
  status: string;
  origin: string;
  targetCount: number;
  taskCount: number;
  updatedTasks: number;
  updatedAt: Date;
};

export interface PlanFilter {
  ids?: number[];
  q?: string;
  status?: string;
  kind?: string;
  /** The engagement period: tasks with a progress update for it count as updated. */
  period: string;
}

/** Plans with their counts and engagement, oldest first (Program 1520 heads the list). */
export async function findPlanSummaries(db: DbOrTx, f: PlanFilter): Promise<PlanSummaryRow[]> {
  const where: SQL[] = [];
  if (f.ids) {
    where.push(
      f.ids.length
        ? sql`p.id in (${sql.join(
            f.ids.map((id) => sql`${id}`),
            sql`, `,
          )})`
        : sql`false`,
    );
  }
  if (f.status) where.push(sql`p.status = ${f.status}`);
  if (f.kind) where.push(sql`p.kind = ${f.kind}`);
  if (f.q) {
    const like = `%${escapeLike(f.q.toLowerCase())}%`;
    where.push(
      sql`(lower(p.title) like ${like} or lower(coalesce(p.symbol, '')) like ${like} or p.key like ${like})`,
    );
  }
  const result = await db.execute<PlanSummaryRow>(sql`
    select p.id, p.key, p.kind, p.symbol, p.title, p.issuer_name as "issuerName", p.date,
      p.date_precision as "datePrecision", p.scope_unit_id as "scopeUnitId", s.name as "scopeName", p.province_id as "provinceId", p.status, p.origin,
      (select count(*) from targets t where t.plan_id = p.id)::int as "targetCount",
      (select count(*) from tasks k where k.plan_id = p.id)::int as "taskCount",
      (select count(distinct k.id) from tasks k join task_updates u on u.task_id = k.id
        where k.plan_id = p.id and u.period like ${`${f.period}%`})::int as "updatedTasks",
      p.updated_at as "updatedAt"
    from plans p left join units s on s.id = p.scope_unit_id
    where ${where.length ? sql.join(where, sql` and `) : sql`true`}
    order by p.date, p.id`);
  return result.rows;
}

export async function findPlanById(db: DbOrTx, id: number): Promise<PlanRow | undefined> {
  return (await db.select().from(plans).where(eq(plans.id, id)))[0];
}

export async function lockPlan(tx: DbOrTx, id: number): Promise<PlanRow | undefined> {
  return (await tx.select().from(plans).where(eq(plans.id, id)).for('update'))[0];
}

/** What a plan implements, in its order: a plan in the system or a cited document. */
export async function findImplements(db: DbOrTx, planId: number): Promise<PlanRef[]> {
  const result = await db.execute<PlanRef>(sql`
    select l.implements_plan_id as "planId", coalesce(p.key, l.implements_key) as key,
      coalesce(l.symbol, p.symbol) as symbol, coalesce(l.title, p.title) as title
    from plan_links l left join plans p on p.id = l.implements_plan_id
    where l.plan_id = ${planId} order by l.position`);
  return result.rows;
}

export async function findImplementedBy(db: DbOrTx, planId: number): Promise<PlanRef[]> {
  const result = await db.execute<PlanRef>(sql`
    select p.id as "planId", p.key, p.symbol, p.title
    from plan_links l join plans p on p.id = l.plan_id
    where l.implements_plan_id = ${planId} order by p.date, p.id`);
  return result.rows;
}

export async function findLinkRows(db: DbOrTx, planId: number) {
  return db.select().from(planLinks).where(eq(planLinks.planId, planId)).orderBy(asc(planLinks.position));
}

export async function findPlanObservanceCodes(db: DbOrTx, planId: number): Promise<string[]> {
  const rows = await db
    .select({ code: planObservances.observanceCode })
    .from(planObservances)
    .where(eq(planObservances.planId, planId))
    .orderBy(asc(planObservances.position));
  return rows.map((r) => r.code);
}

export async function updatePlanRow(tx: DbOrTx, id: number, set: Partial<typeof plans.$inferInsert>) {
  const [row] = await tx.update(plans).set(set).where(eq(plans.id, id)).returning();
  return row!;
}

/** Marks a plan edited in the app (a target or task changed), so that `plans load` leaves it alone. */
export async function touchPlan(tx: DbOrTx, id: number, at: Date) {
  await tx.update(plans).set({ editedAt: at, updatedAt: at }).where(eq(plans.id, id));
}

/** Plans whose scope (or, lacking one, issuer) is one of these units: the plans of a unit's ancestors. */
export async function findPlansForUnits(db: DbOrTx, unitIds: number[]) {
  if (unitIds.length === 0) return [];
  const result = await db.execute<{ id: number; unitId: number; date: string; status: string }>(sql`
    select p.id, coalesce(p.scope_unit_id, p.issuer_unit_id) as "unitId", p.date, p.status from plans p
    where coalesce(p.scope_unit_id, p.issuer_unit_id) in (${sql.join(
      unitIds.map((u) => sql`${u}`),
      sql`, `,
    )}) and p.status <> 'superseded'
    order by p.date desc, p.id desc`);
  return result.rows;
}

/**
 * The units a unit inherits plans from, with their distance: itself and its predecessors (0), then parents on
 * any date, their parents… (1, 2, …). Lineage is followed only before the first parent step: a commune formed in
 * 2025 inherits from the communes, district and province it came from, not from the other provinces merged into
 * its new province.
 */
export async function findInheritanceDepths(db: DbOrTx, unitId: number): Promise<Map<number, number>> {
  const result = await db.execute<{ id: number; depth: number }>(sql`
    with recursive edges(child, up, step) as (
      select unit_id, parent_id, 1 from unit_parents
      union all select to_unit_id, from_unit_id, 0 from unit_lineage),
    walk(id, depth, via_parent, n) as (
      select ${unitId}::int, 0, false, 0
      union
      select e.up, w.depth + e.step, w.via_parent or e.step = 1, w.n + 1
      from walk w join edges e on e.child = w.id
      where (e.step = 1 or not w.via_parent) and w.n < 64)
    select id, min(depth)::int as depth from walk group by id`);
  return new Map(result.rows.map((r) => [r.id, r.depth]));
}
