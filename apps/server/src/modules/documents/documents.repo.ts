import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { findInheritanceDepths } from '../plans/plans.repo';

/** What the official documents read besides the analytics and the board: SQL only. */

export type PlanInForce = {
  id: number;
  key: string;
  symbol: string | null;
  title: string;
  date: string;
  issuerName: string;
  /** The unit whose plan it is (the scope, or the issuer); a predecessor or an ancestor when inherited. */
  unitId: number;
  /** 0: the unit's own (or a predecessor's); 1, 2, …: an ancestor's. */
  depth: number;
};

/**
 * Kế hoạch đang thực hiện: the plan a unit reports against: its own (or its predecessors') most recent plan,
 * else the nearest ancestor's, else Program 1520. Documents cited only (kind external) and superseded or draft
 * plans are not reported against.
 */
export async function findPlansInForce(db: DbOrTx, unitId: number): Promise<PlanInForce[]> {
  const depthOf = await findInheritanceDepths(db, unitId);
  const ids = [...depthOf.keys()];
  const result = await db.execute<Omit<PlanInForce, 'depth'>>(sql`
    select p.id, p.key, p.symbol, p.title, p.date, p.issuer_name as "issuerName",
      coalesce(p.scope_unit_id, p.issuer_unit_id) as "unitId"
    from plans p
    where p.kind in ('program', 'plan') and p.status in ('active', 'completed')
      and coalesce(p.scope_unit_id, p.issuer_unit_id) in (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`);
  return result.rows
    .map((p) => ({ ...p, depth: depthOf.get(p.unitId) ?? 99 }))
    .sort((a, b) => a.depth - b.depth || b.date.localeCompare(a.date) || b.id - a.id);
}

export type Narrative = { results?: string; limitations?: string; proposals?: string };

export type NarrativeRow = {
  unitId: number;
  unitName: string;
  /** The report unit itself (its summary) or one of its children. */
  own: boolean;
  status: string;
  narrative: Narrative;
};

/**
 * The narratives of the unit's own report and of its children's (the units it approved) for a period: only
 * reports at least submitted, since a draft is not yet said.
 */
export async function findNarratives(db: DbOrTx, unitId: number, period: string): Promise<NarrativeRow[]> {
  const result = await db.execute<NarrativeRow>(sql`
    select r.unit_id as "unitId", trim(coalesce(u.type_name || ' ', '') || u.name) as "unitName",
      r.unit_id = ${unitId} as own, r.status, r.narrative
    from reports r join units u on u.id = r.unit_id
    where r.period = ${period} and (r.unit_id = ${unitId} or r.parent_id = ${unitId})
      and r.status in ('submitted', 'approved', 'locked')
    order by (r.unit_id = ${unitId}) desc, u.name, u.id`);
  return result.rows;
}

export type TaskProgressRow = { taskId: number; status: string; narrative: string; at: string };

/** The latest progress report of each task for a period ("2026"). */
export async function findTaskProgress(
  db: DbOrTx,
  taskIds: readonly number[],
  period: string,
): Promise<Map<number, TaskProgressRow>> {
  if (taskIds.length === 0) return new Map();
  const result = await db.execute<TaskProgressRow>(sql`
    select distinct on (tu.task_id) tu.task_id as "taskId", tu.status, tu.narrative, tu.created_at as at
    from task_updates tu
    where tu.period = ${period} and tu.task_id in (${sql.join(
      taskIds.map((id) => sql`${id}`),
      sql`, `,
    )})
    order by tu.task_id, tu.created_at desc, tu.id desc`);
  return new Map(result.rows.map((r) => [r.taskId, r]));
}

export type RestructuringRow = {
  date: string;
  kind: string;
  legalRef: string | null;
  /** in: other units became (part of) this one; out: this one went into others. */
  direction: 'in' | 'out';
  others: string[];
};

/** The restructurings that touched a unit in a year: what merged into it, what it became. */
export async function findRestructurings(
  db: DbOrTx,
  unitId: number,
  year: number,
): Promise<RestructuringRow[]> {
  const result = await db.execute<RestructuringRow>(sql`
    select l.date, l.kind, e.legal_ref as "legalRef",
      case when l.to_unit_id = ${unitId} then 'in' else 'out' end as direction,
      array_agg(trim(coalesce(o.type_name || ' ', '') || o.name) order by o.name) as others
    from unit_lineage l
    join restructuring_events e on e.id = l.event_id
    join units o on o.id = case when l.to_unit_id = ${unitId} then l.from_unit_id else l.to_unit_id end
    where (l.to_unit_id = ${unitId} or l.from_unit_id = ${unitId})
      and l.date >= ${`${year}-01-01`}::date and l.date <= ${`${year}-12-31`}::date
      and l.from_unit_id <> l.to_unit_id
    group by l.date, l.kind, e.legal_ref, direction
    order by l.date`);
  return result.rows;
}

/** The unit's name with its type ("Tỉnh Ninh Bình") and its parent's and province's on a day. */
export async function findUnitContext(db: DbOrTx, unitId: number, day: string) {
  const result = await db.execute<{
    id: number;
    code: string;
    kind: string;
    name: string;
    typedName: string;
    validFrom: string;
    validTo: string | null;
    parentName: string | null;
    provinceId: number | null;
    provinceName: string | null;
    /** The province's bare name ("Ninh Bình"): the place a document is dated from. */
    provincePlace: string | null;
  }>(sql`
    with recursive up(id, depth) as (
      select ${unitId}::int, 0
      union all
      select p.parent_id, up.depth + 1 from unit_parents p join up on p.unit_id = up.id
      where p.valid_from <= ${day}::date and (p.valid_to is null or p.valid_to > ${day}::date) and up.depth < 16)
    select u.id, u.code, u.kind, u.name, trim(coalesce(u.type_name || ' ', '') || u.name) as "typedName",
      u.valid_from as "validFrom", u.valid_to as "validTo",
      (select trim(coalesce(pu.type_name || ' ', '') || pu.name) from up join units pu on pu.id = up.id
        where up.depth = 1) as "parentName",
      (select pu.id from up join units pu on pu.id = up.id where pu.kind = 'province' order by up.depth limit 1)
        as "provinceId",
      (select trim(coalesce(pu.type_name || ' ', '') || pu.name) from up join units pu on pu.id = up.id
        where pu.kind = 'province' order by up.depth limit 1) as "provinceName",
      (select pu.name from up join units pu on pu.id = up.id where pu.kind = 'province' order by up.depth limit 1)
        as "provincePlace"
    from units u where u.id = ${unitId}`);
  return result.rows[0];
}
