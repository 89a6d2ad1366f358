import {
  AppError,
  evaluateRules,
  type Form,
  previousPeriod,
  type ReportDetail,
  type ReportValue,
  type StoredValue,
} from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import type { Actor } from '../auth/actor';
import { listAttachments } from './attachments.repo';
import { deadlineOf, formFor, loadCalendar, loadForm, periodOf } from './report-context';
import { findCategory } from './report-units.repo';
import { assertCanRead, canEnter, canReview, canUnlock } from './reporting.policy';
import {
  findReportEvents,
  findReportRow,
  findReportSummaries,
  findUnitPeriodValues,
  findValues,
  type ReportRow,
} from './reports.repo';

/** Everything a report's page shows, for a person who may read it. */

const EDITABLE = new Set(['draft', 'returned']);

/** Totals of every report below a commune or province (not its own), from the submitted and approved ones. */
async function findSubtreeTotals(db: DbOrTx, row: ReportRow, level: string) {
  if (level === 'institution') return null;
  const column = level === 'province' ? sql`r.province_id` : sql`r.commune_id`;
  const rows = await db.execute<{ element: string; value: number; reports: number }>(sql`
    select v.element_code as element, sum(v.value)::float8 as value, count(distinct r.id)::int as reports
    from reports r join report_values v on v.report_id = r.id
    where ${column} = ${row.unitId} and r.unit_id <> ${row.unitId} and r.period = ${row.period}
      and r.status in ('submitted', 'approved', 'locked') and v.value is not null
    group by v.element_code`);
  return Object.fromEntries(rows.rows.map((r) => [r.element, { value: r.value, reports: r.reports }]));
}

/** The elements the jump rule watches: the numbers, not the yes/no answers stored as 1/0. */
export const numericElements = (form: Form) =>
  form.elements.filter((e) => !['boolean', 'text'].includes(e.valueType)).map((e) => e.code);

export const labelsOf = (form: Form) => Object.fromEntries(form.elements.map((e) => [e.code, e.name]));

/**
 * The form's rules over a report's stored values and comments, against the previous period's values, and the
 * built-in rule that an automatic value changed by a person carries a reason.
 */
export function violationsOf(
  form: Form,
  stored: Record<string, StoredValue>,
  previous: Record<string, ReportValue>,
  stage: 'save' | 'submit',
) {
  const entries = Object.entries(stored);
  return evaluateRules(form.rules, {
    values: Object.fromEntries(entries.map(([k, v]) => [k, v.value])),
    previous,
    comments: Object.fromEntries(entries.map(([k, v]) => [k, v.comment ?? undefined])),
    stage,
    numericElements: numericElements(form),
    labels: labelsOf(form),
    autoValues: Object.fromEntries(entries.map(([k, v]) => [k, v.auto])),
  });
}

export async function getReportDetail(db: DbOrTx, actor: Actor, id: number): Promise<ReportDetail> {
  const row = await findReportRow(db, id);
  if (!row) throw new AppError('NOT_FOUND', `report ${id} not found`);
  await assertCanRead(db, actor, row);
  const [summary] = await findReportSummaries(db, sql`r.id = ${id}`);
  if (!summary) throw new AppError('NOT_FOUND', `report ${id} not found`);
  const period = periodOf(row.period);
  const baseForm = await loadForm(db, row.formId);
  const form = formFor(baseForm, await findCategory(db, row.unitId));
  const stored = await findValues(db, id);
  const previousId = previousPeriod(period).id;
  const previous = await findUnitPeriodValues(db, row.unitId, previousId);
  const deadline = row.deadline ?? deadlineOf(baseForm, period, await loadCalendar(db));
  const editable = EDITABLE.has(row.status) && (await canEnter(db, actor, row));
  const reviewer = await canReview(db, actor, row);
  return {
    ...summary,
    deadline,
    form,
    values: stored,
    previous: { period: previousId, values: previous },
    narrative: row.narrative,
    returnReason: row.returnReason,
    history: await findReportEvents(db, id),
    attachments: await listAttachments(db, id),
    childrenTotals: await findSubtreeTotals(db, row, baseForm.level),
    violations: violationsOf(form, stored, previous, 'submit'),
    can: {
      edit: editable,
      submit: editable,
      approve: row.status === 'submitted' && reviewer,
      return: (row.status === 'submitted' || row.status === 'approved') && reviewer,
      unlock: (row.status === 'approved' || row.status === 'locked') && (await canUnlock(db, actor, row)),
    },
  };
}
