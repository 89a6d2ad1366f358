import { AppError, type DocumentTemplate, type DocumentTemplateInput, todayInVietnam } from '@suotdoi/shared';
import type { DbOrTx } from '../../db/client';
import { recordAudit } from '../audit/audit.record';
import { assertUnitAccess } from '../auth/access';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { defaultTemplate } from './default-template';
import { findUnitContext } from './documents.repo';
import { findTemplateRow, type TemplateRow, upsertTemplateRow } from './templates.repo';

/** Mẫu văn bản: a unit's boilerplate, or the defaults of its level while nobody has saved one. */
export async function getTemplate(
  actor: Actor,
  unitId: number,
  deps: ServiceDeps,
): Promise<DocumentTemplate> {
  await assertUnitAccess(deps.db, actor, 'unit.read', unitId);
  return templateOf(deps.db, unitId, todayInVietnam(deps.clock()));
}

/** The template the generator uses, for callers that checked access. */
export async function templateOf(db: DbOrTx, unitId: number, day: string): Promise<DocumentTemplate> {
  const row = await findTemplateRow(db, unitId);
  if (row) return viewOf(row);
  const unit = await findUnitContext(db, unitId, day);
  if (!unit) throw new AppError('NOT_FOUND', `unit ${unitId} not found`);
  return defaultTemplate(unit);
}

/** Saves the unit's template (document.publish on the unit), with an audit entry of before and after. */
export async function saveTemplate(
  actor: Actor,
  unitId: number,
  input: DocumentTemplateInput,
  deps: ServiceDeps,
): Promise<DocumentTemplate> {
  await assertUnitAccess(deps.db, actor, 'document.publish', unitId);
  return deps.db.transaction(async (tx) => {
    const before = await findTemplateRow(tx, unitId);
    const row = await upsertTemplateRow(tx, unitId, input, actor.userId, deps.clock());
    const after = viewOf(row);
    await recordAudit(tx, actor, {
      action: before ? 'update' : 'create',
      entity: 'document_template',
      entityId: unitId,
      unitId,
      before: before ? viewOf(before) : null,
      after,
    });
    return after;
  });
}

function viewOf(row: TemplateRow): DocumentTemplate {
  const { updatedBy: _by, updatedAt, ...rest } = row;
  return { ...rest, updatedAt: updatedAt.toISOString() };
}
