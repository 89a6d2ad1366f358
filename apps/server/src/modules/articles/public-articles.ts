import {
  AppError,
  foldDiacritics,
  imageUrl,
  type PublicArticle,
  type PublicArticlePage,
  type PublicArticleQuery,
  type PublicArticleSummary,
} from '@suotdoi/shared';
import { queryKey } from '../activities/portal-cache';
import type { ServiceDeps } from '../auth/service-deps';
import {
  findArticleBodies,
  findPublicArticle,
  findPublicArticlePage,
  type PublicArticleSummaryRow,
} from './public-articles.repo';
import { cachedArticleAnswer, type Kept } from './public-articles-cache';
import { sanitizeArticleBody } from './sanitize-article';

/**
 * Tin bài for everyone: the articles published and inside their window at the clock's now. The JSON routes,
 * the portal's pages and its feeds all read through here. Answers are kept until the next article write or
 * the next minute (public-articles-cache.ts): a window opening or closing shows at most a minute late.
 */

/** A portal query: the contract's, with page and size optional; `latest` for a feed (no featured first). */
export type PortalArticleQuery = Omit<PublicArticleQuery, 'page' | 'pageSize'> & {
  page?: number;
  pageSize?: number;
  latest?: boolean;
};

export function toPublicArticleSummary(r: PublicArticleSummaryRow): PublicArticleSummary {
  return {
    id: r.id,
    title: r.title,
    summary: r.summary,
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

function keptPage(query: PortalArticleQuery, deps: ServiceDeps): Promise<Kept<PublicArticlePage>> {
  const now = deps.clock();
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  return cachedArticleAnswer(deps.db, now, queryKey('articles', { ...query, page, pageSize }), async () => {
    const folded = query.q ? foldDiacritics(query.q) : '';
    const found = await findPublicArticlePage(
      deps.db,
      {
        now,
        provinceId: query.provinceId,
        topic: query.topic,
        observanceCode: query.observanceCode,
        folded: folded || undefined,
        latest: query.latest,
      },
      { limit: pageSize, offset: (page - 1) * pageSize },
    );
    return { items: found.rows.map(toPublicArticleSummary), total: found.total, page, pageSize };
  });
}

/**
 * The visible articles, filtered (q ignores diacritics), featured first then the latest published, one page;
 * without their bodies.
 */
export async function listPublicArticles(
  query: PortalArticleQuery,
  deps: ServiceDeps,
): Promise<PublicArticlePage> {
  return (await keptPage(query, deps)).value;
}

/** listPublicArticles as its JSON text, for the route to send as it is. */
export async function listPublicArticlesJson(query: PortalArticleQuery, deps: ServiceDeps): Promise<string> {
  return (await keptPage(query, deps)).text;
}

/**
 * The articles of a page of the list with their bodies (a feed's entries): the page as listPublicArticles
 * answers it, then the bodies of those articles only, in one read.
 */
export async function listPublicArticlesWithBodies(
  query: PortalArticleQuery,
  deps: ServiceDeps,
): Promise<PublicArticle[]> {
  const page = await listPublicArticles(query, deps);
  const bodies = await findArticleBodies(
    deps.db,
    page.items.map((a) => a.id),
  );
  // An article deleted between the two reads (unpublished, then deleted as a draft) is left out.
  return page.items.flatMap((a) => {
    const body = bodies.get(a.id);
    return body === undefined ? [] : [{ ...a, body }];
  });
}

interface ArticleAndHtml {
  article: PublicArticle;
  /** The body sanitised again for the page (see getPublicArticlePage). */
  bodyHtml: string;
}

function keptArticle(id: number, deps: ServiceDeps): Promise<Kept<PublicArticle>> {
  const now = deps.clock();
  return cachedArticleAnswer(deps.db, now, `article:${id}`, async () => {
    const row = await findPublicArticle(deps.db, id, now);
    if (!row) throw new AppError('NOT_FOUND', `article ${id} not found`);
    return { ...toPublicArticleSummary(row), body: row.body };
  });
}

/** One article as the public sees it; NOT_FOUND unless it is published and inside its window. */
export async function getPublicArticle(id: number, deps: ServiceDeps): Promise<PublicArticle> {
  return (await keptArticle(id, deps)).value;
}

/** getPublicArticle as its JSON text. */
export async function getPublicArticleJson(id: number, deps: ServiceDeps): Promise<string> {
  return (await keptArticle(id, deps)).text;
}

/**
 * One article and its body for the portal's page. Stored sanitised; sanitised again on the way out, so a body
 * written under an older, looser list never reaches a reader; kept, so that is done once per version and minute.
 */
export async function getPublicArticlePage(id: number, deps: ServiceDeps): Promise<ArticleAndHtml> {
  const kept = await cachedArticleAnswer(deps.db, deps.clock(), `article-page:${id}`, async () => {
    const article = await getPublicArticle(id, deps);
    return { article, bodyHtml: sanitizeArticleBody(article.body).html };
  });
  return kept.value;
}
