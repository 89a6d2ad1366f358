import {
  AppError,
  foldDiacritics,
  type GoodModel,
  type GoodModelInput,
  type GoodModelUpdate,
  todayInVietnam,
} from '@suotdoi/shared';
import type { DbOrTx } from '../../db/client';
import { recordAudit } from '../audit/audit.record';
import { assertUnitAccess } from '../auth/access';
import type { Actor } from '../auth/actor';
import { type FigureProblem, freezeFigures } from './good-model-figures';
import {
  deleteModel,
  findModelRow,
  findUnitPlace,
  type GoodModelRow,
  type GoodModelValues,
  insertModel,
  updateModel,
} from './good-models.repo';
import { type ContentDeps, loadModelFor, toGoodModels } from './good-models.service';
import { imagesInScope } from './images.service';

/** Writing a good model: its figures read from the unit's data and frozen, its photos checked, audited. */

type Problem = { field: string; reason: string; value?: unknown };

/** VALIDATION_FAILED naming every bad field at once, as the route's own validation would. */
function refuseIf(problems: readonly Problem[]) {
  if (problems.length === 0) return;
  throw new AppError(
    'VALIDATION_FAILED',
    problems.map((p) => `${p.field}: ${p.reason}`).join('; '),
    problems,
  );
}

/** What the model is written from, before the columns the service derives (province, search text). */
type Draft = Omit<GoodModelValues, 'provinceId' | 'searchText'>;

/** The derived columns: the unit's province today, and the folded text "thu vien" is looked for in. */
async function valuesOf(tx: DbOrTx, d: Draft, now: Date): Promise<GoodModelValues> {
  const place = await findUnitPlace(tx, d.unitId, todayInVietnam(now));
  return {
    ...d,
    provinceId: place?.provinceId ?? null,
    searchText: foldDiacritics([d.title, d.summary, d.description, place?.name ?? ''].join(' ')),
  };
}

/** The model as the audit keeps it: what was written, figures as frozen (not in a reader's language). */
function auditView(row: GoodModelRow) {
  const { adoptionCount: _count, unitCode: _code, unitKind: _kind, provinceName: _province, ...rest } = row;
  return rest;
}

async function answer(tx: DbOrTx, id: number, deps: ContentDeps) {
  const row = (await findModelRow(tx, id))!;
  return { row, model: (await toGoodModels(tx, [row], deps.lang, true))[0]! };
}

/**
 * Viết mô hình hay: content.write on the unit (NOT_FOUND outside the actor's scope, FORBIDDEN inside without
 * it). Each figure asked is read from the unit's own figures and frozen; an unknown indicator, or a photo that
 * is not an image of a unit in the actor's scope, is VALIDATION_FAILED and nothing is written.
 */
export async function createGoodModel(
  actor: Actor,
  input: GoodModelInput,
  deps: ContentDeps,
): Promise<GoodModel> {
  const now = deps.clock();
  await assertUnitAccess(deps.db, actor, 'content.write', input.unitId);
  const frozen = await freezeFigures(actor, input.unitId, input.figures, deps);
  return deps.db.transaction(async (tx) => {
    const photos = await imagesInScope(tx, actor, input.photoIds, 'body.photoIds');
    refuseIf([...frozen.problems, ...photos.problems]);
    const values = await valuesOf(
      tx,
      {
        unitId: input.unitId,
        title: input.title,
        topic: input.topic,
        categories: [...new Set(input.categories)],
        summary: input.summary,
        description: input.description,
        figures: frozen.figures,
        photoIds: photos.images.map((i) => i.id),
        contactName: input.contactName,
        contactPhone: input.contactPhone ?? null,
        contactEmail: input.contactEmail ?? null,
        status: input.status,
        publishedAt: input.status === 'published' ? now : null,
      },
      now,
    );
    const id = await insertModel(tx, values, { userId: actor.userId, at: now });
    const { row, model } = await answer(tx, id, deps);
    await recordAudit(tx, actor, {
      action: 'good_model.create',
      entity: 'good_model',
      entityId: id,
      unitId: input.unitId,
      after: auditView(row),
    });
    return model;
  });
}

/**
 * Sửa mô hình hay (PATCH): the fields given change, the rest stay; the version read must still be the stored
 * one (CONFLICT otherwise). Figures given are read again from the unit's data (that is how they are refreshed).
 * Publishing sets publishedAt (kept while it stays published); taking it back to draft clears it.
 */
export async function updateGoodModel(
  actor: Actor,
  id: number,
  patch: GoodModelUpdate,
  deps: ContentDeps,
): Promise<GoodModel> {
  const now = deps.clock();
  // The figures are read before the transaction (the analytics read on their own): the unit never changes.
  const current = await loadModelFor(deps.db, actor, id, 'write');
  const frozen = patch.figures
    ? await freezeFigures(actor, current.unitId, patch.figures, deps)
    : { figures: current.figures, problems: [] as FigureProblem[] };
  return deps.db.transaction(async (tx) => {
    const row = await loadModelFor(tx, actor, id, 'write', true);
    if (row.version !== patch.version)
      throw new AppError('CONFLICT', `good model ${id} is at version ${row.version}`, {
        version: row.version,
      });
    const photos = patch.photoIds
      ? await imagesInScope(tx, actor, patch.photoIds, 'body.photoIds')
      : { images: row.photoIds.map((photoId) => ({ id: photoId })), problems: [] };
    refuseIf([...frozen.problems, ...photos.problems]);
    const has = <K extends keyof GoodModelUpdate>(k: K) => patch[k] !== undefined;
    const status = patch.status ?? row.status;
    const publishedAt =
      status === 'draft'
        ? null
        : row.status === 'published' && row.publishedAt
          ? new Date(row.publishedAt)
          : now;
    const values = await valuesOf(
      tx,
      {
        unitId: row.unitId,
        title: patch.title ?? row.title,
        topic: patch.topic ?? row.topic,
        categories: patch.categories ? [...new Set(patch.categories)] : row.categories,
        summary: patch.summary ?? row.summary,
        description: patch.description ?? row.description,
        figures: frozen.figures,
        photoIds: photos.images.map((i) => i.id),
        contactName: patch.contactName ?? row.contactName,
        contactPhone: has('contactPhone') ? (patch.contactPhone ?? null) : row.contactPhone,
        contactEmail: has('contactEmail') ? (patch.contactEmail ?? null) : row.contactEmail,
        status,
        publishedAt,
      },
      now,
    );
    await updateModel(tx, id, values, now);
    const { row: after, model } = await answer(tx, id, deps);
    const action =
      row.status === status
        ? 'good_model.update'
        : status === 'published'
          ? 'good_model.publish'
          : 'good_model.unpublish';
    await recordAudit(tx, actor, {
      action,
      entity: 'good_model',
      entityId: id,
      unitId: row.unitId,
      before: auditView(row),
      after: auditView(after),
    });
    return model;
  });
}

/** Xóa mô hình hay: only while no unit has said it adopted it (CONFLICT otherwise: the spread is a record). */
export async function deleteGoodModel(actor: Actor, id: number, deps: ContentDeps): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const row = await loadModelFor(tx, actor, id, 'write', true);
    if (row.adoptionCount > 0)
      throw new AppError('CONFLICT', `good model ${id} has ${row.adoptionCount} adoptions`, {
        adoptions: row.adoptionCount,
      });
    await deleteModel(tx, id);
    await recordAudit(tx, actor, {
      action: 'good_model.delete',
      entity: 'good_model',
      entityId: id,
      unitId: row.unitId,
      before: auditView(row),
    });
  });
}
