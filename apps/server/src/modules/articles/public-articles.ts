import {
  AppError,
  foldDiacritics,
  imageUrl,
  type PublicArticle,
  type PublicArticlePage,
  type PublicArticleQuery,
} from '@suotdoi/shared';
import type { ServiceDeps } from '../auth/service-deps';
import { findPublicArticle, findPublicArticlePage, type PublicArticleRow } from './public-articles.repo';

/**
 * Tin bài for everyone: the articles published and inside their window at the clock's now. The JSON routes,
 * the portal's pages and its feeds all read through here. Not cached: a window opens and closes with time, and
 * the queries are one indexed page.
 */

/** A portal query: the contract's, with page and size optional; `latest` for a feed (no featured first). */
export type PortalArticleQuery = Omit<PublicArticleQuery, 'page' | 'pageSize'> & {
  page?: number;
  pageSize?: number;
  latest?: boolean;
};

export function toPublicArticle(r: PublicArticleRow): PublicArticle {
  return {
    id: r.id,
    title: r.title,
    summary: r.summary,
    body: r.body,
    author: r.author,
    unitName: r.unitName,
    provinceId: r.provinceId,
    provinceName: r.provinceName,
    coverUrl: r.coverImageId ? imageUrl(r.coverImageId) : null,
    topic: r.topic,
    observanceCode: r.observanceCode,
    featured: r.featured,
    publishedAt: r.publishedAt,
    updatedAt: r.updatedAt,
  };
}

/** The visible articles, filtered (q ignores diacritics), featured first then the latest published, one page. */
export async function listPublicArticles(
  query: PortalArticleQuery,
  deps: ServiceDeps,
): Promise<PublicArticlePage> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const folded = query.q ? foldDiacritics(query.q) : '';
  const found = await findPublicArticlePage(
    deps.db,
    {
      now: deps.clock(),
      provinceId: query.provinceId,
      topic: query.topic,
      observanceCode: query.observanceCode,
      folded: folded || undefined,
      latest: query.latest,
    },
    { limit: pageSize, offset: (page - 1) * pageSize },
  );
  return { items: found.rows.map(toPublicArticle), total: found.total, page, pageSize };
}

/** One article as the public sees it; NOT_FOUND unless it is published and inside its window. */
export async function getPublicArticle(id: number, deps: ServiceDeps): Promise<PublicArticle> {
  const row = await findPublicArticle(deps.db, id, deps.clock());
  if (!row) throw new AppError('NOT_FOUND', `article ${id} not found`);
  return toPublicArticle(row);
}
