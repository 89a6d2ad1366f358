import { compareVi, type IsoDate } from '@suotdoi/shared';
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { validOn } from '../../db/validity';

/** The units an institution hangs under: communes, and provinces for provincial institutions. */
export const AREA_KINDS = ['commune', 'province'] as const;

export type UnitRef = {
  id: number;
  code: string;
  kind: string;
  name: string;
  typeName: string | null;
  validFrom: IsoDate;
  validTo: IsoDate | null;
};

const unitColumns = sql`u.id, u.code, u.kind, u.name, u.type_name as "typeName",
  u.valid_from as "validFrom", u.valid_to as "validTo"`;

export async function findUnitsByIds(db: DbOrTx, ids: readonly number[]): Promise<UnitRef[]> {
  if (ids.length === 0) return [];
  const result = await db.execute<UnitRef>(
    sql`select ${unitColumns} from units u where u.id = any(${sql.param([...ids])}::int[])`,
  );
  return result.rows;
}

/** Units of these kinds valid on `day` whose code is one of `codes` (one query for a whole import). */
export async function findUnitsByCodes(
  db: DbOrTx,
  kinds: readonly string[],
  codes: readonly string[],
  day: IsoDate,
): Promise<UnitRef[]> {
  if (codes.length === 0) return [];
  const result = await db.execute<UnitRef>(sql`select ${unitColumns} from units u
    where u.kind = any(${sql.param([...kinds])}::text[]) and u.code = any(${sql.param([...codes])}::text[])
      and ${validOn('u', day)}`);
  return result.rows;
}

/** Which of `ids` lie inside `scope` (a subquery of unit ids; null means everything). */
export async function filterInScope(db: DbOrTx, scope: SQL | null, ids: readonly number[]) {
  if (ids.length === 0) return new Set<number>();
  if (scope === null) return new Set(ids);
  const result = await db.execute<{ id: number }>(sql`select u.id from units u
    where u.id = any(${sql.param([...ids])}::int[]) and u.id in (${scope})`);
  return new Set(result.rows.map((r) => r.id));
}

/**
 * Today's province above each unit, for the denormalised institutions.province_id. Walks up the parent links
 * valid on the given date and, where a unit was merged away, across the lineage to its successor (then on
 * today's links), so an institution of the old Nam Định lands in today's Ninh Bình. One query for any number.
 */
export async function findCurrentProvinces(
  db: DbOrTx,
  starts: readonly { unitId: number; date: IsoDate }[],
  today: IsoDate,
): Promise<Map<number, number>> {
  if (starts.length === 0) return new Map();
  const result = await db.execute<{ unitId: number; provinceId: number }>(sql`
    with recursive edges as (
      select unit_id as child, parent_id as above, valid_from, valid_to, false as is_lineage from unit_parents
      union all select from_unit_id, to_unit_id, null::date, null::date, true from unit_lineage
    ),
    up(start_id, id, at, depth) as (
      select s.unit_id, s.unit_id, s.at, 0
      from unnest(${sql.param(starts.map((s) => s.unitId))}::int[], ${sql.param(starts.map((s) => s.date))}::date[])
        as s(unit_id, at)
      union all
      select up.start_id, e.above, case when e.is_lineage then ${today}::date else up.at end, up.depth + 1
      from up join edges e on e.child = up.id
        and (e.is_lineage or (e.valid_from <= up.at and (e.valid_to is null or e.valid_to > up.at)))
      where up.depth < 8
    )
    select distinct on (up.start_id) up.start_id as "unitId", up.id as "provinceId"
    from up join units u on u.id = up.id
    where u.kind = 'province' and ${validOn('u', today)}
    order by up.start_id, up.depth`);
  return new Map(result.rows.map((r) => [r.unitId, r.provinceId]));
}

/** Every province id, in Vietnamese order of its name (34 today, a few dozen more in history). */
export async function findProvinceIdsInOrder(db: DbOrTx): Promise<number[]> {
  const result = await db.execute<{ id: number; name: string }>(
    sql`select id, name from units where kind = 'province'`,
  );
  return result.rows.sort((a, b) => compareVi(a.name, b.name) || a.id - b.id).map((r) => r.id);
}

export type AreaUnit = {
  id: number;
  code: string;
  kind: string;
  name: string;
  typeName: string | null;
  provinceName: string | null;
};

/** Communes and provinces valid on `day` inside `scope`: what the import template lists as usable. */
export async function findAreaUnitsInScope(db: DbOrTx, scope: SQL | null, day: IsoDate): Promise<AreaUnit[]> {
  const result = await db.execute<AreaUnit>(sql`
    select u.id, u.code, u.kind, u.name, u.type_name as "typeName", pv.name as "provinceName"
    from units u
    left join unit_parents p on p.unit_id = u.id and ${validOn('p', day)}
    left join units pv on pv.id = p.parent_id and pv.kind = 'province'
    where u.kind in ('commune', 'province') and ${validOn('u', day)}
      ${scope ? sql`and u.id in (${scope})` : sql``}`);
  const rank = (u: AreaUnit) => (u.kind === 'province' ? 0 : 1);
  const unique = [...new Map(result.rows.map((u) => [u.id, u])).values()];
  return unique.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      compareVi(a.provinceName ?? '', b.provinceName ?? '') ||
      compareVi(a.name, b.name) ||
      a.code.localeCompare(b.code),
  );
}
