import { type AdoptionInput, AppError, type GoodModel, todayInVietnam } from '@suotdoi/shared';
import { recordAudit } from '../audit/audit.record';
import { assertUnitAccess } from '../auth/access';
import type { Actor } from '../auth/actor';
import {
  deleteAdoption,
  findAdoption,
  findModelRow,
  findUnitPlace,
  hasAdoption,
  insertAdoption,
} from './good-models.repo';
import { type ContentDeps, loadModelFor, toGoodModels } from './good-models.service';

/** Nhân rộng: a unit says it adopted a published good model; the count is the model's spread. */

/**
 * Nhân rộng mô hình: content.write on the adopting unit. The model must be published (CONFLICT, reason
 * not_published), not of the adopting unit itself (VALIDATION_FAILED, own_model), and each unit adopts it once
 * (CONFLICT, already_adopted). `adoptedOn` defaults to today in Vietnam.
 */
export async function adoptGoodModel(
  actor: Actor,
  modelId: number,
  input: AdoptionInput,
  deps: ContentDeps,
): Promise<GoodModel> {
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    // Locked, so two adoptions by the same unit at once cannot both pass the check below.
    const model = await loadModelFor(tx, actor, modelId, 'read', true);
    await assertUnitAccess(tx, actor, 'content.write', input.unitId);
    if (model.status !== 'published')
      throw new AppError('CONFLICT', `good model ${modelId} is a draft`, [
        { field: 'status', reason: 'not_published', value: model.status },
      ]);
    if (input.unitId === model.unitId)
      throw new AppError('VALIDATION_FAILED', 'body.unitId: own_model', [
        { field: 'body.unitId', reason: 'own_model', value: input.unitId },
      ]);
    if (await hasAdoption(tx, modelId, input.unitId)) {
      const unit = await findUnitPlace(tx, input.unitId, todayInVietnam(now));
      throw new AppError('CONFLICT', `unit ${input.unitId} already adopted good model ${modelId}`, [
        { field: 'body.unitId', reason: 'already_adopted', value: unit?.name ?? String(input.unitId) },
      ]);
    }
    const adoption = {
      modelId,
      unitId: input.unitId,
      adoptedOn: input.adoptedOn ?? todayInVietnam(now),
      note: input.note ?? null,
    };
    const id = await insertAdoption(tx, adoption, { userId: actor.userId, at: now });
    await recordAudit(tx, actor, {
      action: 'good_model.adopt',
      entity: 'good_model_adoption',
      entityId: id,
      unitId: input.unitId,
      after: { id, ...adoption, title: model.title },
    });
    return (await toGoodModels(tx, [(await findModelRow(tx, modelId))!], deps.lang, true))[0]!;
  });
}

/** Bỏ nhân rộng: by a writer of the adopting unit (NOT_FOUND when the adoption is not of this model). */
export async function removeAdoption(
  actor: Actor,
  modelId: number,
  adoptionId: number,
  deps: ContentDeps,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const model = await loadModelFor(tx, actor, modelId, 'read', true);
    const adoption = await findAdoption(tx, adoptionId);
    if (!adoption || adoption.modelId !== modelId)
      throw new AppError('NOT_FOUND', `adoption ${adoptionId} of good model ${modelId} not found`);
    await assertUnitAccess(tx, actor, 'content.write', adoption.unitId);
    await deleteAdoption(tx, adoptionId);
    await recordAudit(tx, actor, {
      action: 'good_model.unadopt',
      entity: 'good_model_adoption',
      entityId: adoptionId,
      unitId: adoption.unitId,
      before: { ...adoption, title: model.title },
    });
  });
}
