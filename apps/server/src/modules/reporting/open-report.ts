import { AppError, type OpenReport, type ReportDetail, todayInVietnam } from '@suotdoi/shared';
import { syncAutoValues } from '../activities/auto-values';
import { assertUnitAccess } from '../auth/access';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { createDraftReport, fieldError, findDraftUnit, resolveForm } from './draft-report';
import { periodOf } from './report-context';
import { getReportDetail } from './report-detail';
import { canEnter } from './reporting.policy';
import { findReportRowByKey } from './reports.repo';

/**
 * Mở báo cáo: the report of a unit for a period, created as a draft the first time someone who may enter it
 * opens it. The form follows from the unit (an institution's category, a commune, a province) unless named.
 * An institution's annual report takes the current figures of its completed activities on the way (issue 7), so
 * a report opened long after an activity ended still shows them.
 */
export async function openReport(actor: Actor, input: OpenReport, deps: ServiceDeps): Promise<ReportDetail> {
  const today = todayInVietnam(deps.clock());
  await assertUnitAccess(deps.db, actor, 'unit.read', input.unitId);
  const parsed = periodOf(input.period);
  const form = await resolveForm(deps.db, input.unitId, parsed.type, input.formId);
  periodOf(input.period, form);
  let id = (await findReportRowByKey(deps.db, form.id, input.unitId, input.period))?.id;
  if (id === undefined) {
    const unit = await findDraftUnit(deps.db, form, input.unitId, parsed, today);
    if (unit === 'period_not_open')
      throw fieldError('period', 'period_not_open', `period ${input.period} has not started`);
    if (unit === 'unit_not_in_period')
      throw fieldError(
        'unitId',
        'unit_not_in_period',
        `unit ${input.unitId} did not exist in ${input.period}`,
      );
    if (!(await canEnter(deps.db, actor, { unitId: unit.id, parentId: unit.parentId }))) {
      throw new AppError('NOT_FOUND', `no report of unit ${input.unitId} for ${input.period} yet`);
    }
    id = await createDraftReport(deps.db, form.id, unit, input.period, actor.userId);
  }
  if (form.level === 'institution' && form.periodType === 'year') {
    // The figures move because of the activities, not because of who opened the report: the system writes them.
    const at = deps.clock();
    await deps.db.transaction((tx) => syncAutoValues(tx, input.unitId, input.period, { actor: null, at }));
  }
  return getReportDetail(deps.db, actor, id);
}
