import type { IsoDate } from '@suotdoi/shared';
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { column } from '../../../db/sql-arrays';
import { validOn } from '../../../db/validity';

/** The bulk SQL of value exchange (templates, file imports, dataValueSets). SQL only, no rules. */

export const REPORTING_KINDS = ['institution', 'commune', 'province'] as const;

export type ExchangeUnit = {
  id: number;
  code: string;
  kind: string;
  name: string;
  category: string | null;
  parentId: number | null;
  provinceId: number | null;
  communeId: number | null;
};

/**
 * The units selected by `start` (a query yielding id, code, kind, name over units valid on `day`) with their
 * parent and province/commune ancestors on that day. One pass over the parent links grouped by origin: the
 * correlated form of findReportingUnits is quadratic, which 60,000 units of a national file made visible.
 */
async function findUnitsWithAncestors(db: DbOrTx, start: SQL, day: IsoDate): Promise<ExchangeUnit[]> {
  const rows = await db.execute<ExchangeUnit>(sql`
    with recursive start as (${start}),
    up(origin, id, depth) as (
      select id, id, 0 from start
      union all
      select up.origin, p.parent_id, up.depth + 1 from unit_parents p join up on p.unit_id = up.id
      where ${validOn('p', day)} and up.depth < 12)
    select s.id, s.code, s.kind, s.name, i.category,
      min(case when up.depth = 1 then up.id end) as "parentId",
      (array_agg(a.id order by up.depth) filter (where a.kind = 'province'))[1] as "provinceId",
      (array_agg(a.id order by up.depth) filter (where a.kind = 'commune'))[1] as "communeId"
    from start s join up on up.origin = s.id join units a on a.id = up.id
      left join institutions i on i.unit_id = s.id
    group by s.id, s.code, s.kind, s.name, i.category`);
  return rows.rows;
}

/** Institution, commune and province units with one of these codes, valid on `day`. */
export function findUnitsByCodes(db: DbOrTx, codes: readonly string[], day: IsoDate) {
  if (codes.length === 0) return Promise.resolve([]);
  return findUnitsWithAncestors(
    db,
    sql`select u.id, u.code, u.kind, u.name from units u
      where u.code = any(${sql.param([...codes])}::text[])
        and u.kind in ('institution', 'commune', 'province') and ${validOn('u', day)}`,
    day,
  );
}

/**
 * The units that report on a form on `day`: its level, and for institution forms its categories, inside `scope`
 * (a subquery of unit ids; null = everywhere).
 */
export async function findFormUnits(
  db: DbOrTx,
  form: { level: string; categories: readonly string[] },
  scope: SQL | null,
  day: IsoDate,
) {
  const category =
    form.level === 'institution'
      ? sql`and exists (select 1 from institutions i where i.unit_id = u.id
          and i.category = any(${sql.param([...form.categories])}::text[]))`
      : sql``;
  const units = await findUnitsWithAncestors(
    db,
    sql`select u.id, u.code, u.kind, u.name from units u
      where u.kind = ${form.level} and ${validOn('u', day)} ${category}
        ${scope === null ? sql`` : sql`and u.id in (${scope})`}`,
    day,
  );
  const collator = new Intl.Collator('vi');
  return units.sort((a, b) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code));
}

/** The ids among `ids` inside `scope` (null = all). */
export async function filterInScope(db: DbOrTx, scope: SQL | null, ids: readonly number[]) {
  if (ids.length === 0 || scope === null) return new Set(ids);
  const result = await db.execute<{ id: number }>(sql`select s.id from unnest(${column(ids, (i) => i, 'int')})
    as s(id) where s.id in (${scope})`);
  return new Set(result.rows.map((r) => r.id));
}

export type ReportKey = {
  formId: number;
  unitId: number;
  period: string;
};

/** The existing reports of these (form, unit, period); locked `for update` inside a writing transaction. */
export async function findReportsByKeys(db: DbOrTx, keys: readonly ReportKey[], lock: boolean) {
  if (keys.length === 0) return [];
  const rows = await db.execute<ReportKey & { id: number; status: string }>(sql`
    select r.id, r.form_id as "formId", r.unit_id as "unitId", r.period, r.status from reports r
    join unnest(${column(keys, (k) => k.formId, 'int')}, ${column(keys, (k) => k.unitId, 'int')},
      ${column(keys, (k) => k.period, 'text')}) as t(form_id, unit_id, period)
      on r.form_id = t.form_id and r.unit_id = t.unit_id and r.period = t.period
    ${lock ? sql`order by r.id for update of r` : sql``}`);
  return rows.rows;
}

export type ValueKey = {
  unitId: number;
  period: string;
  element: string;
};

/** How many of these (unit, period, element) already hold a value. */
export async function countExistingValues(db: DbOrTx, keys: readonly ValueKey[]): Promise<Set<number>> {
  const found = new Set<number>();
  for (let i = 0; i < keys.length; i += 100_000) {
    const part = keys.slice(i, i + 100_000);
    const rows = await db.execute<{ n: number }>(sql`
      select t.n from unnest(${column(part, (k) => k.unitId, 'int')}, ${column(part, (k) => k.period, 'text')},
        ${column(part, (k) => k.element, 'text')}) with ordinality as t(unit_id, period, element_code, n)
      where exists (select 1 from report_values v where v.unit_id = t.unit_id and v.period = t.period
        and v.element_code = t.element_code)`);
    for (const r of rows.rows) found.add(i + Number(r.n) - 1);
  }
  return found;
}

export interface ValueRow {
  reportId: number;
  unitId: number;
  period: string;
  provinceId: number | null;
  communeId: number | null;
  element: string;
  value: number | null;
  textValue: string | null;
  /** Null keeps the stored comment. */
  comment: string | null;
}

/**
 * Inserts or replaces values; answers how many were new. One statement per call: the caller picks the batch
 * (bigger than the 5,000 of upsertValues, measured in bench/reporting.bench.ts). A value stays unique per
 * (unit, period, element) whatever report holds it, so that is the conflict target.
 */
export async function upsertValueBatch(
  db: DbOrTx,
  part: readonly ValueRow[],
  source: string,
  actorId: string | null,
): Promise<number> {
  const rows = await db.execute<{ inserted: number }>(sql`
    with w as (
      insert into report_values (report_id, element_code, unit_id, period, province_id, commune_id, value,
        text_value, comment, source, updated_by)
      select t.*, ${source}, ${actorId}::uuid
      from unnest(${column(part, (r) => r.reportId, 'int')}, ${column(part, (r) => r.element, 'text')},
        ${column(part, (r) => r.unitId, 'int')}, ${column(part, (r) => r.period, 'text')},
        ${column(part, (r) => r.provinceId, 'int')}, ${column(part, (r) => r.communeId, 'int')},
        ${column(part, (r) => r.value, 'float8')}, ${column(part, (r) => r.textValue, 'text')},
        ${column(part, (r) => r.comment, 'text')}) as t
      on conflict (unit_id, period, element_code) do update set report_id = excluded.report_id,
        value = excluded.value, text_value = excluded.text_value,
        comment = coalesce(excluded.comment, report_values.comment),
        source = excluded.source, updated_at = now(), updated_by = excluded.updated_by
      returning (xmax = 0) as inserted)
    select count(*) filter (where inserted)::int as inserted from w`);
  return rows.rows[0]?.inserted ?? 0;
}

/** Deletes these values (an empty value in a dataValueSet, as in DHIS2); answers how many existed. */
export async function deleteValues(db: DbOrTx, keys: readonly ValueKey[]): Promise<number> {
  if (keys.length === 0) return 0;
  const rows = await db.execute<{ n: number }>(sql`
    with d as (delete from report_values v using unnest(${column(keys, (k) => k.unitId, 'int')},
        ${column(keys, (k) => k.period, 'text')}, ${column(keys, (k) => k.element, 'text')})
        as t(unit_id, period, element_code)
      where v.unit_id = t.unit_id and v.period = t.period and v.element_code = t.element_code returning 1)
    select count(*)::int as n from d`);
  return rows.rows[0]?.n ?? 0;
}

/** Every changed report moves to a new version, so an open form sees that its values changed. */
export async function bumpReportVersions(db: DbOrTx, ids: readonly number[], actorId: string | null) {
  if (ids.length === 0) return;
  await db.execute(sql`update reports set version = version + 1, updated_at = now(), updated_by = ${actorId}::uuid
    where id = any(${sql.param([...ids])}::int[])`);
}

/** The stored values of these units in a period, by unit then element. */
export async function findValuesOfUnits(db: DbOrTx, unitIds: readonly number[], period: string) {
  const out = new Map<number, Map<string, number | string | null>>();
  if (unitIds.length === 0) return out;
  const rows = await db.execute<{
    unitId: number;
    element: string;
    value: number | null;
    text: string | null;
  }>(sql`
    select unit_id as "unitId", element_code as element, value, text_value as text from report_values
    where period = ${period} and unit_id = any(${sql.param([...unitIds])}::int[])`);
  for (const r of rows.rows) {
    const map = out.get(r.unitId) ?? new Map();
    map.set(r.element, r.text ?? r.value);
    out.set(r.unitId, map);
  }
  return out;
}

export type ExportedValue = {
  element: string;
  valueType: string;
  period: string;
  unitCode: string;
  value: number | null;
  text: string | null;
  comment: string | null;
  storedBy: string | null;
  lastUpdated: string;
};

/** Values matching the filters inside the read scope, ordered for a stable file. */
export async function findExportValues(
  db: DbOrTx,
  f: {
    periods: readonly string[];
    elements: readonly string[] | null;
    formId: number | null;
    unitIds: SQL | null;
    scope: SQL | null;
  },
): Promise<ExportedValue[]> {
  const where: SQL[] = [sql`v.period = any(${sql.param([...f.periods])}::text[])`];
  if (f.elements) where.push(sql`v.element_code = any(${sql.param([...f.elements])}::text[])`);
  if (f.formId !== null)
    where.push(sql`exists (select 1 from reports r where r.id = v.report_id and r.form_id = ${f.formId})`);
  if (f.unitIds) where.push(sql`v.unit_id in (${f.unitIds})`);
  if (f.scope) where.push(sql`v.unit_id in (${f.scope})`);
  const rows = await db.execute<ExportedValue>(sql`
    select v.element_code as element, e.value_type as "valueType", v.period, u.code as "unitCode", v.value,
      v.text_value as text, v.comment, usr.username as "storedBy",
      to_char(v.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "lastUpdated"
    from report_values v join units u on u.id = v.unit_id
      left join data_elements e on e.code = v.element_code left join users usr on usr.id = v.updated_by
    where ${sql.join(where, sql` and `)}
    order by v.period, u.code, v.element_code`);
  return rows.rows;
}

/** Units with this code (any reporting kind), for the orgUnit filter of an export. */
export async function findUnitIdsByCode(db: DbOrTx, code: string, kind: string | null) {
  const rows = await db.execute<{ id: number; kind: string }>(sql`select id, kind from units
    where code = ${code} and kind in ('institution', 'commune', 'province')
      ${kind === null ? sql`` : sql`and kind = ${kind}`}`);
  return rows.rows;
}
