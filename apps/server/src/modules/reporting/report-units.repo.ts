import type { IsoDate } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { column } from '../../db/sql-arrays';
import { validOn } from '../../db/validity';

/** Units as reporting sees them on a day: kind, category, parent and ancestors. SQL only. */

export type ReportingUnit = {
  id: number;
  code: string;
  name: string;
  kind: string;
  validFrom: string;
  validTo: string | null;
  /** Institutions only. */
  category: string | null;
  /** The approving unit: the parent on the day. */
  parentId: number | null;
  provinceId: number | null;
  communeId: number | null;
};

/**
 * Each unit valid on `day` with its parent and its province and commune ancestors through the parent links of
 * that day (a commune is its own commune, a province its own province). Units not valid that day are absent.
 */
export async function findReportingUnits(
  db: DbOrTx,
  unitIds: readonly number[],
  day: IsoDate,
): Promise<Map<number, ReportingUnit>> {
  const found = new Map<number, ReportingUnit>();
  if (unitIds.length === 0) return found;
  const rows = await db.execute<ReportingUnit>(sql`
    with recursive start as (select unnest(${column(unitIds, (id) => id, 'int')}) as id),
    up(origin, id, depth) as (
      select id, id, 0 from start
      union all
      select up.origin, p.parent_id, up.depth + 1 from unit_parents p join up on p.unit_id = up.id
      where ${validOn('p', day)} and up.depth < 12),
    chain as (select up.origin, up.depth, u.id, u.kind from up join units u on u.id = up.id)
    select u.id, u.code, u.name, u.kind, u.valid_from as "validFrom", u.valid_to as "validTo", i.category,
      (select c.id from chain c where c.origin = u.id and c.depth = 1) as "parentId",
      (select c.id from chain c where c.origin = u.id and c.kind = 'province' order by c.depth limit 1) as "provinceId",
      (select c.id from chain c where c.origin = u.id and c.kind = 'commune' order by c.depth limit 1) as "communeId"
    from start s join units u on u.id = s.id left join institutions i on i.unit_id = u.id
    where ${validOn('u', day)}`);
  for (const row of rows.rows) found.set(row.id, row);
  return found;
}

export type ChildUnit = {
  id: number;
  kind: string;
  category: string | null;
};

/** The units whose parent on `day` is `parentId` and that were valid that day. */
export async function findChildUnits(db: DbOrTx, parentId: number, day: IsoDate): Promise<ChildUnit[]> {
  const rows = await db.execute<ChildUnit>(sql`
    select u.id, u.kind, i.category from unit_parents p join units u on u.id = p.unit_id
      left join institutions i on i.unit_id = u.id
    where p.parent_id = ${parentId} and ${validOn('p', day)} and ${validOn('u', day)}
      and u.kind in ('institution', 'commune', 'province')`);
  return rows.rows;
}

/** An institution's category (null for other units). */
export async function findCategory(db: DbOrTx, unitId: number): Promise<string | null> {
  const rows = await db.execute<{ category: string }>(
    sql`select category from institutions where unit_id = ${unitId}`,
  );
  return rows.rows[0]?.category ?? null;
}
