import type { ReportEvent, ReportStatus, ReportSummary, StoredValue } from '@suotdoi/shared';
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { column } from '../../db/sql-arrays';

/** Reports, their values and their history. SQL only. */

export type ReportRow = {
  id: number;
  formId: number;
  unitId: number;
  period: string;
  status: ReportStatus;
  version: number;
  provinceId: number | null;
  communeId: number | null;
  parentId: number | null;
  narrative: { results?: string; limitations?: string; proposals?: string };
  deadline: string | null;
  submittedAt: Date | null;
  returnReason: string | null;
};

const REPORT_COLUMNS = sql`r.id, r.form_id as "formId", r.unit_id as "unitId", r.period, r.status, r.version,
  r.province_id as "provinceId", r.commune_id as "communeId", r.parent_id as "parentId", r.narrative,
  to_char(r.deadline, 'YYYY-MM-DD') as deadline, r.submitted_at as "submittedAt", r.return_reason as "returnReason"`;

export async function findReportRow(db: DbOrTx, id: number, lock = false): Promise<ReportRow | undefined> {
  const rows = await db.execute<ReportRow>(
    sql`select ${REPORT_COLUMNS} from reports r where r.id = ${id} ${lock ? sql`for update` : sql``}`,
  );
  return rows.rows[0];
}

export async function findReportRowByKey(db: DbOrTx, formId: number, unitId: number, period: string) {
  const rows = await db.execute<ReportRow>(sql`select ${REPORT_COLUMNS} from reports r
    where r.form_id = ${formId} and r.unit_id = ${unitId} and r.period = ${period}`);
  return rows.rows[0];
}

export interface NewReport {
  formId: number;
  unitId: number;
  period: string;
  provinceId: number | null;
  communeId: number | null;
  parentId: number | null;
}

/**
 * Creates the drafts that do not exist yet (two people opening the same report at once get the same one) and
 * answers the id of every (form, unit, period), new or old.
 */
export async function ensureReports(db: DbOrTx, reports: readonly NewReport[], actorId: string | null) {
  if (reports.length === 0) return new Map<string, number>();
  await db.execute(sql`insert into reports (form_id, unit_id, period, province_id, commune_id, parent_id, updated_by)
    select t.*, ${actorId}::uuid from unnest(${column(reports, (r) => r.formId, 'int')}, ${column(reports, (r) => r.unitId, 'int')},
      ${column(reports, (r) => r.period, 'text')}, ${column(reports, (r) => r.provinceId, 'int')},
      ${column(reports, (r) => r.communeId, 'int')}, ${column(reports, (r) => r.parentId, 'int')}) as t
    on conflict (form_id, unit_id, period) do nothing`);
  const rows = await db.execute<{ id: number; formId: number; unitId: number; period: string }>(sql`
    select r.id, r.form_id as "formId", r.unit_id as "unitId", r.period from reports r
    join unnest(${column(reports, (r) => r.formId, 'int')}, ${column(reports, (r) => r.unitId, 'int')},
      ${column(reports, (r) => r.period, 'text')}) as t(form_id, unit_id, period)
      on r.form_id = t.form_id and r.unit_id = t.unit_id and r.period = t.period`);
  return new Map(rows.rows.map((r) => [reportKey(r), r.id]));
}

export const reportKey = (r: { formId: number; unitId: number; period: string }) =>
  `${r.formId}|${r.unitId}|${r.period}`;

/** A report's stored values by element (numbers, 1/0 booleans or text). */
export async function findValues(db: DbOrTx, reportId: number): Promise<Record<string, StoredValue>> {
  const rows = await db.execute<{
    element: string;
    value: number | null;
    text: string | null;
    comment: string | null;
    source: string;
    auto: number | null;
  }>(
    sql`select element_code as element, value, text_value as text, comment, source, auto_value as auto
      from report_values where report_id = ${reportId}`,
  );
  return Object.fromEntries(
    rows.rows.map((r) => [
      r.element,
      { value: r.text ?? r.value, comment: r.comment, source: r.source, auto: r.auto },
    ]),
  );
}

/** A unit's values of one period, whichever form held them. */
export async function findUnitPeriodValues(db: DbOrTx, unitId: number, period: string) {
  const rows = await db.execute<{ element: string; value: number | null; text: string | null }>(sql`
    select element_code as element, value, text_value as text from report_values
    where unit_id = ${unitId} and period = ${period}`);
  return Object.fromEntries(rows.rows.map((r) => [r.element, r.text ?? r.value]));
}

export interface ValueWrite {
  reportId: number;
  unitId: number;
  period: string;
  provinceId: number | null;
  communeId: number | null;
  element: string;
  value: number | null;
  textValue: string | null;
  /** Undefined keeps the stored comment (imports carry no comments). */
  comment?: string | null;
  source: string;
}

/**
 * Writes values, replacing what the same report held for the same element; one statement per 5,000 rows.
 * Rows without a comment (imports) keep the stored comment, so they go in a statement of their own.
 */
export async function upsertValues(db: DbOrTx, rows: readonly ValueWrite[], actorId: string | null) {
  const withComment = rows.filter((r) => r.comment !== undefined);
  const withoutComment = rows.filter((r) => r.comment === undefined);
  for (const [group, keepComment] of [
    [withComment, false],
    [withoutComment, true],
  ] as const) {
    for (let i = 0; i < group.length; i += 5000) {
      await upsertValueChunk(db, group.slice(i, i + 5000), keepComment, actorId);
    }
  }
}

async function upsertValueChunk(
  db: DbOrTx,
  part: readonly ValueWrite[],
  keepComment: boolean,
  actorId: string | null,
) {
  await db.execute(sql`insert into report_values (report_id, element_code, unit_id, period, province_id,
      commune_id, value, text_value, comment, source, updated_by)
    select t.*, ${actorId}::uuid
    from unnest(${column(part, (r) => r.reportId, 'int')}, ${column(part, (r) => r.element, 'text')},
      ${column(part, (r) => r.unitId, 'int')}, ${column(part, (r) => r.period, 'text')},
      ${column(part, (r) => r.provinceId, 'int')}, ${column(part, (r) => r.communeId, 'int')},
      ${column(part, (r) => r.value, 'float8')}, ${column(part, (r) => r.textValue, 'text')},
      ${column(part, (r) => r.comment ?? null, 'text')}, ${column(part, (r) => r.source, 'text')}) as t
    on conflict (report_id, element_code) do update set value = excluded.value, text_value = excluded.text_value,
      ${keepComment ? sql`` : sql`comment = excluded.comment,`}
      source = excluded.source, updated_at = now(), updated_by = excluded.updated_by`);
}

/** An automatic value (issue 7): the value to store and the activities' figure kept beside it. */
export interface AutoValueWrite {
  reportId: number;
  unitId: number;
  period: string;
  provinceId: number | null;
  communeId: number | null;
  element: string;
  value: number | null;
  autoValue: number;
  /** auto while the value follows the figure; the stored source when a person's value is kept. */
  source: string;
}

/** Writes the activities' figures: value, auto_value and source; a person's comment stays. */
export async function upsertAutoValues(db: DbOrTx, rows: readonly AutoValueWrite[], actorId: string | null) {
  if (rows.length === 0) return;
  await db.execute(sql`insert into report_values (report_id, element_code, unit_id, period, province_id,
      commune_id, value, auto_value, source, updated_by)
    select t.*, ${actorId}::uuid
    from unnest(${column(rows, (r) => r.reportId, 'int')}, ${column(rows, (r) => r.element, 'text')},
      ${column(rows, (r) => r.unitId, 'int')}, ${column(rows, (r) => r.period, 'text')},
      ${column(rows, (r) => r.provinceId, 'int')}, ${column(rows, (r) => r.communeId, 'int')},
      ${column(rows, (r) => r.value, 'float8')}, ${column(rows, (r) => r.autoValue, 'float8')},
      ${column(rows, (r) => r.source, 'text')}) as t
    on conflict (report_id, element_code) do update set value = excluded.value, text_value = null,
      auto_value = excluded.auto_value, source = excluded.source, updated_at = now(),
      updated_by = excluded.updated_by`);
}

export async function updateReport(
  db: DbOrTx,
  id: number,
  set: {
    status?: ReportStatus;
    narrative?: ReportRow['narrative'];
    deadline?: string | null;
    submittedAt?: Date | null;
    submittedBy?: string | null;
    approvedAt?: Date | null;
    approvedBy?: string | null;
    returnReason?: string | null;
  },
  actorId: string | null,
) {
  const sets: SQL[] = [
    sql`version = version + 1`,
    sql`updated_at = now()`,
    sql`updated_by = ${actorId}::uuid`,
  ];
  if (set.status !== undefined) sets.push(sql`status = ${set.status}`);
  if (set.narrative !== undefined) sets.push(sql`narrative = ${JSON.stringify(set.narrative)}::jsonb`);
  if (set.deadline !== undefined) sets.push(sql`deadline = ${set.deadline}::date`);
  if (set.submittedAt !== undefined)
    sets.push(sql`submitted_at = ${set.submittedAt?.toISOString() ?? null}::timestamptz`);
  if (set.submittedBy !== undefined) sets.push(sql`submitted_by = ${set.submittedBy}::uuid`);
  if (set.approvedAt !== undefined)
    sets.push(sql`approved_at = ${set.approvedAt?.toISOString() ?? null}::timestamptz`);
  if (set.approvedBy !== undefined) sets.push(sql`approved_by = ${set.approvedBy}::uuid`);
  if (set.returnReason !== undefined) sets.push(sql`return_reason = ${set.returnReason}`);
  await db.execute(sql`update reports set ${sql.join(sets, sql`, `)} where id = ${id}`);
}

export async function insertReportEvent(
  db: DbOrTx,
  e: {
    reportId: number;
    action: ReportEvent['action'];
    fromStatus: string;
    toStatus: string;
    reason?: string | null;
    actorId: string | null;
  },
) {
  await db.execute(sql`insert into report_events (report_id, action, from_status, to_status, reason, actor_id)
    values (${e.reportId}, ${e.action}, ${e.fromStatus}, ${e.toStatus}, ${e.reason ?? null}, ${e.actorId}::uuid)`);
}

export async function findReportEvents(db: DbOrTx, reportId: number): Promise<ReportEvent[]> {
  const rows = await db.execute<ReportEvent & { actorId: string | null; actorName: string | null }>(sql`
    select e.id, e.action, e.from_status as "fromStatus", e.to_status as "toStatus", e.reason,
      e.actor_id as "actorId", coalesce(u.display_name, u.username) as "actorName",
      to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at
    from report_events e left join users u on u.id = e.actor_id
    where e.report_id = ${reportId} order by e.at, e.id`);
  return rows.rows.map(({ actorId, actorName, ...e }) => ({
    ...e,
    actor: actorId ? { id: actorId, name: actorName ?? '' } : null,
  }));
}

/** Summaries of the reports matching `where` (over alias r), newest period first. */
export async function findReportSummaries(db: DbOrTx, where: SQL, limit = 500): Promise<ReportSummary[]> {
  const rows = await db.execute<ReportSummary & { unitLevel: string }>(sql`
    select r.id, r.form_id as "formId", f.code as "formCode",
      json_build_object('id', u.id, 'code', u.code, 'name', u.name, 'level', u.kind,
        'validFrom', u.valid_from, 'validTo', u.valid_to) as unit,
      r.period, r.status, r.version, to_char(r.deadline, 'YYYY-MM-DD') as deadline,
      to_char(r.submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "submittedAt",
      to_char(r.approved_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "approvedAt",
      case when r.approved_by is null then null else
        json_build_object('id', a.id, 'name', coalesce(a.display_name, a.username)) end as "approvedBy",
      to_char(r.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "updatedAt",
      case when r.submitted_at is null or r.deadline is null then null
        else (r.submitted_at at time zone 'Asia/Ho_Chi_Minh')::date <= r.deadline end as "onTime"
    from reports r join forms f on f.id = r.form_id join units u on u.id = r.unit_id
      left join users a on a.id = r.approved_by
    where ${where}
    order by r.period desc, u.name, r.id limit ${limit}`);
  return rows.rows;
}
