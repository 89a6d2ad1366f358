import type { UnitKind } from '@suotdoi/shared';
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { validOn } from '../../db/validity';

export type UnitRow = {
  id: number;
  code: string;
  name: string;
  level: UnitKind;
  typeName: string | null;
  validFrom: string;
  validTo: string | null;
  parentId: number | null;
  childCount: number;
};

export interface UnitFilter {
  asOf: string;
  level?: UnitKind;
  parentId?: number;
  /** Folded (foldDiacritics) search text; also matches a code exactly. */
  q?: string;
  ids?: number[];
  /** A subquery of unit ids the actor may see (scopedUnitIds), or null for all. */
  scope: SQL | null;
  /** Skip the validity filter (a unit's detail is shown whatever the date). */
  anyValidity?: boolean;
}

/** A LIKE pattern's literal text: % and _ match themselves. */
export const escapeLike = (v: string) => v.replace(/[\\%_]/gu, (c) => `\\${c}`);

/**
 * Units as of a date: the name and type they had then, their parent then, and how many children were valid then.
 * Unsorted: callers sort with the Vietnamese collator (PGlite has no Vietnamese ICU collation).
 */
export async function findUnits(db: DbOrTx, f: UnitFilter): Promise<UnitRow[]> {
  const where: SQL[] = [];
  if (!f.anyValidity) where.push(validOn('u', f.asOf));
  if (f.level) where.push(sql`u.kind = ${f.level}`);
  if (f.parentId !== undefined) where.push(sql`p.parent_id = ${f.parentId}`);
  if (f.ids)
    where.push(
      f.ids.length
        ? sql`u.id in (${sql.join(
            f.ids.map((id) => sql`${id}`),
            sql`, `,
          )})`
        : sql`false`,
    );
  if (f.q) where.push(sql`(u.search_name like ${`%${escapeLike(f.q)}%`} or lower(u.code) = ${f.q})`);
  if (f.scope) where.push(sql`u.id in (${f.scope})`);
  const result = await db.execute<UnitRow>(sql`
    select u.id, u.code, coalesce(n.name, u.name) as name, u.kind as level,
      case when n.unit_id is null then u.type_name else n.type_name end as "typeName",
      u.valid_from as "validFrom", u.valid_to as "validTo", p.parent_id as "parentId",
      coalesce(cc.n, 0)::int as "childCount"
    from units u
    left join lateral (
      select up.parent_id from unit_parents up where up.unit_id = u.id and ${validOn('up', f.asOf)}
      order by up.valid_from desc limit 1) p on true
    left join lateral (
      select un.unit_id, un.name, un.type_name from unit_names un where un.unit_id = u.id and ${validOn('un', f.asOf)}
      order by un.valid_from desc limit 1) n on true
    left join lateral (
      select count(*) as n from unit_parents cp join units c on c.id = cp.unit_id
      where cp.parent_id = u.id and ${validOn('cp', f.asOf)} and ${validOn('c', f.asOf)}) cc on true
    where ${where.length ? sql.join(where, sql` and `) : sql`true`}`);
  return result.rows;
}

export type UnitRecord = {
  id: number;
  code: string;
  kind: UnitKind;
  name: string;
  typeName: string | null;
  validFrom: string;
  validTo: string | null;
  source: string | null;
  agencyType: string | null;
  sector: string | null;
};

export async function findUnitById(db: DbOrTx, id: number): Promise<UnitRecord | undefined> {
  const result = await db.execute<UnitRecord>(sql`
    select u.id, u.code, u.kind, u.name, u.type_name as "typeName", u.valid_from as "validFrom",
      u.valid_to as "validTo", u.source, a.agency_type as "agencyType", a.sector
    from units u left join agencies a on a.unit_id = u.id where u.id = ${id}`);
  return result.rows[0];
}

export async function findUnitsByIds(db: DbOrTx, ids: number[]): Promise<UnitRecord[]> {
  if (ids.length === 0) return [];
  const result = await db.execute<UnitRecord>(sql`
    select u.id, u.code, u.kind, u.name, u.type_name as "typeName", u.valid_from as "validFrom",
      u.valid_to as "validTo", u.source, a.agency_type as "agencyType", a.sector
    from units u left join agencies a on a.unit_id = u.id
    where u.id in (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`);
  return result.rows;
}

export async function findParentLinks(db: DbOrTx, unitId: number) {
  const result = await db.execute<{
    id: number;
    parentId: number;
    parentName: string;
    parentCode: string;
    validFrom: string;
    validTo: string | null;
  }>(sql`
    select up.id, up.parent_id as "parentId", p.name as "parentName", p.code as "parentCode",
      up.valid_from as "validFrom", up.valid_to as "validTo"
    from unit_parents up join units p on p.id = up.parent_id
    where up.unit_id = ${unitId} order by up.valid_from`);
  return result.rows;
}

/** Lineage links into (`to`) or out of (`from`) a unit, with the other unit and the event's legal reference. */
export async function findLineageLinks(db: DbOrTx, unitId: number, side: 'from' | 'to') {
  const [mine, other] = side === 'from' ? ['from_unit_id', 'to_unit_id'] : ['to_unit_id', 'from_unit_id'];
  const result = await db.execute<{
    eventId: number;
    date: string;
    kind: string;
    unitId: number;
    unitCode: string;
    unitName: string;
    unitLevel: UnitKind;
    weight: number;
    legalRef: string | null;
  }>(sql`
    select l.event_id as "eventId", l.date, l.kind, o.id as "unitId", o.code as "unitCode", o.name as "unitName",
      o.kind as "unitLevel", l.weight, e.legal_ref as "legalRef"
    from unit_lineage l
    join units o on o.id = l.${sql.raw(other)}
    join restructuring_events e on e.id = l.event_id
    where l.${sql.raw(mine)} = ${unitId} order by l.date, o.code`);
  return result.rows;
}

export async function findNames(db: DbOrTx, unitId: number) {
  const result = await db.execute<{
    name: string;
    typeName: string | null;
    validFrom: string;
    validTo: string | null;
  }>(sql`
    select name, type_name as "typeName", valid_from as "validFrom", valid_to as "validTo"
    from unit_names where unit_id = ${unitId} order by valid_from`);
  return result.rows;
}

/** The chain of parents above a unit on a date, nearest first. */
export async function findAncestorIds(db: DbOrTx, unitId: number, date: string): Promise<number[]> {
  const result = await db.execute<{ id: number }>(sql`
    with recursive up(id, depth) as (
      select up.parent_id, 1 from unit_parents up where up.unit_id = ${unitId} and ${validOn('up', date)}
      union all
      select p.parent_id, up.depth + 1 from unit_parents p join up on p.unit_id = up.id
      where ${validOn('p', date)} and up.depth < 32)
    select id from up order by depth`);
  return result.rows.map((r) => r.id);
}

/** True when `candidateId` is `unitId` or lies below it through parent links of any date. */
export async function isInSubtree(db: DbOrTx, unitId: number, candidateId: number): Promise<boolean> {
  const result = await db.execute<{ found: boolean }>(sql`
    with recursive down(id) as (
      select ${unitId}::int union select up.unit_id from unit_parents up join down on up.parent_id = down.id)
    select exists(select 1 from down where id = ${candidateId}) as found`);
  return result.rows[0]?.found === true;
}

/** Units of this kind and code whose validity overlaps [validFrom, validTo). */
export async function findCodeConflicts(
  db: DbOrTx,
  c: { kind: UnitKind; code: string; validFrom: string; validTo: string | null; excludeId?: number },
) {
  const result = await db.execute<{ id: number; validFrom: string; validTo: string | null }>(sql`
    select id, valid_from as "validFrom", valid_to as "validTo" from units
    where kind = ${c.kind} and code = ${c.code}
      and (valid_to is null or valid_to > ${c.validFrom}::date)
      and (${c.validTo}::date is null or valid_from < ${c.validTo}::date)
      ${c.excludeId === undefined ? sql`` : sql`and id <> ${c.excludeId}`}`);
  return result.rows;
}
