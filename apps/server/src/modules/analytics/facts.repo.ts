import { todayInVietnam } from '@suotdoi/shared';
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { column } from '../../db/sql-arrays';
import { refreshPopulation } from './population.repo';
import { bumpFiguresVersion } from './response-cache';

/**
 * The facts of reports and their rollups, in SQL only (see db/schema/analytics.ts for what each table holds).
 *
 * A report counts once submitted; its values count once approved (approved or locked), so the figures are the
 * approved ones and `submitted` measures completeness. Only annual reports of institutions feed the indicators:
 * the indicators are shares and counts of institutions per year.
 */

const COUNTED = sql`('submitted', 'approved', 'locked')`;

/**
 * One row per counted report × indicator that applies to its institution's category. `where` narrows the
 * reports (alias r). Ratio indicators take their first element as numerator and the second as denominator;
 * other kinds sum their elements (the three national days of a museum's education activities).
 */
function factRows(where: SQL): SQL {
  return sql`
    with r as (
      select r.id, r.unit_id, r.period::int as year, r.status, r.province_id, r.commune_id, i.category
      from reports r join institutions i on i.unit_id = r.unit_id
      where ${where} and r.period ~ '^[0-9]{4}$' and r.status in ${COUNTED}),
    v as (
      select r.id as report_id, ind.code, ind.kind, ind.threshold,
        sum(v.value) filter (where ind.kind <> 'ratio' or ie.position = 0) as value,
        sum(v.value) filter (where ind.kind = 'ratio' and ie.position = 1) as value2,
        count(v.value) as n
      from r join indicators ind on ind.categories ? r.category
        join indicator_elements ie on ie.indicator_code = ind.code
        left join report_values v on v.report_id = r.id and v.element_code = ie.element_code
      group by r.id, ind.code, ind.kind, ind.threshold),
    f as (
      select v.*, (r.status in ('approved', 'locked') and v.n > 0) as counts
      from v join r on r.id = v.report_id)
    select f.report_id, f.code, r.unit_id, r.year, r.category,
      (select id from units where kind = 'country' order by valid_from limit 1), r.province_id, r.commune_id,
      1,
      case when f.counts then 1 else 0 end,
      case when f.counts and (
        (f.kind = 'coverage' and coalesce(f.value, 0) >= 1) or
        (f.kind = 'threshold' and coalesce(f.value, 0) >= coalesce(f.threshold, 1))) then 1 else 0 end,
      case when f.counts then coalesce(f.value, 0) else 0 end,
      case when f.counts then coalesce(f.value2, 0) else 0 end
    from f join r on r.id = f.report_id`;
}

const FACT_COLUMNS = sql.raw(
  'report_id, indicator_code, unit_id, year, category, country_id, province_id, commune_id, submitted, reported, met, value, value2',
);

/** Adds `sign` × the given facts to their ancestors' rollups (`facts` is a CTE named there). */
function applyToRollups(sign: 1 | -1, at: Date): SQL {
  const s = sql.raw(sign === 1 ? '' : '-');
  return sql`
    insert into analytics_rollups (unit_id, year, indicator_code, category, submitted, reported, met, value, value2, updated_at)
    select a.unit_id, x.year, x.indicator_code, x.category, ${s}sum(x.submitted), ${s}sum(x.reported),
      ${s}sum(x.met), ${s}sum(x.value), ${s}sum(x.value2), ${at.toISOString()}::timestamptz
    from changed x cross join lateral (values (x.country_id), (x.province_id), (x.commune_id)) a(unit_id)
    where a.unit_id is not null
    group by a.unit_id, x.year, x.indicator_code, x.category
    on conflict (unit_id, year, indicator_code, category) do update set
      submitted = analytics_rollups.submitted + excluded.submitted,
      reported = analytics_rollups.reported + excluded.reported,
      met = analytics_rollups.met + excluded.met,
      value = analytics_rollups.value + excluded.value,
      value2 = analytics_rollups.value2 + excluded.value2,
      updated_at = excluded.updated_at`;
}

/**
 * Brings the facts of these reports up to date and moves only their ancestors' rollups by the difference: the
 * old facts are taken away, the new ones added. Runs in the transaction that changes a report's status, so a
 * figure is never older than the approval that changed it.
 */
export async function refreshReportFacts(tx: DbOrTx, reportIds: readonly number[], at: Date): Promise<void> {
  if (reportIds.length === 0) return;
  const ids = column(reportIds, (id) => id, 'int');
  await tx.execute(sql`
    with changed as (delete from analytics_facts where report_id = any(${ids}) returning *)
    ${applyToRollups(-1, at)}`);
  await tx.execute(sql`
    with changed as (
      insert into analytics_facts (${FACT_COLUMNS}) ${factRows(sql`r.id = any(${ids})`)} returning *)
    ${applyToRollups(1, at)}`);
  // The first report of a new year: count who is expected to report it (once; later writes mark it stale).
  const uncounted = await tx.execute<{ year: number }>(sql`
    select distinct r.period::int as year from reports r
    where r.id = any(${ids}) and r.period ~ '^[0-9]{4}$'
      and not exists (select 1 from analytics_population p where p.year = r.period::int)`);
  for (const { year } of uncounted.rows) await refreshPopulation(tx, year, todayInVietnam(at), at);
  await bumpFiguresVersion(tx);
}

/** Recomputes every fact and rollup from the reports (the full rebuild; years narrows it). */
export async function rebuildFactsAndRollups(
  db: DbOrTx,
  at: Date,
  years: readonly number[] | null = null,
): Promise<{ facts: number; rollups: number }> {
  const inYears = (alias: string) =>
    years ? sql`${sql.raw(alias)} = any(${column(years, (y) => y, 'int')})` : sql`true`;
  const periods = years ? column(years, (y) => String(y), 'text') : null;
  await db.execute(sql`delete from analytics_facts where ${inYears('year')}`);
  await db.execute(sql`delete from analytics_rollups where ${inYears('year')}`);
  const facts = await db.execute(sql`
    insert into analytics_facts (${FACT_COLUMNS})
    ${factRows(periods ? sql`r.period = any(${periods})` : sql`true`)}`);
  const rollups = await db.execute(sql`
    with changed as (select * from analytics_facts where ${inYears('year')})
    ${applyToRollups(1, at)}`);
  await bumpFiguresVersion(db);
  return { facts: facts.rowCount ?? 0, rollups: rollups.rowCount ?? 0 };
}
