import { metaCounter } from '../../db/meta-counter';

/**
 * One counter for everything the portal shows of articles (lists, pages, feeds): every write to an article
 * (create, edit, each step, delete) bumps it in its own transaction, and a kept public answer holds exactly
 * while it stands (public-articles-cache.ts).
 */
const counter = metaCounter('articles.version');

/** Bump the articles version; call it inside the transaction of every write to articles. */
export const bumpArticlesVersion = counter.bump;

/** The current articles version of `db`. */
export const articlesVersion = counter.read;
