import type { UnitBrief } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { validOn } from '../../db/validity';
import { selectSuccessors } from '../units/lineage.repo';

/** Units as plans name them: by code and kind on a date, and back. SQL only. */

export interface RefQuery {
  code: string;
  kind: string;
  on: string;
}

const refKey = (r: RefQuery) => `${r.kind}|${r.code}|${r.on}`;

/** The unit of each (kind, code) valid on each date; a key is missing when no unit was valid then. */
export async function findUnitsByRefs(db: DbOrTx, refs: RefQuery[]): Promise<Map<string, UnitBrief>> {
  const unique = [...new Map(refs.map((r) => [refKey(r), r])).values()];
  const found = new Map<string, UnitBrief>();
  if (unique.length === 0) return found;
  const rows = await db.execute<UnitBrief & { k: string }>(sql`
    with wanted(kind, code, on_day) as (values ${sql.join(
      unique.map((r) => sql`(${r.kind}, ${r.code}, ${r.on}::date)`),
      sql`, `,
    )})
    select w.kind || '|' || w.code || '|' || to_char(w.on_day, 'YYYY-MM-DD') as k,
      u.id, u.code, u.name, u.kind as level, u.valid_from as "validFrom", u.valid_to as "validTo"
    from wanted w join units u on u.kind = w.kind and u.code = w.code
      and u.valid_from <= w.on_day and (u.valid_to is null or u.valid_to > w.on_day)`);
  for (const { k, ...unit } of rows.rows) found.set(k, unit);
  return found;
}

export const unitRefKey = refKey;

export async function findUnitBriefs(db: DbOrTx, ids: number[]): Promise<Map<number, UnitBrief>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.execute<UnitBrief>(sql`
    select u.id, u.code, u.name, u.kind as level, u.valid_from as "validFrom", u.valid_to as "validTo"
    from units u where u.id in (${sql.join(
      unique.map((id) => sql`${id}`),
      sql`, `,
    )})`);
  return new Map(rows.rows.map((r) => [r.id, r]));
}

/**
 * Today's province for a unit of any date: the province above it (on any date), carried to today through the
 * lineage (old Ninh Bình → new Ninh Bình; Cát Hải district → Hải Phòng). Null for the country.
 */
export async function findProvinceToday(db: DbOrTx, unitId: number, today: string): Promise<number | null> {
  const up = await db.execute<{ id: number }>(sql`
    with recursive up(id) as (select ${unitId}::int
      union select p.parent_id from unit_parents p join up on p.unit_id = up.id)
    select u.id from up join units u on u.id = up.id where u.kind = 'province'
    order by (${validOn('u', today)}) desc, u.valid_from desc limit 1`);
  const province = up.rows[0]?.id;
  if (province === undefined) return null;
  const successors = await selectSuccessors(db, province, today);
  return successors.find((s) => s.level === 'province')?.unitId ?? province;
}
