import type { LineageKind, UnitKind } from '@suotdoi/shared';
import { eq, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { restructuringEvents, unitLineage } from '../../db/schema';
import { validOn } from '../../db/validity';

/**
 * The succession function of packages/shared/src/domain/succession.ts in SQL: walk the lineage from a unit,
 * following on each step only the edges of the unit's last event on or before the date, multiplying weights,
 * and stop at units valid on the date (or with no lineage by then); paths reaching one unit add up.
 */
export async function selectSuccessors(db: DbOrTx, unitId: number, date: string) {
  const result = await db.execute<{
    unitId: number;
    code: string;
    name: string;
    level: UnitKind;
    weight: number;
  }>(sql`
    with recursive walk(unit_id, weight, depth) as (
      select ${unitId}::int, 1::float8, 0
      union all
      select l.to_unit_id, w.weight * l.weight, w.depth + 1
      from walk w
      join units u on u.id = w.unit_id
      join unit_lineage l on l.from_unit_id = w.unit_id and l.date = (
        select max(l2.date) from unit_lineage l2 where l2.from_unit_id = w.unit_id and l2.date <= ${date}::date)
      where not (${validOn('u', date)}) and w.depth < 64)
    select u.id as "unitId", u.code, u.name, u.kind as level, sum(w.weight)::float8 as weight
    from walk w join units u on u.id = w.unit_id
    where ${validOn('u', date)}
      or not exists (select 1 from unit_lineage l where l.from_unit_id = w.unit_id and l.date <= ${date}::date)
    group by u.id, u.code, u.name, u.kind
    order by weight desc, u.code`);
  return result.rows;
}

export type EventRow = {
  id: number;
  kind: LineageKind;
  date: string;
  legalRef: string | null;
  note: string | null;
  approximate: boolean;
  edgeCount: number;
  unitId: number | null;
  createdAt: string;
};

/** Events by date, kind, or a unit they touched; `scope` limits them to events touching the actor's units. */
export async function findEvents(
  db: DbOrTx,
  f: {
    from?: string;
    to?: string;
    unitId?: number;
    kind?: LineageKind;
    ids?: number[];
    scope: SQL | null;
    limit: number;
  },
): Promise<EventRow[]> {
  const touches = (units: SQL) => sql`(e.unit_id in (${units}) or exists (
    select 1 from unit_lineage l where l.event_id = e.id and (l.from_unit_id in (${units}) or l.to_unit_id in (${units}))))`;
  const where: SQL[] = [];
  if (f.from) where.push(sql`e.date >= ${f.from}::date`);
  if (f.to) where.push(sql`e.date <= ${f.to}::date`);
  if (f.kind) where.push(sql`e.kind = ${f.kind}`);
  if (f.ids)
    where.push(
      f.ids.length
        ? sql`e.id in (${sql.join(
            f.ids.map((id) => sql`${id}`),
            sql`, `,
          )})`
        : sql`false`,
    );
  if (f.unitId !== undefined) where.push(touches(sql`${f.unitId}`));
  if (f.scope) where.push(touches(f.scope));
  const result = await db.execute<EventRow>(sql`
    select e.id, e.kind, e.date, e.legal_ref as "legalRef", e.note, e.approximate, e.unit_id as "unitId",
      to_json(e.created_at) #>> '{}' as "createdAt",
      (select count(*) from unit_lineage l where l.event_id = e.id)::int as "edgeCount"
    from restructuring_events e
    where ${where.length ? sql.join(where, sql` and `) : sql`true`}
    order by e.date desc, e.id desc limit ${f.limit}`);
  return result.rows;
}

export async function findEventEdges(db: DbOrTx, eventId: number, scope: SQL | null) {
  const result = await db.execute<{
    id: number;
    fromUnitId: number;
    fromUnitCode: string;
    fromUnitName: string;
    fromUnitLevel: UnitKind;
    toUnitId: number;
    toUnitCode: string;
    toUnitName: string;
    toUnitLevel: UnitKind;
    weight: number;
  }>(sql`
    select l.id, f.id as "fromUnitId", f.code as "fromUnitCode", f.name as "fromUnitName", f.kind as "fromUnitLevel",
      t.id as "toUnitId", t.code as "toUnitCode", t.name as "toUnitName", t.kind as "toUnitLevel", l.weight
    from unit_lineage l join units f on f.id = l.from_unit_id join units t on t.id = l.to_unit_id
    where l.event_id = ${eventId}
      ${scope ? sql`and (l.from_unit_id in (${scope}) or l.to_unit_id in (${scope}))` : sql``}
    order by t.code, f.code`);
  return result.rows;
}

export async function insertEvent(
  db: DbOrTx,
  e: {
    kind: LineageKind;
    date: string;
    legalRef: string | null;
    note: string | null;
    approximate?: boolean;
    unitId?: number | null;
    createdBy: string | null;
  },
): Promise<number> {
  const [row] = await db.insert(restructuringEvents).values(e).returning({ id: restructuringEvents.id });
  return row!.id;
}

export async function insertEdges(
  db: DbOrTx,
  eventId: number,
  kind: LineageKind,
  date: string,
  edges: { fromUnitId: number; toUnitId: number; weight: number }[],
) {
  if (edges.length === 0) return;
  await db.insert(unitLineage).values(edges.map((e) => ({ ...e, eventId, kind, date })));
}

/** Edges out of a unit on one date (a commune's 1/7/2025 targets). */
export async function findEdgesFrom(db: DbOrTx, unitId: number, date: string) {
  const result = await db.execute<{ id: number; eventId: number; toUnitId: number; weight: number }>(sql`
    select id, event_id as "eventId", to_unit_id as "toUnitId", weight from unit_lineage
    where from_unit_id = ${unitId} and date = ${date}::date`);
  return result.rows;
}

/** A commune event that already holds edges into `toUnitId` on `date` (where a corrected row's edge belongs). */
export async function findEventInto(db: DbOrTx, toUnitId: number, date: string) {
  const result = await db.execute<{ eventId: number }>(sql`
    select l.event_id as "eventId" from unit_lineage l join units f on f.id = l.from_unit_id and f.kind = 'commune'
    where l.to_unit_id = ${toUnitId} and l.date = ${date}::date limit 1`);
  return result.rows[0]?.eventId;
}

export async function setEdgeWeight(db: DbOrTx, edgeId: number, weight: number) {
  await db.update(unitLineage).set({ weight }).where(eq(unitLineage.id, edgeId));
}
