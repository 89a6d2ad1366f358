import { type Form, type IsoDate, parsePeriod } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import type { Db } from '../../apps/server/src/db/client';
import { column } from '../../apps/server/src/db/sql-arrays';
import { validOn } from '../../apps/server/src/db/validity';
import { loadActiveForms } from '../../apps/server/src/modules/reporting/exchange/import-values';
import {
  asOfDay,
  deadlineOf,
  formFor,
  loadCalendar,
} from '../../apps/server/src/modules/reporting/report-context';
import { findReportingUnits } from '../../apps/server/src/modules/reporting/report-units.repo';
import type { AreaUnit, PlannedInstitution } from './plan-institutions';
import { parentOn } from './plan-institutions';
import { type ElementSpec, elementSpec } from './values';

/** What the generator reads from a prepared database: today's units with their history, and the forms. */

export async function loadAreas(pool: pg.Pool) {
  const country = await pool.query<{ id: number }>(
    `select id from units where kind = 'country' and valid_to is null order by id limit 1`,
  );
  const rows = await pool.query<{
    id: number;
    kind: string;
    code: string;
    name: string;
    typeName: string | null;
    validFrom: string;
    provinceId: number;
    provinceCode: string;
  }>(`
    select u.id, u.kind, u.code, u.name, u.type_name as "typeName", u.valid_from::text as "validFrom",
      coalesce(p.id, u.id) as "provinceId", coalesce(p.code, u.code) as "provinceCode"
    from units u
      left join unit_parents l on u.kind = 'commune' and l.unit_id = u.id and l.valid_to is null
      left join units p on p.id = l.parent_id and p.kind = 'province'
    where u.kind in ('province', 'commune') and u.valid_to is null`);
  const predecessors = await pool.query<{
    toId: number;
    id: number;
    validFrom: string;
    validTo: string | null;
  }>(`
    select distinct l.to_unit_id as "toId", f.id, f.valid_from::text as "validFrom", f.valid_to::text as "validTo"
    from unit_lineage l join units f on f.id = l.from_unit_id join units t on t.id = l.to_unit_id
    where f.kind = t.kind and t.kind in ('province', 'commune') and t.valid_to is null
    order by 1, 2`);
  const byArea = new Map<number, AreaUnit['predecessors']>();
  for (const p of predecessors.rows) {
    const list = byArea.get(p.toId) ?? [];
    list.push({ id: p.id, validFrom: p.validFrom, validTo: p.validTo });
    byArea.set(p.toId, list);
  }
  const areas = rows.rows.map((r) => ({ ...r, predecessors: byArea.get(r.id) ?? [] }));
  const countryId = country.rows[0]?.id;
  if (countryId === undefined) throw new Error('no country: prepare the database first');
  return {
    countryId,
    provinces: areas.filter((a) => a.kind === 'province'),
    communes: areas.filter((a) => a.kind === 'commune'),
  };
}

export interface CategoryForm {
  formId: number;
  form: Form;
  elements: ElementSpec[];
}

/** Each institution category's annual form and the elements it asks of that category. */
export async function loadCategoryForms(db: Db): Promise<Map<string, CategoryForm>> {
  const byCategory = new Map<string, CategoryForm>();
  for (const form of await loadActiveForms(db)) {
    if (form.level !== 'institution' || form.periodType !== 'year') continue;
    for (const category of form.categories) {
      if (byCategory.has(category)) continue;
      const elements = formFor(form, category)
        .elements.filter((e) => e.valueType !== 'text')
        .map((e) => elementSpec(e.code, e.valueType));
      byCategory.set(category, { formId: form.id, form, elements });
    }
  }
  return byCategory;
}

export interface YearContext {
  year: number;
  period: string;
  /** The day whose tree the year's reports belong to (report-context.ts asOfDay). */
  day: IsoDate;
  deadlines: Map<number, IsoDate>;
  /** Parent unit → its province and commune on `day`, as findReportingUnits gives them to the app. */
  ancestors: Ancestors;
}

type Ancestors = Map<number, { provinceId: number | null; communeId: number | null }>;

/**
 * Each unit's province and commune on `day` through the parent links of that day: what findReportingUnits
 * (report-units.repo.ts) gives, but aggregated per unit instead of by correlated subqueries over the recursive
 * CTE, which grow with the square of the ids (1,000 units 0.7 s, 8,000 units 48 s on PostgreSQL here).
 */
async function findAncestors(db: Db, unitIds: readonly number[], day: IsoDate): Promise<Ancestors> {
  const rows = await db.execute<{ id: number; provinceId: number | null; communeId: number | null }>(sql`
    with recursive up(origin, id, depth) as (
      select id, id, 0 from unnest(${column(unitIds, (id) => id, 'int')}) as s(id)
      union all
      select up.origin, p.parent_id, up.depth + 1 from unit_parents p join up on p.unit_id = up.id
      where ${validOn('p', day)} and up.depth < 12)
    select up.origin as id,
      (array_agg(u.id order by up.depth) filter (where u.kind = 'province'))[1] as "provinceId",
      (array_agg(u.id order by up.depth) filter (where u.kind = 'commune'))[1] as "communeId"
    from up join units u on u.id = up.id group by up.origin`);
  return new Map(rows.rows.map((r) => [r.id, { provinceId: r.provinceId, communeId: r.communeId }]));
}

/** The app's own resolution on a sample of 200 units must agree, or the dataset would not be what it stores. */
async function assertSameAsApp(db: Db, ancestors: Ancestors, day: IsoDate) {
  const ids = [...ancestors.keys()];
  const sample = Array.from(
    { length: Math.min(200, ids.length) },
    (_, i) => ids[Math.floor((i * ids.length) / 200)]!,
  );
  const app = await findReportingUnits(db, sample, day);
  for (const id of sample) {
    const mine = ancestors.get(id)!;
    const theirs = app.get(id);
    if (!theirs || theirs.provinceId !== mine.provinceId || theirs.communeId !== mine.communeId) {
      throw new Error(
        `ancestors of unit ${id} on ${day}: ${JSON.stringify(mine)} ≠ app ${JSON.stringify(theirs)}`,
      );
    }
  }
}

/**
 * For each year, the structure of the time exactly as the app stores it on a report: the parent of the
 * institution on the year's day, and that parent's province and commune through the parent links of that day
 * (old provinces and communes for 2022–2024, today's for 2025–2026).
 */
export async function loadYears(
  db: Db,
  years: readonly number[],
  forms: Map<string, CategoryForm>,
  institutions: readonly PlannedInstitution[],
  today: IsoDate,
): Promise<YearContext[]> {
  const calendar = await loadCalendar(db);
  const distinctForms = [...new Map([...forms.values()].map((f) => [f.formId, f.form])).values()];
  const cutoff = distinctForms[0]?.cutoffStartDay ?? 15;
  const contexts: YearContext[] = [];
  for (const year of years) {
    const period = parsePeriod(String(year))!;
    const day = asOfDay(period, cutoff, today);
    if (!day) continue;
    const deadlines = new Map(distinctForms.map((f) => [f.id, deadlineOf(f, period, calendar)]));
    const parents = new Set<number>();
    for (const i of institutions) {
      const parent = parentOn(i, day);
      if (parent !== null) parents.add(parent);
    }
    const ancestors = await findAncestors(db, [...parents], day);
    await assertSameAsApp(db, ancestors, day);
    contexts.push({ year, period: String(year), day, deadlines, ancestors });
  }
  return contexts;
}
