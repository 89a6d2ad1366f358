import type { AnalyticsIndicator, AnalyticsUnit, IsoDate } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { column } from '../../db/sql-arrays';
import { validOn } from '../../db/validity';

/** Reads for the analytics: rollups, population, facts, indicators and the units they are shown on. SQL only. */

export type RollupRow = {
  unitId: number;
  year: number;
  indicator: string;
  category: string;
  submitted: number;
  reported: number;
  met: number;
  value: number;
  value2: number;
  updatedAt: string;
};

export type PopulationRow = { unitId: number; year: number; category: string; expected: number };

const ints = (ids: readonly number[]) => column(ids, (id) => id, 'int');

/**
 * The rollups of these units, years and indicators. `pool` sums the categories in SQL (all of them, or those
 * listed) into one row per unit, year and indicator with category '*': far fewer rows for the tables that show
 * an indicator as a whole.
 */
export async function findRollups(
  db: DbOrTx,
  unitIds: readonly number[],
  years: readonly number[],
  indicators: readonly string[],
  pool: { categories: readonly string[] | null } | null = null,
): Promise<RollupRow[]> {
  if (unitIds.length === 0) return [];
  const where = sql`unit_id = any(${ints(unitIds)}) and year = any(${ints(years)})
      and indicator_code = any(${column(indicators, (c) => c, 'text')})`;
  if (pool) {
    const only = pool.categories
      ? sql`and category = any(${column(pool.categories, (c) => c, 'text')})`
      : sql``;
    const rows = await db.execute<RollupRow>(sql`
      select unit_id as "unitId", year, indicator_code as indicator, '*' as category, sum(submitted) as submitted,
        sum(reported) as reported, sum(met) as met, sum(value) as value, sum(value2) as value2,
        max(updated_at) as "updatedAt"
      from analytics_rollups where ${where} ${only}
      group by unit_id, year, indicator_code`);
    return rows.rows;
  }
  const rows = await db.execute<RollupRow>(sql`
    select unit_id as "unitId", year, indicator_code as indicator, category, submitted, reported, met, value,
      value2, updated_at as "updatedAt"
    from analytics_rollups where ${where}`);
  return rows.rows;
}

export async function findPopulation(
  db: DbOrTx,
  unitIds: readonly number[],
  years: readonly number[],
): Promise<PopulationRow[]> {
  if (unitIds.length === 0) return [];
  const rows = await db.execute<PopulationRow>(sql`
    select unit_id as "unitId", year, category, expected from analytics_population
    where unit_id = any(${ints(unitIds)}) and year = any(${ints(years)})`);
  return rows.rows;
}

/** The facts of the institutions that reported under these units of the year's tree, as rollup rows. */
export async function findInstitutionFacts(
  db: DbOrTx,
  unitIds: readonly number[],
  years: readonly number[],
  indicators: readonly string[],
): Promise<RollupRow[]> {
  if (unitIds.length === 0) return [];
  const ids = ints(unitIds);
  const rows = await db.execute<RollupRow>(sql`
    select f.unit_id as "unitId", f.year, f.indicator_code as indicator, f.category, f.submitted::float8 as submitted,
      f.reported::float8 as reported, f.met::float8 as met, f.value, f.value2, r.updated_at as "updatedAt"
    from analytics_facts f join reports r on r.id = f.report_id
    where (f.commune_id = any(${ids}) or f.province_id = any(${ids}) or f.country_id = any(${ids}))
      and f.year = any(${ints(years)}) and f.indicator_code = any(${column(indicators, (c) => c, 'text')})
    limit 20000`);
  return rows.rows;
}

/** One institution's own facts (scope self on an institution: its own reports, wherever it stood then). */
export async function findOwnInstitutionFacts(
  db: DbOrTx,
  institutionId: number,
  years: readonly number[],
  indicators: readonly string[],
): Promise<RollupRow[]> {
  const rows = await db.execute<RollupRow>(sql`
    select f.unit_id as "unitId", f.year, f.indicator_code as indicator, f.category, f.submitted::float8 as submitted,
      f.reported::float8 as reported, f.met::float8 as met, f.value, f.value2, r.updated_at as "updatedAt"
    from analytics_facts f join reports r on r.id = f.report_id
    where f.unit_id = ${institutionId} and f.year = any(${ints(years)})
      and f.indicator_code = any(${column(indicators, (c) => c, 'text')})`);
  return rows.rows;
}

/**
 * The indicators change only when the built-in catalogue is loaded (start-up, `suotdoi plans load`), so every
 * request need not read them: kept for a minute.
 */
const INDICATORS_TTL_MS = 60_000;
let indicatorsCache: { at: number; db: DbOrTx; list: AnalyticsIndicator[] } | null = null;

export async function findIndicators(db: DbOrTx): Promise<AnalyticsIndicator[]> {
  if (indicatorsCache && indicatorsCache.db === db && Date.now() - indicatorsCache.at < INDICATORS_TTL_MS)
    return indicatorsCache.list;
  const list = await readIndicators(db);
  indicatorsCache = { at: Date.now(), db, list };
  return list;
}

async function readIndicators(db: DbOrTx): Promise<AnalyticsIndicator[]> {
  const rows = await db.execute<{
    code: string;
    nameVi: string;
    nameEn: string;
    kind: AnalyticsIndicator['kind'];
    unit: string;
    direction: 'up' | 'down';
    threshold: number | null;
    categories: string[];
  }>(sql`
    select code, name_vi as "nameVi", name_en as "nameEn", kind, unit, direction, threshold, categories
    from indicators order by code`);
  return rows.rows.map(({ nameVi, nameEn, ...i }) => ({ ...i, name: { vi: nameVi, en: nameEn } }));
}

export async function findAnalyticsUnits(db: DbOrTx, ids: readonly number[]): Promise<AnalyticsUnit[]> {
  if (ids.length === 0) return [];
  const rows = await db.execute<AnalyticsUnit>(sql`
    select u.id, u.code, u.name, u.kind, i.category from units u left join institutions i on i.unit_id = u.id
    where u.id = any(${ints(ids)})`);
  return rows.rows;
}

/**
 * The units a unit's figures break down into on `day`: the provinces of the country; the communes of a province
 * (through its districts before 1/7/2025).
 */
export async function findBreakdownUnits(db: DbOrTx, unitId: number, day: IsoDate): Promise<number[]> {
  const rows = await db.execute<{ id: number }>(sql`
    with recursive top as (select kind from units where id = ${unitId}),
    down(id, kind, depth) as (
      select ${unitId}::int, (select kind from top), 0
      union all
      select p.unit_id, u.kind, down.depth + 1 from unit_parents p join down on p.parent_id = down.id
      join units u on u.id = p.unit_id
      where ${validOn('p', day)} and ${validOn('u', day)} and down.kind in ('country', 'province', 'district')
        and u.kind in ('province', 'district', 'commune')
        and ((select kind from top) <> 'country' or u.kind = 'province'))
    select id from down
    where depth > 0 and kind = (case (select kind from top) when 'country' then 'province' else 'commune' end)`);
  return rows.rows.map((r) => r.id);
}

/**
 * When the figures of a unit last changed: the latest rollup or population row of the unit. One index range,
 * so an open dashboard can ask every second and fetch the figures again only when this moves.
 */
export async function findLastChange(db: DbOrTx, unitId: number): Promise<string | null> {
  const rows = await db.execute<{ at: string | null }>(sql`
    select greatest(
      (select max(updated_at) from analytics_rollups where unit_id = ${unitId}),
      (select max(updated_at) from analytics_population where unit_id = ${unitId})) as at`);
  const at = rows.rows[0]?.at;
  return at ? new Date(at).toISOString() : null;
}
