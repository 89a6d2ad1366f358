import {
  AppError,
  hasBlockingViolations,
  previousPeriod,
  type ReportStatus,
  todayInVietnam,
} from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { syncAutoValues } from '../activities/auto-values';
import { refreshReportFacts } from '../analytics/facts.repo';
import { recordAudit } from '../audit/audit.record';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { notifyReportStep } from './reminders/notify';
import { deadlineOf, formFor, loadCalendar, loadForm, periodOf } from './report-context';
import { violationsOf } from './report-detail';
import { findCategory } from './report-units.repo';
import { assertAllowed, canEnter, canReview, canUnlock } from './reporting.policy';
import {
  findReportRow,
  findUnitPeriodValues,
  findValues,
  insertReportEvent,
  type ReportRow,
  updateReport,
} from './reports.repo';

/**
 * Quy trình: draft → submitted → returned (with a reason) or approved; approving a commune's or province's
 * report locks the approved reports below it; an authorised person reopens an approved or locked report with a
 * reason. Each step checks the version the person saw, is audited and lands in the report's history.
 */

type Step = 'submit' | 'return' | 'approve' | 'lock' | 'unlock';

async function lockedRow(tx: DbOrTx, id: number, version?: number) {
  const row = await findReportRow(tx, id, true);
  if (!row) throw new AppError('NOT_FOUND', `report ${id} not found`);
  if (version !== undefined && version !== row.version) {
    throw new AppError('CONFLICT', `report ${id} changed since version ${version}`, { version: row.version });
  }
  return row;
}

function assertStatus(row: ReportRow, allowed: ReportStatus[], step: Step) {
  if (!allowed.includes(row.status)) {
    throw new AppError('REPORT_STATE', `cannot ${step} a ${row.status} report`, { status: row.status, step });
  }
}

async function record(
  tx: DbOrTx,
  actor: Actor,
  row: ReportRow,
  step: Step,
  to: ReportStatus,
  reason: string | null = null,
) {
  await insertReportEvent(tx, {
    reportId: row.id,
    action: step,
    fromStatus: row.status,
    toStatus: to,
    reason,
    actorId: actor.userId,
  });
  await recordAudit(tx, actor, {
    action: `report.${step}`,
    entity: 'report',
    entityId: row.id,
    unitId: row.unitId,
    before: { status: row.status },
    after: { status: to, ...(reason ? { reason } : {}) },
  });
}

/**
 * A report open for changes again takes the activities' figures that waited while it was approved (issue 7): the
 * system writes them, as when the report is opened. Institutions' annual reports only.
 */
async function takeWaitingFigures(tx: DbOrTx, row: ReportRow, at: Date) {
  if (/^\d{4}$/.test(row.period)) await syncAutoValues(tx, row.unitId, row.period, { actor: null, at });
}

/** Gửi báo cáo: checks every rule as for submission (errors block, with the list) and fixes the deadline. */
export async function submitReport(
  actor: Actor,
  input: { reportId: number; version: number },
  deps: ServiceDeps,
) {
  await deps.db.transaction(async (tx) => {
    const row = await lockedRow(tx, input.reportId, input.version);
    await assertAllowed(tx, actor, row, canEnter, 'submit');
    assertStatus(row, ['draft', 'returned'], 'submit');
    const base = await loadForm(tx, row.formId);
    const form = formFor(base, await findCategory(tx, row.unitId));
    const period = periodOf(row.period);
    const stored = await findValues(tx, row.id);
    const previous = await findUnitPeriodValues(tx, row.unitId, previousPeriod(period).id);
    const violations = violationsOf(form, stored, previous, 'submit');
    if (hasBlockingViolations(violations)) {
      throw new AppError('REPORT_INVALID', `report ${row.id} breaks its rules`, {
        violations: violations.filter((v) => v.severity === 'error'),
      });
    }
    const deadline = deadlineOf(base, period, await loadCalendar(tx));
    await updateReport(
      tx,
      row.id,
      {
        status: 'submitted',
        submittedAt: deps.clock(),
        submittedBy: actor.userId,
        deadline,
        returnReason: null,
      },
      actor.userId,
    );
    await record(tx, actor, row, 'submit', 'submitted');
    await refreshReportFacts(tx, [row.id], deps.clock());
    await notifyReportStep(tx, {
      step: 'submit',
      report: { ...row, deadline },
      actorId: actor.userId,
      at: deps.clock(),
    });
  });
}

/** Trả lại: the approving level sends a submitted (or approved, not yet locked) report back with a reason. */
export async function returnReport(
  actor: Actor,
  input: { reportId: number; version: number; reason: string },
  deps: ServiceDeps,
) {
  await deps.db.transaction(async (tx) => {
    const row = await lockedRow(tx, input.reportId, input.version);
    await assertAllowed(tx, actor, row, canReview, 'return');
    assertStatus(row, ['submitted', 'approved'], 'return');
    await updateReport(
      tx,
      row.id,
      { status: 'returned', returnReason: input.reason, approvedAt: null, approvedBy: null },
      actor.userId,
    );
    await record(tx, actor, row, 'return', 'returned', input.reason);
    await refreshReportFacts(tx, [row.id], deps.clock());
    await takeWaitingFigures(tx, row, deps.clock());
    await notifyReportStep(tx, {
      step: 'return',
      report: row,
      actorId: actor.userId,
      at: deps.clock(),
      reason: input.reason,
    });
  });
}

/** The expected reports directly below `row`'s unit that are not approved yet (none started counts too). */
async function findPendingChildren(tx: DbOrTx, row: ReportRow, asOf: string) {
  const rows = await tx.execute<{ unitId: number; name: string; status: string | null }>(sql`
    select u.id as "unitId", u.name, r.status
    from unit_parents p join units u on u.id = p.unit_id
      left join institutions i on i.unit_id = u.id
      join forms f on f.active and f.period_type = (select period_type from forms where id = ${row.formId})
        and f.level = u.kind and (u.kind <> 'institution' or f.categories ? i.category)
      left join reports r on r.form_id = f.id and r.unit_id = u.id and r.period = ${row.period}
    where p.parent_id = ${row.unitId}
      and p.valid_from <= ${asOf}::date and (p.valid_to is null or p.valid_to > ${asOf}::date)
      and u.valid_from <= ${asOf}::date and (u.valid_to is null or u.valid_to > ${asOf}::date)
      and coalesce(r.status, 'none') not in ('approved', 'locked')
    order by u.name limit 50`);
  return rows.rows.map((r) => ({ unitId: r.unitId, name: r.name, status: r.status ?? 'not_started' }));
}

/** Phê duyệt: the approving level accepts a submitted report; a summary waits for its children (configurable). */
export async function approveReport(
  actor: Actor,
  input: { reportId: number; version: number },
  deps: ServiceDeps,
) {
  const today = todayInVietnam(deps.clock());
  await deps.db.transaction(async (tx) => {
    const row = await lockedRow(tx, input.reportId, input.version);
    await assertAllowed(tx, actor, row, canReview, 'approve');
    assertStatus(row, ['submitted'], 'approve');
    const form = await loadForm(tx, row.formId);
    if (form.level !== 'institution') {
      const period = periodOf(row.period);
      const asOf = period.end < today ? period.end : today;
      if (form.requireChildrenApproved) {
        const pending = await findPendingChildren(tx, row, asOf);
        if (pending.length > 0)
          throw new AppError('CHILDREN_NOT_APPROVED', `report ${row.id} waits for children`, { pending });
      }
      await lockChildren(tx, actor, row);
    }
    await updateReport(
      tx,
      row.id,
      { status: 'approved', approvedAt: deps.clock(), approvedBy: actor.userId },
      actor.userId,
    );
    await record(tx, actor, row, 'approve', 'approved');
    await refreshReportFacts(tx, [row.id], deps.clock());
    await notifyReportStep(tx, { step: 'approve', report: row, actorId: actor.userId, at: deps.clock() });
  });
}

/** Khóa: the approved reports directly below a summary that was just approved. */
async function lockChildren(tx: DbOrTx, actor: Actor, parent: ReportRow) {
  const children = await tx.execute<ReportRow>(sql`
    select r.id, r.unit_id as "unitId", r.status from reports r
    where r.parent_id = ${parent.unitId} and r.period = ${parent.period} and r.status = 'approved' for update`);
  for (const child of children.rows) {
    await updateReport(tx, child.id, { status: 'locked' }, actor.userId);
    await record(tx, actor, child, 'lock', 'locked');
  }
}

/** Mở khóa: reopens an approved or locked report (back to returned), by report.unlock above it, with a reason. */
export async function unlockReport(
  actor: Actor,
  input: { reportId: number; reason: string },
  deps: ServiceDeps,
) {
  await deps.db.transaction(async (tx) => {
    const row = await lockedRow(tx, input.reportId);
    await assertAllowed(tx, actor, row, canUnlock, 'unlock');
    assertStatus(row, ['approved', 'locked'], 'unlock');
    await updateReport(
      tx,
      row.id,
      { status: 'returned', returnReason: input.reason, approvedAt: null, approvedBy: null },
      actor.userId,
    );
    await record(tx, actor, row, 'unlock', 'returned', input.reason);
    await refreshReportFacts(tx, [row.id], deps.clock());
    await takeWaitingFigures(tx, row, deps.clock());
  });
}
