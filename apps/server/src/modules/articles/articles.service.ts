import {
  AppError,
  type Article,
  type ArticleListQuery,
  foldDiacritics,
  imageUrl,
  type Permission,
} from '@suotdoi/shared';
import type { DbOrTx } from '../../db/client';
import { assertUnitAccess, scopedUnitIds, subtreeUnitIds } from '../auth/access';
import type { Actor } from '../auth/actor';
import type { ServiceDeps } from '../auth/service-deps';
import { type ArticleRow, findArticleHistory, findArticleRow, findArticleRows } from './articles.repo';

/** Tin bài as staff read them: lists in their scope, one article with its audit trail. */

/** A list answers at most this many articles (the latest changed); narrow it with the filters. */
export const LIST_LIMIT = 500;

/** A row as the API's record; `history` and `removed` are filled in only where the contract says. */
export function toArticle(
  r: ArticleRow,
  extra: { history?: Article['history']; removed?: string[] } = {},
): Article {
  return {
    id: r.id,
    unit: { id: r.unitId, code: r.unitCode, name: r.unitName, kind: r.unitKind },
    province: r.provinceId && r.provinceName ? { id: r.provinceId, name: r.provinceName } : null,
    title: r.title,
    summary: r.summary,
    body: r.body,
    author: r.author,
    cover: r.coverImageId
      ? {
          id: r.coverImageId,
          url: imageUrl(r.coverImageId),
          name: r.coverName ?? '',
          mime: r.coverMime ?? '',
          size: r.coverSize ?? 0,
        }
      : null,
    topic: r.topic,
    observanceCode: r.observanceCode,
    featured: r.featured,
    publishFrom: r.publishFrom,
    publishUntil: r.publishUntil,
    status: r.status,
    publishedAt: r.publishedAt,
    reviewNote: r.reviewNote,
    history: extra.history ?? [],
    removed: extra.removed ?? [],
    version: r.version,
    updatedAt: r.updatedAt,
  };
}

/**
 * The article, if the actor may do `permission` on its unit: NOT_FOUND when they cannot even read it (scope
 * does not tell what exists), FORBIDDEN when they read it but may not do this.
 */
export async function loadArticleFor(
  db: DbOrTx,
  actor: Actor,
  id: number,
  permission: Permission,
  lock = false,
): Promise<ArticleRow> {
  const row = await findArticleRow(db, id, lock);
  if (!row) throw new AppError('NOT_FOUND', `article ${id} not found`);
  try {
    await assertUnitAccess(db, actor, permission, row.unitId);
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND')
      throw new AppError('NOT_FOUND', `article ${id} not found`);
    throw e;
  }
  return row;
}

/** The article with its audit trail, as written. */
export async function articleWithHistory(db: DbOrTx, id: number, removed?: string[]): Promise<Article> {
  const [row, history] = await Promise.all([findArticleRow(db, id), findArticleHistory(db, id)]);
  if (!row) throw new AppError('NOT_FOUND', `article ${id} not found`);
  return toArticle(row, { history, removed });
}

/** Tin bài: one article with its history (any role that reads its unit). */
export async function getArticle(actor: Actor, id: number, deps: ServiceDeps): Promise<Article> {
  await loadArticleFor(deps.db, actor, id, 'unit.read');
  return articleWithHistory(deps.db, id);
}

/**
 * Articles of the units below `unitId`, or below every unit of the actor's roles, the latest changed first
 * (at most LIST_LIMIT), without their history.
 */
export async function listArticles(
  actor: Actor,
  query: ArticleListQuery,
  deps: ServiceDeps,
): Promise<Article[]> {
  if (query.unitId) await assertUnitAccess(deps.db, actor, 'unit.read', query.unitId);
  const folded = query.q ? foldDiacritics(query.q) : '';
  const rows = await findArticleRows(
    deps.db,
    {
      units: query.unitId ? subtreeUnitIds(query.unitId) : scopedUnitIds(actor, 'unit.read'),
      status: query.status,
      observanceCode: query.observanceCode,
      folded: folded || undefined,
    },
    LIST_LIMIT,
  );
  return rows.map((r) => toArticle(r));
}
