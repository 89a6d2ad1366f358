import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { isoOf } from '../activities/sql-time';
import { subtreeUnitIds } from '../auth/access';

/**
 * Minh chứng: what in the data a nomination may point at, always inside the nominee unit's subtree (lineage
 * included). SQL only.
 */

const ids = (list: readonly number[]) => sql`${sql.param([...list])}::int[]`;

/** Activities among `activityIds` held by an institution of the subtree. */
export async function findSubtreeActivities(db: DbOrTx, unitId: number, activityIds: readonly number[]) {
  if (activityIds.length === 0) return new Map<number, string>();
  const rows = await db.execute<{ id: number; title: string }>(sql`
    with scope as materialized (${subtreeUnitIds(unitId)})
    select a.id, a.title from activities a
    where a.id = any(${ids(activityIds)}) and a.institution_id in (select id from scope)`);
  return new Map(rows.rows.map((r) => [r.id, r.title]));
}

/**
 * The part of a task condition that ties it to the nominee: a lead or coordinating unit in the subtree, or the
 * nominee's own plan (a province's plan names its departments, not the province, as parties).
 */
const TASK_OF_NOMINEE = (unitId: number) => sql`(k.id in (select tp.task_id from task_parties tp
    where tp.unit_id in (select id from scope)) or p.scope_unit_id = ${unitId})`;

export type TaskLabel = { id: number; code: string | null; content: string; status: string };

/** Tasks among `taskIds` tied to the nominee. */
export async function findNomineeTasks(db: DbOrTx, unitId: number, taskIds: readonly number[]) {
  if (taskIds.length === 0) return new Map<number, TaskLabel>();
  const rows = await db.execute<TaskLabel>(sql`
    with scope as materialized (${subtreeUnitIds(unitId)})
    select k.id, k.code, k.content, k.status from tasks k join plans p on p.id = k.plan_id
    where k.id = any(${ids(taskIds)}) and ${TASK_OF_NOMINEE(unitId)}`);
  return new Map(rows.rows.map((r) => [r.id, r]));
}

/** Good models among `modelIds` of a unit in the subtree. */
export async function findSubtreeGoodModels(db: DbOrTx, unitId: number, modelIds: readonly number[]) {
  if (modelIds.length === 0) return new Map<number, string>();
  const rows = await db.execute<{ id: number; title: string }>(sql`
    with scope as materialized (${subtreeUnitIds(unitId)})
    select g.id, g.title from good_models g
    where g.id = any(${ids(modelIds)}) and g.unit_id in (select id from scope)`);
  return new Map(rows.rows.map((r) => [r.id, r.title]));
}

/** The pickers: published or completed activities of the subtree starting in the year (Vietnam), by start. */
export async function findActivityOptions(db: DbOrTx, unitId: number, year: number) {
  const rows = await db.execute<{ id: number; title: string; startsAt: string; status: string }>(sql`
    with scope as materialized (${subtreeUnitIds(unitId)})
    select a.id, a.title, ${isoOf('a.starts_at')} as "startsAt", a.status from activities a
    where a.institution_id in (select id from scope) and a.status in ('published', 'completed')
      and a.starts_at >= ${`${year}-01-01T00:00:00+07:00`}::timestamptz
      and a.starts_at < ${`${year + 1}-01-01T00:00:00+07:00`}::timestamptz
    order by a.starts_at, a.id limit 500`);
  return rows.rows;
}

/**
 * The pickers: tasks of the plans in force (active programs and plans) running in the year and tied to the
 * nominee, in the plans' order.
 */
export async function findTaskOptions(db: DbOrTx, unitId: number, year: number) {
  const rows = await db.execute<TaskLabel>(sql`
    with scope as materialized (${subtreeUnitIds(unitId)})
    select k.id, k.code, k.content, k.status from tasks k join plans p on p.id = k.plan_id
    where p.kind in ('program', 'plan') and p.status = 'active'
      and k.from_year <= ${year} and (k.to_year is null or k.to_year >= ${year})
      and ${TASK_OF_NOMINEE(unitId)}
    order by p.date, k.plan_id, k.position, k.id limit 500`);
  return rows.rows;
}

/** The pickers: published good models of the subtree, newest first. */
export async function findGoodModelOptions(db: DbOrTx, unitId: number) {
  const rows = await db.execute<{ id: number; title: string }>(sql`
    with scope as materialized (${subtreeUnitIds(unitId)})
    select g.id, g.title from good_models g
    where g.unit_id in (select id from scope) and g.status = 'published'
    order by g.published_at desc nulls last, g.id desc limit 500`);
  return rows.rows;
}
