import type { Institution, InstitutionCategory, InstitutionDetails, IsoDate } from '@suotdoi/shared';
import { inArray, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { unitParents } from '../../db/schema';
import { chunks, column } from '../../db/sql-arrays';
import { validOn } from '../../db/validity';
import type { AuditInput } from '../audit/audit.record';
import type { Actor } from '../auth/actor';
import type { ParentLink } from './parent-links';

export interface InstitutionFilter {
  /**
   * The actor's reach: a subquery of the unit ids below their roles' units (null for everything) and the
   * roles' own units. An institution is in reach when its parent on `asOf` is, or when a role sits on the
   * institution itself: one moved to another commune leaves the old commune's list from the move on.
   */
  scope: { subtree: SQL; roots: number[] } | null;
  /** A search in the name without diacritics (`folded`) or in the code (`lowered`). */
  search?: { folded: string; lowered: string };
  category?: InstitutionCategory;
  provinceId?: number;
  /** Institutions below this unit through the parent links valid on `asOf`. */
  unitId?: number;
  /** Only institutions valid on this day. */
  asOf: IsoDate;
}

/** LIKE treats % and _ as wildcards; a search for "50%" means the characters. */
const likeEscape = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The filter as CTEs and a condition. The actor's reach and the unit's subtree are CTEs computed once per
 * query: written as subqueries inside the WHERE, PGlite re-ran them for every row (17 s for page 40 of 5,000
 * institutions for a province officer, 0.2 s this way).
 */
function filterParts(f: InstitutionFilter): { ctes: SQL; where: SQL } {
  const ctes: SQL[] = [];
  const conditions: SQL[] = [validOn('u', f.asOf)];
  if (f.unitId) {
    ctes.push(sql`under(id) as (
      select ${f.unitId}::int
      union select p.unit_id from unit_parents p join under on p.parent_id = under.id where ${validOn('p', f.asOf)})`);
    conditions.push(sql`u.id in (select id from under)`);
  }
  if (f.scope) {
    ctes.push(sql`scope as materialized (${f.scope.subtree})`);
    conditions.push(sql`(u.id in (select x.unit_id from unit_parents x join scope s on s.id = x.parent_id
        where ${validOn('x', f.asOf)})
      or u.id = any(${sql.param(f.scope.roots)}::int[]))`);
  }
  if (f.search) {
    conditions.push(sql`(u.search_name like ${`%${likeEscape(f.search.folded)}%`}
      or lower(u.code) like ${`%${likeEscape(f.search.lowered)}%`})`);
  }
  if (f.category) conditions.push(sql`i.category = ${f.category}`);
  if (f.provinceId) conditions.push(sql`i.province_id = ${f.provinceId}`);
  return {
    ctes: ctes.length > 0 ? sql`with recursive ${sql.join(ctes, sql`, `)}` : sql``,
    where: sql.join(conditions, sql` and `),
  };
}

/**
 * The API record. The parent shown is the link valid on `day` (the latest one for a closed institution);
 * updatedAt keeps PostgreSQL's microseconds so that an optimistic-concurrency check compares exactly.
 */
const recordSelect = (day: IsoDate) => sql`
  select u.id, u.code, u.name, i.category,
    pl.parent_id as "parentId", p.name as "parentName", p.code as "parentCode",
    i.province_id as "provinceId", pv.name as "provinceName",
    i.managing_agency_id as "managingAgencyId", ag.name as "managingAgencyName", ag.code as "managingAgencyCode",
    i.address, i.phone, i.email, i.website, i.opening_hours as "openingHours", i.services,
    u.valid_from as "validFrom", u.valid_to as "validTo", i.is_demo as "isDemo",
    to_char(u.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "updatedAt"
  from institutions i
  join units u on u.id = i.unit_id
  left join lateral (
    select x.parent_id from unit_parents x where x.unit_id = u.id
    order by (${validOn('x', day)}) desc, x.valid_from desc limit 1
  ) pl on true
  left join units p on p.id = pl.parent_id
  left join units pv on pv.id = i.province_id
  left join units ag on ag.id = i.managing_agency_id`;

export type InstitutionOrder =
  | { by: 'name' | 'code' | 'category' | 'updatedAt'; desc: boolean }
  | { by: 'province'; desc: boolean; provinceIds: number[] };

function orderBy(order: InstitutionOrder, categories: readonly string[]): SQL {
  const dir = sql.raw(order.desc ? 'desc' : 'asc');
  const keys: Record<InstitutionOrder['by'], () => SQL> = {
    name: () => sql`i.name_sort_key collate "C"`,
    code: () => sql`u.code collate "C"`,
    // The catalogue's order groups libraries, museums, cultural centres, as the plans' tables do.
    category: () => sql`array_position(${sql.param(categories)}::text[], i.category)`,
    updatedAt: () => sql`u.updated_at`,
    province: () =>
      sql`array_position(${sql.param('provinceIds' in order ? order.provinceIds : [])}::int[], i.province_id)`,
  };
  const key = keys[order.by]();
  const then = order.by === 'name' ? sql`` : sql`, i.name_sort_key collate "C" ${dir}`;
  return sql`order by ${key} ${dir} nulls last${then}, u.id ${dir}`;
}

/** One page of institutions matching the filter, in the asked order. */
export async function findInstitutionPage(
  db: DbOrTx,
  filter: InstitutionFilter,
  order: InstitutionOrder,
  categories: readonly string[],
  page: { limit: number; offset: number },
): Promise<Institution[]> {
  const { ctes, where } = filterParts(filter);
  const result = await db.execute<Institution>(sql`${ctes} ${recordSelect(filter.asOf)}
    where ${where} ${orderBy(order, categories)} limit ${page.limit} offset ${page.offset}`);
  return result.rows;
}

export async function countInstitutions(db: DbOrTx, filter: InstitutionFilter) {
  const { ctes, where } = filterParts(filter);
  const result = await db.execute<{ n: number }>(sql`${ctes} select count(*)::int as n
    from institutions i join units u on u.id = i.unit_id where ${where}`);
  return result.rows[0]?.n ?? 0;
}

/** Institutions by id, whatever their validity; the parent shown is the one valid on `day`. */
export async function findInstitutionsByIds(db: DbOrTx, ids: readonly number[], day: IsoDate) {
  if (ids.length === 0) return [];
  const out: Institution[] = [];
  for (const part of chunks(ids)) {
    const result = await db.execute<Institution>(
      sql`${recordSelect(day)} where u.id = any(${sql.param(part)}::int[])`,
    );
    out.push(...result.rows);
  }
  return out;
}

export async function findInstitutionById(db: DbOrTx, id: number, day: IsoDate) {
  return (await findInstitutionsByIds(db, [id], day))[0];
}

/**
 * Locks the institution's unit row for the rest of the transaction and says whether its updated_at is still the
 * one the client read (compared in SQL, to the microsecond). Undefined when there is no such institution.
 */
export async function lockInstitution(db: DbOrTx, id: number, expectedUpdatedAt?: string) {
  const result = await db.execute<{ same: boolean }>(sql`
    select ${expectedUpdatedAt === undefined ? sql`true` : sql`u.updated_at = ${expectedUpdatedAt}::timestamptz`} as same
    from units u join institutions i on i.unit_id = u.id where u.id = ${id} for update of u`);
  return result.rows[0];
}

/**
 * Serialises every write that creates institution codes: the duplicate check (same code, overlapping validity)
 * cannot be a unique index, so two concurrent creates of one code must not both pass it.
 */
export async function lockInstitutionCodes(db: DbOrTx) {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext('suotdoi.institution.codes'))`);
}

export type CodeHolder = {
  id: number;
  code: string;
  validFrom: IsoDate;
  validTo: IsoDate | null;
};

/** Institution units with these codes, any validity (the caller decides what overlaps). */
export async function findInstitutionCodes(db: DbOrTx, codes: readonly string[]): Promise<CodeHolder[]> {
  if (codes.length === 0) return [];
  const out: CodeHolder[] = [];
  for (const part of chunks(codes)) {
    const result = await db.execute<CodeHolder>(sql`
      select u.id, u.code, u.valid_from as "validFrom", u.valid_to as "validTo" from units u
      where u.kind = 'institution' and u.code = any(${sql.param(part)}::text[])`);
    out.push(...result.rows);
  }
  return out;
}

export async function findParentLinks(
  db: DbOrTx,
  unitIds: readonly number[],
): Promise<(ParentLink & { unitId: number })[]> {
  if (unitIds.length === 0) return [];
  return db
    .select({
      id: unitParents.id,
      unitId: unitParents.unitId,
      parentId: unitParents.parentId,
      validFrom: unitParents.validFrom,
      validTo: unitParents.validTo,
    })
    .from(unitParents)
    .where(inArray(unitParents.unitId, [...unitIds]));
}

/** The columns of one institution as stored, for inserts and updates. */
export interface InstitutionRow extends InstitutionDetails {
  code: string;
  name: string;
  searchName: string;
  nameSortKey: string;
  category: InstitutionCategory;
  managingAgencyId: number | null;
  provinceId: number | null;
  validFrom: IsoDate;
  validTo: IsoDate | null;
}

/**
 * Inserts institutions (units, first parent links, institution rows); returns their ids in input order.
 * Each table takes one `insert … select from unnest(arrays)` per chunk: a handful of parameters instead of
 * thousands (5,000 rows: 1.4 s as multi-row VALUES on PostgreSQL, a few hundred ms this way).
 */
export async function insertInstitutions(
  db: DbOrTx,
  rows: readonly (InstitutionRow & { parentId: number; isDemo?: boolean })[],
  meta: { source: string; now: Date },
): Promise<number[]> {
  const ids: number[] = [];
  for (const part of chunks(rows)) {
    const inserted = await db.execute<{ id: number; code: string }>(sql`
      insert into units (code, kind, name, search_name, valid_from, valid_to, source, created_at, updated_at)
      select t.code, 'institution', t.name, t.search_name, t.valid_from, t.valid_to, ${meta.source},
        ${meta.now}::timestamptz, ${meta.now}::timestamptz
      from unnest(${column(part, (r) => r.code, 'text')}, ${column(part, (r) => r.name, 'text')},
        ${column(part, (r) => r.searchName, 'text')}, ${column(part, (r) => r.validFrom, 'date')},
        ${column(part, (r) => r.validTo, 'date')}) as t(code, name, search_name, valid_from, valid_to)
      returning id, code`);
    // RETURNING follows the insert order in practice, but the SQL standard does not promise it: match by code.
    const idOf = new Map(inserted.rows.map((r) => [r.code, r.id]));
    const partIds = part.map((r) => idOf.get(r.code)!);
    await db.execute(sql`insert into unit_parents (unit_id, parent_id, valid_from, valid_to)
      select * from unnest(${sql.param(partIds)}::int[], ${column(part, (r) => r.parentId, 'int')},
        ${column(part, (r) => r.validFrom, 'date')}, ${column(part, (r) => r.validTo, 'date')})`);
    await db.execute(sql`insert into institutions (unit_id, category, managing_agency_id, province_id, address,
        phone, email, website, opening_hours, services, is_demo, name_sort_key)
      select * from unnest(${sql.param(partIds)}::int[], ${column(part, (r) => r.category, 'text')},
        ${column(part, (r) => r.managingAgencyId, 'int')}, ${column(part, (r) => r.provinceId, 'int')},
        ${column(part, (r) => r.address, 'text')}, ${column(part, (r) => r.phone, 'text')},
        ${column(part, (r) => r.email, 'text')}, ${column(part, (r) => r.website, 'text')},
        ${column(part, (r) => r.openingHours, 'text')}, ${column(part, (r) => JSON.stringify(r.services), 'jsonb')},
        ${column(part, (r) => r.isDemo ?? false, 'boolean')}, ${column(part, (r) => r.nameSortKey, 'text')})`);
    ids.push(...partIds);
  }
  return ids;
}

/**
 * Rewrites existing institutions (one statement per table and chunk). updated_at always moves forward, even
 * for two writes within one millisecond of the clock, so a stale copy can never pass for the current one.
 */
export async function updateInstitutions(
  db: DbOrTx,
  rows: readonly (InstitutionRow & { id: number })[],
  now: Date,
): Promise<void> {
  for (const part of chunks(rows)) {
    await db.execute(sql`update units as u set code = v.code, name = v.name, search_name = v.search_name,
        valid_from = v.valid_from, valid_to = v.valid_to,
        updated_at = greatest(${now}::timestamptz, u.updated_at + interval '1 microsecond')
      from unnest(${column(part, (r) => r.id, 'int')}, ${column(part, (r) => r.code, 'text')},
        ${column(part, (r) => r.name, 'text')}, ${column(part, (r) => r.searchName, 'text')},
        ${column(part, (r) => r.validFrom, 'date')}, ${column(part, (r) => r.validTo, 'date')})
        as v(id, code, name, search_name, valid_from, valid_to)
      where u.id = v.id`);
    await db.execute(sql`update institutions as i set category = v.category, managing_agency_id = v.agency,
        province_id = v.province, address = v.address, phone = v.phone, email = v.email, website = v.website,
        opening_hours = v.hours, services = v.services, name_sort_key = v.sort_key
      from unnest(${column(part, (r) => r.id, 'int')}, ${column(part, (r) => r.category, 'text')},
        ${column(part, (r) => r.managingAgencyId, 'int')}, ${column(part, (r) => r.provinceId, 'int')},
        ${column(part, (r) => r.address, 'text')}, ${column(part, (r) => r.phone, 'text')},
        ${column(part, (r) => r.email, 'text')}, ${column(part, (r) => r.website, 'text')},
        ${column(part, (r) => r.openingHours, 'text')}, ${column(part, (r) => JSON.stringify(r.services), 'jsonb')},
        ${column(part, (r) => r.nameSortKey, 'text')})
        as v(id, category, agency, province, address, phone, email, website, hours, services, sort_key)
      where i.unit_id = v.id`);
  }
}

/** Applies planned parent-link changes: updates in one statement per chunk, then inserts. */
export async function writeParentLinks(
  db: DbOrTx,
  update: readonly ParentLink[],
  insert: readonly (Omit<ParentLink, 'id'> & { unitId: number })[],
): Promise<void> {
  for (const part of chunks(update)) {
    await db.execute(sql`update unit_parents as p set parent_id = v.parent_id, valid_from = v.valid_from,
        valid_to = v.valid_to
      from unnest(${column(part, (l) => l.id, 'int')}, ${column(part, (l) => l.parentId, 'int')},
        ${column(part, (l) => l.validFrom, 'date')}, ${column(part, (l) => l.validTo, 'date')})
        as v(id, parent_id, valid_from, valid_to)
      where p.id = v.id`);
  }
  for (const part of chunks(insert)) await db.insert(unitParents).values([...part]);
}

/**
 * Many audit entries in a few statements (an import writes one per institution); the same columns as
 * recordAudit fills, which single writes use.
 */
export async function insertAuditEntries(db: DbOrTx, actor: Actor | null, entries: readonly AuditInput[]) {
  const json = (value: unknown) => (value == null ? null : JSON.stringify(value));
  for (const part of chunks(entries)) {
    await db.execute(sql`insert into audit_entries (user_id, username, action, entity, entity_id, unit_id,
        before, after, ip)
      select ${actor?.userId ?? null}::uuid, ${actor?.username ?? 'system'}, t.*, ${actor?.ip ?? null}
      from unnest(${column(part, (e) => e.action, 'text')}, ${column(part, (e) => e.entity, 'text')},
        ${column(part, (e) => (e.entityId == null ? null : String(e.entityId)), 'text')},
        ${column(part, (e) => e.unitId ?? null, 'int')}, ${column(part, (e) => json(e.before), 'jsonb')},
        ${column(part, (e) => json(e.after), 'jsonb')})
        as t(action, entity, entity_id, unit_id, before, after)`);
  }
}
