import type {
  Article,
  ArticleHistoryEntry,
  ArticleInput,
  ArticleListQuery,
  ArticleStatus,
  ArticleUpdate,
} from '@suotdoi/shared';
import { apiGet, apiRequest } from './client';

/** Tin bài: the editorial side of the portal's news (schemas/articles.ts). */

export type { Article, ArticleHistoryEntry, ArticleInput, ArticleListQuery, ArticleStatus, ArticleUpdate };

/** The workflow steps after a save: each takes the version read and an optional note (required to return). */
export type ArticleStep = 'submit' | 'publish' | 'return' | 'unpublish';

export const listArticles = (query: ArticleListQuery, signal?: AbortSignal) =>
  apiGet<Article[]>('/api/articles', { ...query }, signal);

/** With its history (the audit trail of its steps). */
export const getArticle = (id: number, signal?: AbortSignal) =>
  apiGet<Article>(`/api/articles/${id}`, undefined, signal);

/** The answer's `removed` names what the server's sanitiser took out of the body. */
export const createArticle = (body: ArticleInput) => apiRequest<Article>('POST', '/api/articles', { body });

/** 409 CONFLICT when `version` is not the stored one: someone else saved in between. */
export const updateArticle = (id: number, body: ArticleUpdate) =>
  apiRequest<Article>('PATCH', `/api/articles/${id}`, { body });

/** Drafts only. */
export const deleteArticle = (id: number) => apiRequest<unknown>('DELETE', `/api/articles/${id}`);

/** 409 ARTICLE_STATE when the article is no longer in a status the step starts from. */
export const stepArticle = (id: number, step: ArticleStep, body: { note?: string | null; version: number }) =>
  apiRequest<Article>('POST', `/api/articles/${id}/${step}`, { body });
