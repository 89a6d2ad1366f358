import {
  AppError,
  foldDiacritics,
  type GoodModel,
  type GoodModelListQuery,
  type Lang,
} from '@suotdoi/shared';
import type { DbOrTx } from '../../db/client';
import { canReachUnit, scopedUnitIds, subtreeUnitIds } from '../auth/access';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { figureOf } from './good-model-figures';
import { findAdoptions, findModelRow, findModelRows, type GoodModelRow } from './good-models.repo';
import { imagesByIds } from './images.service';

/**
 * Mô hình hay as people read them: a published model is for every signed-in person to learn from, whatever
 * their scope; a draft only for those who read its unit.
 */

/** The reads answer in the reader's language (the figures' text). */
export type ContentDeps = ServiceDeps & { lang: Lang };

/** A list answers at most this many models (the most adopted first); narrow it with the filters. */
export const LIST_LIMIT = 500;

/** Rows as the API's records; `withAdoptions` for the detail (lists leave the adoptions empty). */
export async function toGoodModels(
  db: DbOrTx,
  rows: readonly GoodModelRow[],
  lang: Lang,
  withAdoptions = false,
): Promise<GoodModel[]> {
  const images = new Map(
    (await imagesByIds(db, [...new Set(rows.flatMap((r) => r.photoIds))])).map((i) => [i.id, i]),
  );
  return Promise.all(
    rows.map(async (r) => ({
      id: r.id,
      unit: { id: r.unitId, code: r.unitCode, name: r.unitName, kind: r.unitKind },
      province: r.provinceId === null ? null : { id: r.provinceId, name: r.provinceName ?? '' },
      title: r.title,
      topic: r.topic,
      categories: r.categories,
      summary: r.summary,
      description: r.description,
      figures: r.figures.map((f) => figureOf(f, lang)),
      photos: r.photoIds.flatMap((id) => images.get(id) ?? []),
      contactName: r.contactName,
      contactPhone: r.contactPhone,
      contactEmail: r.contactEmail,
      status: r.status,
      publishedAt: r.publishedAt,
      adoptionCount: r.adoptionCount,
      adoptions: withAdoptions ? await findAdoptions(db, r.id) : [],
      version: r.version,
      updatedAt: r.updatedAt,
    })),
  );
}

/**
 * The model, if the actor may see it (published, or a draft of a unit they read; NOT_FOUND otherwise, so a
 * draft elsewhere is not told to exist) and, for `write`, holds content.write on its unit (FORBIDDEN otherwise).
 */
export async function loadModelFor(
  db: DbOrTx,
  actor: Actor,
  id: number,
  need: 'read' | 'write',
  lock = false,
): Promise<GoodModelRow> {
  const row = await findModelRow(db, id, lock);
  const visible =
    row && (row.status === 'published' || (await canReachUnit(db, actor, 'unit.read', row.unitId)));
  if (!row || !visible) throw new AppError('NOT_FOUND', `good model ${id} not found`);
  if (need === 'write' && !(await canReachUnit(db, actor, 'content.write', row.unitId)))
    throw new AppError('FORBIDDEN', `no content.write on unit ${row.unitId}`);
  return row;
}

/** Mô hình hay with its adoptions. */
export async function getGoodModel(actor: Actor, id: number, deps: ContentDeps): Promise<GoodModel> {
  const row = await loadModelFor(deps.db, actor, id, 'read');
  return (await toGoodModels(deps.db, [row], deps.lang, true))[0]!;
}

/**
 * The catalogue: published models of every unit and drafts of the units the actor reads, of the units under
 * `unitId` when given, the most adopted first, then the latest published. `q` ignores diacritics.
 */
export async function listGoodModels(
  actor: Actor,
  query: GoodModelListQuery,
  deps: ContentDeps,
): Promise<GoodModel[]> {
  const folded = query.q ? foldDiacritics(query.q) : '';
  const rows = await findModelRows(
    deps.db,
    {
      units: query.unitId ? subtreeUnitIds(query.unitId) : null,
      draftsOf: scopedUnitIds(actor, 'unit.read'),
      topic: query.topic,
      category: query.category,
      status: query.status,
      folded: folded || undefined,
    },
    LIST_LIMIT,
  );
  return toGoodModels(deps.db, rows, deps.lang);
}
