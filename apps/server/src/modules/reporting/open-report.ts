import { AppError, type OpenReport, type ReportDetail, todayInVietnam } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { assertUnitAccess } from '../auth/access';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { type FormRow, findFormRow, findFormRowFor } from './forms.repo';
import { asOfDay, levelOf, periodOf } from './report-context';
import { getReportDetail } from './report-detail';
import { findReportingUnits } from './report-units.repo';
import { canEnter } from './reporting.policy';
import { ensureReports, findReportRowByKey, reportKey } from './reports.repo';

/**
 * Mở báo cáo: the report of a unit for a period, created as a draft the first time someone who may enter it
 * opens it. The form follows from the unit (an institution's category, a commune, a province) unless named.
 */

function fieldError(field: string, reason: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, [{ field, reason }]);
}

async function findUnitKind(db: DbOrTx, unitId: number) {
  const rows = await db.execute<{ kind: string; category: string | null }>(sql`
    select u.kind, i.category from units u left join institutions i on i.unit_id = u.id where u.id = ${unitId}`);
  return rows.rows[0];
}

/** The form a unit reports on for a period type, or the named one when it fits the unit. */
export async function resolveForm(
  db: DbOrTx,
  unitId: number,
  periodType: string,
  formId?: number,
): Promise<FormRow> {
  const unit = await findUnitKind(db, unitId);
  if (!unit) throw new AppError('NOT_FOUND', `unit ${unitId} not found`);
  const level = levelOf(unit);
  if (!level) throw fieldError('unitId', 'no_form_for_unit', `a ${unit.kind} does not report`);
  const form =
    formId === undefined
      ? await findFormRowFor(db, level, unit.category, periodType)
      : await findFormRow(db, formId);
  if (!form)
    throw fieldError(formId === undefined ? 'unitId' : 'formId', 'no_form_for_unit', 'no form for this unit');
  const fits =
    form.level === level && (level !== 'institution' || form.categories.includes(unit.category ?? ''));
  if (!fits) throw fieldError('formId', 'form_not_for_unit', `form ${form.code} is not for this unit`);
  return form;
}

export async function openReport(actor: Actor, input: OpenReport, deps: ServiceDeps): Promise<ReportDetail> {
  const today = todayInVietnam(deps.clock());
  await assertUnitAccess(deps.db, actor, 'unit.read', input.unitId);
  const parsed = periodOf(input.period);
  const form = await resolveForm(deps.db, input.unitId, parsed.type, input.formId);
  periodOf(input.period, form);
  const existing = await findReportRowByKey(deps.db, form.id, input.unitId, input.period);
  if (existing) return getReportDetail(deps.db, actor, existing.id);
  const asOf = asOfDay(parsed, form.cutoffStartDay, today);
  if (!asOf) throw fieldError('period', 'period_not_open', `period ${input.period} has not started`);
  const unit = (await findReportingUnits(deps.db, [input.unitId], asOf)).get(input.unitId);
  if (!unit)
    throw fieldError('unitId', 'unit_not_in_period', `unit ${input.unitId} did not exist in ${input.period}`);
  if (!(await canEnter(deps.db, actor, { unitId: unit.id, parentId: unit.parentId }))) {
    throw new AppError('NOT_FOUND', `no report of unit ${input.unitId} for ${input.period} yet`);
  }
  const ids = await ensureReports(
    deps.db,
    [
      {
        formId: form.id,
        unitId: unit.id,
        period: input.period,
        provinceId: unit.provinceId,
        communeId: unit.communeId,
        parentId: unit.parentId,
      },
    ],
    actor.userId,
  );
  const id = ids.get(reportKey({ formId: form.id, unitId: unit.id, period: input.period }));
  if (id === undefined) throw new AppError('INTERNAL', 'report not created');
  return getReportDetail(deps.db, actor, id);
}
