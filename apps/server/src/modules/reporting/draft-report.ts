import { AppError, type IsoDate, type Period } from '@suotdoi/shared';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { type FormRow, findFormRow, findFormRowFor } from './forms.repo';
import { asOfDay, levelOf } from './report-context';
import { findReportingUnits, type ReportingUnit } from './report-units.repo';
import { ensureReports, reportKey } from './reports.repo';

/**
 * Which form a unit reports on and how its draft comes to exist: shared by opening a report and by the
 * activities writing their figures into one (issue 7), so both create the same draft the same way.
 */

export function fieldError(field: string, reason: string, message: string): AppError {
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

/** Why a unit has no report to draft for a period. */
export type NoDraftReason = 'period_not_open' | 'unit_not_in_period';

/**
 * The unit as its report of `period` sees it (the tree of the cut-off end, or of today while the period runs),
 * or why there is no report to draft: the period's window has not opened, or the unit did not exist in it.
 */
export async function findDraftUnit(
  db: DbOrTx,
  form: Pick<FormRow, 'cutoffStartDay'>,
  unitId: number,
  period: Period,
  today: IsoDate,
): Promise<ReportingUnit | NoDraftReason> {
  const asOf = asOfDay(period, form.cutoffStartDay, today);
  if (!asOf) return 'period_not_open';
  return (await findReportingUnits(db, [unitId], asOf)).get(unitId) ?? 'unit_not_in_period';
}

/** Creates the draft of (form, unit, period), or finds the one someone created meanwhile, and answers its id. */
export async function createDraftReport(
  db: DbOrTx,
  formId: number,
  unit: ReportingUnit,
  period: string,
  actorId: string | null,
): Promise<number> {
  const ids = await ensureReports(
    db,
    [
      {
        formId,
        unitId: unit.id,
        period,
        provinceId: unit.provinceId,
        communeId: unit.communeId,
        parentId: unit.parentId,
      },
    ],
    actorId,
  );
  const id = ids.get(reportKey({ formId, unitId: unit.id, period }));
  if (id === undefined) throw new AppError('INTERNAL', 'report not created');
  return id;
}
