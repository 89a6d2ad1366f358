import type { Form, FormElement, UpdateForm } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';

/** Forms and the elements they name. SQL only. */

export type FormRow = Omit<Form, 'elements'>;

const FORM_COLUMNS = sql`f.id, f.code, json_build_object('vi', f.name_vi, 'en', f.name_en) as name, f.level,
  f.categories, f.period_type as "periodType", f.cutoff_start_day as "cutoffStartDay", f.deadlines, f.sections,
  f.narrative, f.rules, f.attachments, f.require_children_approved as "requireChildrenApproved", f.active,
  f.version`;

export async function findForms(db: DbOrTx): Promise<FormRow[]> {
  const rows = await db.execute<FormRow>(sql`select ${FORM_COLUMNS} from forms f order by f.level, f.id`);
  return rows.rows;
}

export async function findFormRow(db: DbOrTx, id: number, lock = false): Promise<FormRow | undefined> {
  const rows = await db.execute<FormRow>(
    sql`select ${FORM_COLUMNS} from forms f where f.id = ${id} ${lock ? sql`for update` : sql``}`,
  );
  return rows.rows[0];
}

/** The active form a unit of this level (and institution category) reports on, for a period type. */
export async function findFormRowFor(
  db: DbOrTx,
  level: string,
  category: string | null,
  periodType: string,
): Promise<FormRow | undefined> {
  const rows = await db.execute<FormRow>(sql`select ${FORM_COLUMNS} from forms f
    where f.active and f.level = ${level} and f.period_type = ${periodType}
      and (${category}::text is null or f.categories ? ${category})
    order by f.id limit 1`);
  return rows.rows[0];
}

export async function findElements(db: DbOrTx, codes: string[]): Promise<FormElement[]> {
  if (codes.length === 0) return [];
  const rows =
    await db.execute<FormElement>(sql`select code, json_build_object('vi', name_vi, 'en', name_en) as name,
      value_type as "valueType", categories, description
    from data_elements where code in (${sql.join(
      codes.map((c) => sql`${c}`),
      sql`, `,
    )})`);
  const byCode = new Map(rows.rows.map((r) => [r.code, r]));
  return codes.flatMap((c) => byCode.get(c) ?? []);
}

export async function updateFormRow(db: DbOrTx, id: number, patch: Omit<UpdateForm, 'version'>) {
  const sets = [sql`version = version + 1`, sql`updated_at = now()`, sql`edited_at = now()`];
  if (patch.cutoffStartDay !== undefined) sets.push(sql`cutoff_start_day = ${patch.cutoffStartDay}`);
  if (patch.deadlines !== undefined) sets.push(sql`deadlines = ${JSON.stringify(patch.deadlines)}::jsonb`);
  if (patch.rules !== undefined) sets.push(sql`rules = ${JSON.stringify(patch.rules)}::jsonb`);
  if (patch.attachments !== undefined)
    sets.push(sql`attachments = ${JSON.stringify(patch.attachments)}::jsonb`);
  if (patch.requireChildrenApproved !== undefined)
    sets.push(sql`require_children_approved = ${patch.requireChildrenApproved}`);
  if (patch.active !== undefined) sets.push(sql`active = ${patch.active}`);
  await db.execute(sql`update forms set ${sql.join(sets, sql`, `)} where id = ${id}`);
}

export async function findHolidays(db: DbOrTx, year?: number) {
  const rows = await db.execute<{ date: string; nameVi: string; nameEn: string; kind: string }>(sql`
    select to_char(date, 'YYYY-MM-DD') as date, name_vi as "nameVi", name_en as "nameEn", kind from holidays
    ${year === undefined ? sql`` : sql`where extract(year from date) = ${year}`} order by date`);
  return rows.rows;
}
