import type { Form } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import type { Client } from '../../../test/test-users';
import { getJson } from '../../units/units-test-support';

/** Helpers of the exchange integration tests (not a test file itself). */

/** 5/11/2026: inside the 2026 window (15/12/2025–14/12/2026). */
export const EXCHANGE_CLOCK = () => new Date('2026-11-05T03:00:00Z');

export async function formByCode(client: Client, code: string): Promise<Form> {
  const forms = await getJson<Form[]>(client, '/api/forms');
  const form = forms.find((f) => f.code === code);
  if (!form) throw new Error(`no form ${code}`);
  return form;
}

/** `count` commune libraries under `parentId`, codes `${prefix}00001`…, valid since 1/7/2025; one statement each. */
export async function insertLibraries(
  database: Database,
  o: { prefix: string; count: number; parentId: number; provinceId: number },
) {
  await database.db.execute(sql`
    with u as (
      insert into units (kind, code, name, search_name, valid_from, source)
      select 'institution', ${o.prefix} || lpad(g::text, 5, '0'), 'Thư viện ' || g, 'thu vien ' || g,
        '2025-07-01', 'test'
      from generate_series(1, ${o.count}) g returning id),
    p as (insert into unit_parents (unit_id, parent_id, valid_from) select id, ${o.parentId}, '2025-07-01' from u)
    insert into institutions (unit_id, category, province_id) select id, 'library_commune', ${o.provinceId} from u`);
}

/** The stored values of a unit in a period, by element. */
export async function storedValues(database: Database, unitId: number, period = '2026') {
  const rows = await database.db.execute<{ element: string; value: number | null; text: string | null }>(sql`
    select element_code as element, value, text_value as text from report_values
    where unit_id = ${unitId} and period = ${period}`);
  return Object.fromEntries(rows.rows.map((r) => [r.element, r.text ?? r.value]));
}

export async function countValues(database: Database, where = sql`true`) {
  const rows = await database.db.execute<{ n: number }>(
    sql`select count(*)::int as n from report_values where ${where}`,
  );
  return rows.rows[0]!.n;
}
