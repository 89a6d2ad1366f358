import type { Agency } from '@suotdoi/shared';
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { validOn } from '../../db/validity';
import { escapeLike } from './units.repo';

/**
 * Agencies valid on `asOf` with their parent then. `provinceId` keeps those under that unit on the date (its own,
 * its districts' and communes'); `visible` is a subquery of the parent or agency ids the actor may see.
 */
export async function findAgencies(
  db: DbOrTx,
  f: { asOf: string; provinceId?: number; q?: string; visible: SQL | null },
): Promise<Agency[]> {
  const where: SQL[] = [sql`u.kind = 'agency'`, validOn('u', f.asOf)];
  if (f.provinceId !== undefined) {
    where.push(sql`p.parent_id in (
      with recursive down(id) as (
        select ${f.provinceId}::int
        union select up.unit_id from unit_parents up join down on up.parent_id = down.id where ${validOn('up', f.asOf)})
      select id from down)`);
  }
  if (f.q) where.push(sql`(u.search_name like ${`%${escapeLike(f.q)}%`} or lower(u.code) = ${f.q})`);
  if (f.visible) where.push(sql`(u.id in (${f.visible}) or p.parent_id in (${f.visible}))`);
  const result = await db.execute<Agency>(sql`
    select u.id, u.code, u.name, a.agency_type as "agencyType", a.sector, p.parent_id as "parentId",
      u.valid_from as "validFrom", u.valid_to as "validTo"
    from units u
    join agencies a on a.unit_id = u.id
    left join lateral (
      select up.parent_id from unit_parents up where up.unit_id = u.id and ${validOn('up', f.asOf)}
      order by up.valid_from desc limit 1) p on true
    where ${sql.join(where, sql` and `)}`);
  return result.rows;
}

/**
 * The units whose agencies a person with these roots may pick from: the roots' subtrees and every unit above a
 * root (of any date), so that a commune officer sees the commune's and the province's agencies but no other
 * province's.
 */
export function agencyVisibility(roots: number[], subtree: SQL): SQL {
  if (roots.length === 0) return sql`select null::int where false`;
  return sql`select id from (${subtree}) s
    union
    select * from (with recursive up(id) as (
      select unnest(array[${sql.join(
        roots.map((r) => sql`${r}`),
        sql`, `,
      )}]::int[])
      union select p.parent_id from unit_parents p join up on p.unit_id = up.id)
    select id from up) a`;
}
