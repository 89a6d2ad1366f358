import { foldDiacritics, type IsoDate } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { validOn } from '../../../db/validity';
import type { DemoArea, DemoProvince } from './plan-demo';

type AreaRow = DemoArea & { parentId: number };

/**
 * Today's provinces with these names (compared without diacritics: "Khánh Hoà" = "Khánh Hòa"), their communes
 * valid today in code order, and their agencies by sector. Whatever the reference data does not have is
 * simply absent.
 */
export async function findDemoProvinces(
  db: DbOrTx,
  names: readonly string[],
  day: IsoDate,
): Promise<DemoProvince[]> {
  const wanted = new Set(names.map(foldDiacritics));
  const provinces = (
    await db.execute<DemoArea>(sql`select u.id, u.code, u.name, u.type_name as "typeName", u.valid_from as "validFrom"
      from units u where u.kind = 'province' and ${validOn('u', day)} order by u.code`)
  ).rows.filter((p) => wanted.has(foldDiacritics(p.name)));
  if (provinces.length === 0) return [];
  const ids = sql.param(provinces.map((p) => p.id));
  const communes = await db.execute<AreaRow>(sql`
    select u.id, u.code, u.name, u.type_name as "typeName", u.valid_from as "validFrom", p.parent_id as "parentId"
    from units u join unit_parents p on p.unit_id = u.id and ${validOn('p', day)}
    where u.kind = 'commune' and ${validOn('u', day)} and p.parent_id = any(${ids}::int[])
    order by u.code`);
  const agencies = await db.execute<{
    id: number;
    parentId: number;
    sector: string | null;
    name: string;
  }>(sql`
    select u.id, p.parent_id as "parentId", a.sector, u.name
    from units u join agencies a on a.unit_id = u.id
    join unit_parents p on p.unit_id = u.id and ${validOn('p', day)}
    where u.kind = 'agency' and ${validOn('u', day)} and p.parent_id = any(${ids}::int[])
    order by u.code`);
  return provinces.map((province) => {
    const agencyBySector = new Map<string, number>();
    for (const a of agencies.rows.filter((r) => r.parentId === province.id)) {
      // Agencies without a sector still count as the Department of Culture when named so.
      const sector = a.sector ?? (foldDiacritics(a.name).startsWith('so van hoa') ? 'culture' : null);
      if (sector && !agencyBySector.has(sector)) agencyBySector.set(sector, a.id);
    }
    return {
      ...province,
      communes: communes.rows.filter((c) => c.parentId === province.id),
      agencyBySector,
    };
  });
}
