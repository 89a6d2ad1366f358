import type { DeadlineConfig, IsoDate, Period, ReportLevel, ReportStatus } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { validOn } from '../../../db/validity';

/** The expected reports of a period and the totals below a unit. SQL only. */

const ISO_TS = (column: string) =>
  sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

export type ExpectedReportRow = {
  unitId: number;
  code: string;
  name: string;
  kind: string;
  /** The unit's parent on the day: the approving unit. */
  parentId: number | null;
  formId: number;
  formCode: string;
  level: ReportLevel;
  deadlines: DeadlineConfig;
  cutoffStartDay: number;
  reportId: number | null;
  status: ReportStatus | null;
  /** Stored at submission. */
  deadline: string | null;
  submittedAt: string | null;
  approvedAt: string | null;
  approvedById: string | null;
  approvedByName: string | null;
};

export interface ExpectedReportsQuery {
  /** The unit whose subtree is read (itself excluded); null for every unit in the country. */
  rootId: number | null;
  depth: 'children' | 'all';
  period: Pick<Period, 'id' | 'type'>;
  /** The day whose units and parent links count. */
  asOf: IsoDate;
  formId?: number;
}

/**
 * Each unit that is expected to report for the period: valid on `asOf`, below the root through that day's parent
 * links, with an active form of its level (and, for an institution, its category) and the period's type; with
 * its report when one was opened. One row per unit (the lowest form id when several forms would apply, as
 * opening a report picks).
 */
export async function findExpectedReports(db: DbOrTx, q: ExpectedReportsQuery): Promise<ExpectedReportRow[]> {
  const down =
    q.rootId === null
      ? sql`select u.id, 1 as depth from units u where u.kind in ('institution', 'commune', 'province')`
      : sql`with recursive tree(id, depth) as (
          select ${q.rootId}::int, 0
          union all
          select p.unit_id, t.depth + 1 from unit_parents p join tree t on p.parent_id = t.id
          where ${validOn('p', q.asOf)} and t.depth < 12)
        select id, depth from tree`;
  const rows = await db.execute<ExpectedReportRow>(sql`
    select distinct on (u.id) u.id as "unitId", u.code, u.name, u.kind,
      (select p.parent_id from unit_parents p where p.unit_id = u.id and ${validOn('p', q.asOf)}
        order by p.valid_from desc limit 1) as "parentId",
      f.id as "formId", f.code as "formCode", f.level, f.deadlines, f.cutoff_start_day as "cutoffStartDay",
      r.id as "reportId", r.status, to_char(r.deadline, 'YYYY-MM-DD') as deadline,
      ${ISO_TS('r.submitted_at')} as "submittedAt", ${ISO_TS('r.approved_at')} as "approvedAt",
      r.approved_by as "approvedById", au.display_name as "approvedByName"
    from (${down}) d join units u on u.id = d.id
      left join institutions i on i.unit_id = u.id
      join forms f on f.active and f.period_type = ${q.period.type} and f.level = u.kind
        and (u.kind <> 'institution' or f.categories ? i.category)
        ${q.formId === undefined ? sql`` : sql`and f.id = ${q.formId}`}
      left join reports r on r.form_id = f.id and r.unit_id = u.id and r.period = ${q.period.id}
      left join users au on au.id = r.approved_by
    where ${validOn('u', q.asOf)} and ${q.depth === 'children' ? sql`d.depth = 1` : sql`d.depth >= 1`}
    order by u.id, f.id`);
  return rows.rows;
}

export type ElementTotalRow = {
  element: string;
  nameVi: string;
  nameEn: string;
  valueType: string;
  value: number;
  reports: number;
};

/**
 * Each numeric element summed over the submitted, approved and locked reports of the period whose unit lies
 * below `rootId` on `asOf` (the root's own report excluded), as a summary report's "children totals" are.
 */
export async function findSubtreeTotals(
  db: DbOrTx,
  q: { rootId: number; periodId: string; asOf: IsoDate; formId?: number },
): Promise<ElementTotalRow[]> {
  const rows = await db.execute<ElementTotalRow>(sql`
    with recursive tree(id, depth) as (
      select ${q.rootId}::int, 0
      union all
      select p.unit_id, t.depth + 1 from unit_parents p join tree t on p.parent_id = t.id
      where ${validOn('p', q.asOf)} and t.depth < 12)
    select v.element_code as element, e.name_vi as "nameVi", e.name_en as "nameEn",
      e.value_type as "valueType", sum(v.value)::float8 as value, count(distinct r.id)::int as reports
    from reports r join report_values v on v.report_id = r.id
      join data_elements e on e.code = v.element_code
    where r.unit_id in (select id from tree where depth >= 1) and r.period = ${q.periodId}
      and r.status in ('submitted', 'approved', 'locked') and v.value is not null
      ${q.formId === undefined ? sql`` : sql`and r.form_id = ${q.formId}`}
    group by v.element_code, e.name_vi, e.name_en, e.value_type
    order by v.element_code`);
  return rows.rows;
}

export async function findBoardUnit(db: DbOrTx, unitId: number) {
  const rows = await db.execute<{ id: number; code: string; name: string; kind: string }>(
    sql`select id, code, name, kind from units where id = ${unitId}`,
  );
  return rows.rows[0];
}

/** The cut-off start day of the active forms of a period type (15 when none: the national regime). */
export async function findCutoffStartDay(db: DbOrTx, periodType: string): Promise<number> {
  const rows = await db.execute<{ day: number | null }>(
    sql`select min(cutoff_start_day)::int as day from forms where active and period_type = ${periodType}`,
  );
  return rows.rows[0]?.day ?? 15;
}
