import { createHash } from 'node:crypto';
import { AppError, type AttachmentLimits, type ReportDetail } from '@suotdoi/shared';
import { recordAudit } from '../audit/audit.record';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { type EvidenceFile, evidenceProblems, mimeOf } from '../files/evidence';
import { deleteAttachmentRow, findAttachment, insertAttachment, listAttachments } from './attachments.repo';
import { loadForm } from './report-context';
import { getReportDetail } from './report-detail';
import { assertAllowed, assertCanRead, canEnter } from './reporting.policy';
import { findReportRow } from './reports.repo';
import { assertEditable } from './save-report';

/** Minh chứng: evidence files of a report, within its form's limits (types checked by their first bytes). */

export async function addAttachments(
  actor: Actor,
  input: { reportId: number; files: EvidenceFile[] },
  deps: ServiceDeps,
): Promise<ReportDetail> {
  await deps.db.transaction(async (tx) => {
    const row = await findReportRow(tx, input.reportId, true);
    if (!row) throw new AppError('NOT_FOUND', `report ${input.reportId} not found`);
    await assertAllowed(tx, actor, row, canEnter, 'attach files to');
    assertEditable(row);
    const limits = (await loadForm(tx, row.formId)).attachments as AttachmentLimits;
    const problems = evidenceProblems(input.files, limits);
    const existing = (await listAttachments(tx, row.id)).length;
    if (existing + input.files.length > limits.maxFiles) {
      problems.push({ field: 'files', reason: 'too_many_files', value: { max: limits.maxFiles } });
    }
    if (input.files.length === 0) problems.push({ field: 'files', reason: 'required' });
    if (problems.length > 0) throw new AppError('VALIDATION_FAILED', 'bad attachments', problems);
    for (const f of input.files) {
      await insertAttachment(tx, {
        reportId: row.id,
        name: f.name.normalize('NFC'),
        mime: mimeOf(f.name),
        bytes: f.bytes,
        sha256: createHash('sha256').update(f.bytes).digest('hex'),
        createdBy: actor.userId,
      });
    }
    await recordAudit(tx, actor, {
      action: 'report.attach',
      entity: 'report',
      entityId: row.id,
      unitId: row.unitId,
      after: { files: input.files.map((f) => ({ name: f.name, size: f.bytes.length })) },
    });
  });
  return getReportDetail(deps.db, actor, input.reportId);
}

/** One attachment's bytes, for whoever may read its report. */
export async function getAttachment(actor: Actor, id: number, deps: ServiceDeps) {
  const file = await findAttachment(deps.db, id);
  if (!file) throw new AppError('NOT_FOUND', `attachment ${id} not found`);
  const row = await findReportRow(deps.db, file.reportId);
  if (!row) throw new AppError('NOT_FOUND', `attachment ${id} not found`);
  await assertCanRead(deps.db, actor, row);
  return file;
}

export async function removeAttachment(actor: Actor, id: number, deps: ServiceDeps): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const file = await findAttachment(tx, id);
    if (!file) throw new AppError('NOT_FOUND', `attachment ${id} not found`);
    const row = await findReportRow(tx, file.reportId, true);
    if (!row) throw new AppError('NOT_FOUND', `attachment ${id} not found`);
    await assertAllowed(tx, actor, row, canEnter, 'remove files of');
    assertEditable(row);
    await deleteAttachmentRow(tx, id);
    await recordAudit(tx, actor, {
      action: 'report.detach',
      entity: 'report',
      entityId: row.id,
      unitId: row.unitId,
      before: { file: file.name },
    });
  });
}
