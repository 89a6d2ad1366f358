import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import type { ReportRow } from '../reports.repo';
import { findRoleHolders, insertNotifications } from './notifications.repo';
import { planStepNotifications, type ReportStep } from './plan-reminders';

/**
 * Thông báo quy trình: called by each workflow step inside its transaction, so a notification exists exactly
 * when the step does. `report` is the row as it was before the step (its version names the step).
 */
export async function notifyReportStep(
  tx: DbOrTx,
  input: { step: ReportStep; report: ReportRow; actorId: string; at: Date; reason?: string },
): Promise<void> {
  const { report } = input;
  const found = await tx.execute<{ unitName: string; formCode: string; actorName: string | null }>(sql`
    select u.name as "unitName", f.code as "formCode",
      (select display_name from users where id = ${input.actorId}) as "actorName"
    from units u, forms f where u.id = ${report.unitId} and f.id = ${report.formId}`);
  const info = found.rows[0];
  if (!info) return;
  const roles = await findRoleHolders(
    tx,
    input.step === 'submit' ? (report.parentId === null ? [] : [report.parentId]) : [report.unitId],
  );
  const drafts = planStepNotifications(
    input.step,
    report,
    {
      reportId: report.id,
      unitId: report.unitId,
      unitName: info.unitName,
      period: report.period,
      formCode: info.formCode,
      ...(report.deadline ? { deadline: report.deadline } : {}),
      ...(input.reason ? { reason: input.reason } : {}),
      ...(info.actorName ? { actorName: info.actorName } : {}),
    },
    roles,
    input.actorId,
  );
  await insertNotifications(tx, drafts, input.at);
}
