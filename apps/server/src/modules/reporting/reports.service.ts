import {
  AppError,
  type Form,
  type ReportListQuery,
  type ReportSummary,
  type UpdateForm,
} from '@suotdoi/shared';
import { type SQL, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.record';
import { scopedUnitIds } from '../auth/access';
import type { Actor } from '../auth/actor';
import { assertPermissionAnywhere } from '../auth/auth.policy';
import type { ServiceDeps } from '../auth/service-deps';
import { findFormRow, findForms, updateFormRow } from './forms.repo';
import { loadForm, withElements } from './report-context';
import { findReportSummaries } from './reports.repo';

/** Lists of reports and the forms they are made on. */

/**
 * Reports the actor may see, filtered. `mine`: units where they enter reports; `to_approve`: submitted reports
 * whose approving unit lies where they approve. Without a scope: every report of units they can read.
 */
export async function listReports(
  actor: Actor,
  query: ReportListQuery,
  deps: ServiceDeps,
): Promise<ReportSummary[]> {
  const where: SQL[] = [];
  const within = (permission: 'unit.read' | 'report.enter' | 'report.approve', column: SQL) => {
    const scope = scopedUnitIds(actor, permission);
    if (scope) where.push(sql`${column} in (${scope})`);
  };
  if (query.scope === 'to_approve') {
    within('report.approve', sql`r.parent_id`);
    where.push(sql`r.status = 'submitted'`);
  } else within(query.scope === 'mine' ? 'report.enter' : 'unit.read', sql`r.unit_id`);
  if (query.unitId !== undefined) where.push(sql`r.unit_id = ${query.unitId}`);
  if (query.period) where.push(sql`r.period = ${query.period}`);
  if (query.formId !== undefined) where.push(sql`r.form_id = ${query.formId}`);
  if (query.status) where.push(sql`r.status = ${query.status}`);
  return findReportSummaries(deps.db, where.length ? sql.join(where, sql` and `) : sql`true`);
}

export async function listForms(deps: ServiceDeps): Promise<Form[]> {
  const rows = await findForms(deps.db);
  return Promise.all(rows.map((row) => withElements(deps.db, row)));
}

/** Changes a form's settings (form.manage); the edit is kept when data/forms.json changes later. */
export async function updateForm(
  actor: Actor,
  input: { id: number; patch: UpdateForm },
  deps: ServiceDeps,
): Promise<Form> {
  assertPermissionAnywhere(actor, 'form.manage');
  await deps.db.transaction(async (tx) => {
    const row = await findFormRow(tx, input.id, true);
    if (!row) throw new AppError('NOT_FOUND', `form ${input.id} not found`);
    if (row.version !== input.patch.version) {
      throw new AppError('CONFLICT', `form ${input.id} changed`, { version: row.version, current: row });
    }
    const { version: _, ...patch } = input.patch;
    await updateFormRow(tx, input.id, patch);
    await recordAudit(tx, actor, {
      action: 'form.update',
      entity: 'form',
      entityId: input.id,
      before: Object.fromEntries(Object.keys(patch).map((k) => [k, row[k as keyof typeof row]])),
      after: patch,
    });
  });
  return loadForm(deps.db, input.id);
}
