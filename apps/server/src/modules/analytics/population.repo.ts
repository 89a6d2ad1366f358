import { type IsoDate, parsePeriod } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { asOfDay } from '../reporting/report-context';
import { bumpFiguresVersion } from './response-cache';

/**
 * The institutions expected to report a year, per ancestor of that year's tree: the denominators of coverage
 * and of completeness (db/schema/analytics.ts). SQL only.
 */

/** The built-in forms cut annual data at 15/12 (Decree 09/2019 regime); reports take their tree from it too. */
export const ANALYTICS_CUTOFF_DAY = 15;

/** The day whose tree a year's figures belong to (the report's asOfDay), null for a year not begun. */
export function treeDayOf(year: number, today: IsoDate): IsoDate | null {
  const period = parsePeriod(String(year));
  return period ? asOfDay(period, ANALYTICS_CUTOFF_DAY, today) : null;
}

/**
 * Recounts one year: every institution active in the year (valid on some day of its data window up to the
 * tree day), under the country and under its province and commune on the tree day, or on its last day when it
 * closed before. Returns the rows written.
 */
export async function refreshPopulation(db: DbOrTx, year: number, today: IsoDate, at: Date): Promise<number> {
  await db.execute(sql`delete from analytics_population where year = ${year}`);
  const day = treeDayOf(year, today);
  if (day === null) return 0;
  const start = `${year - 1}-12-${ANALYTICS_CUTOFF_DAY}`;
  const result = await db.execute(sql`
    with recursive inst as (
      select u.id, i.category,
        least(${day}::date, coalesce(u.valid_to - 1, ${day}::date)) as d
      from units u join institutions i on i.unit_id = u.id
      where u.kind = 'institution' and u.valid_from <= ${day}::date
        and (u.valid_to is null or u.valid_to > ${start}::date)),
    up(origin, category, d, id, depth) as (
      select id, category, d, id, 0 from inst
      union all
      select up.origin, up.category, up.d, p.parent_id, up.depth + 1
      from unit_parents p join up on p.unit_id = up.id
      where p.valid_from <= up.d and (p.valid_to is null or p.valid_to > up.d) and up.depth < 8),
    -- The first province and commune up each chain, as findReportingUnits takes them for a report.
    firsts as (
      select distinct on (up.origin, a.kind) up.origin, up.category, a.id, a.kind
      from up join units a on a.id = up.id
      where a.kind in ('province', 'commune') and up.depth > 0
      order by up.origin, a.kind, up.depth),
    counted as (
      select id as unit_id, category, count(*) as n from firsts group by id, category
      union all
      select (select id from units where kind = 'country' order by valid_from limit 1), category, count(*)
      from inst group by category)
    insert into analytics_population (unit_id, year, category, expected, updated_at)
    select unit_id, ${year}, category, n, ${at.toISOString()}::timestamptz from counted where unit_id is not null`);
  await bumpFiguresVersion(db);
  return result.rowCount ?? 0;
}

/** Every year an annual report or a population count is for, and the current one. */
export async function yearsToBuild(db: DbOrTx, today: IsoDate): Promise<number[]> {
  const rows = await db.execute<{ year: number }>(sql`
    select distinct period::int as year from reports where period ~ '^[0-9]{4}$'
    union select distinct year from analytics_population`);
  const years = new Set(rows.rows.map((r) => r.year));
  years.add(Number(today.slice(0, 4)));
  return [...years].sort((a, b) => a - b);
}
