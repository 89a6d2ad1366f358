import {
  type Article,
  type ArticleStatus,
  CONTENT_TOPICS,
  type ContentTopic,
  compareVi,
} from '@suotdoi/shared';
import type { TFunction } from 'i18next';
import { formatDateTime } from '../../lib/format';
import type { Cell } from '../../lib/xlsx';
import { ARTICLE_DISPLAY_STATES, articleDisplayState, portalArticlePath } from './article-workflow';

/** The article list's filters, counts, sorting and the rows its Excel export writes (the table's order). No React. */

export const ARTICLE_SORT_KEYS = [
  'title',
  'unit',
  'status',
  'observance',
  'topic',
  'author',
  'updated',
  'published',
] as const;
export type ArticleSortKey = (typeof ARTICLE_SORT_KEYS)[number];

export interface ArticleSort {
  key: ArticleSortKey;
  order: 'ascend' | 'descend';
}

/** The latest work first. */
export const DEFAULT_ARTICLE_SORT: ArticleSort = { key: 'updated', order: 'descend' };

export interface ArticleFilter {
  status?: ArticleStatus;
  topic?: ContentTopic;
  observanceCode?: string;
}

/** The rows matching the filter's topic and national day (the tabs' counts), then its status. */
export function filterArticles(rows: readonly Article[], filter: ArticleFilter): Article[] {
  return rows.filter(
    (a) =>
      (!filter.topic || a.topic === filter.topic) &&
      (!filter.observanceCode || a.observanceCode === filter.observanceCode) &&
      (!filter.status || a.status === filter.status),
  );
}

/** How many articles each tab holds. */
export function countByStatus(rows: readonly Article[]): Record<ArticleStatus | 'all', number> {
  const counts = { all: rows.length, draft: 0, in_review: 0, published: 0 };
  for (const a of rows) counts[a.status] += 1;
  return counts;
}

// An article never published sorts before every published one when ascending.
const time = (v: string | null) => (v ? Date.parse(v) : Number.NEGATIVE_INFINITY);
const text = (a: string | null | undefined, b: string | null | undefined) => compareVi(a ?? '', b ?? '');

export function articleSorters(
  names: { observance: (code: string) => string; topic: (topic: ContentTopic) => string },
  now: Date = new Date(),
): Record<ArticleSortKey, (a: Article, b: Article) => number> {
  const state = (a: Article) => ARTICLE_DISPLAY_STATES.indexOf(articleDisplayState(a, now));
  return {
    title: (a, b) => compareVi(a.title, b.title),
    unit: (a, b) => compareVi(a.unit.name, b.unit.name),
    status: (a, b) => state(a) - state(b),
    observance: (a, b) =>
      text(
        a.observanceCode && names.observance(a.observanceCode),
        b.observanceCode && names.observance(b.observanceCode),
      ),
    topic: (a, b) =>
      (a.topic ? CONTENT_TOPICS.indexOf(a.topic) : -1) - (b.topic ? CONTENT_TOPICS.indexOf(b.topic) : -1),
    author: (a, b) => compareVi(a.author, b.author),
    updated: (a, b) => time(a.updatedAt) - time(b.updatedAt),
    published: (a, b) => time(a.publishedAt) - time(b.publishedAt),
  };
}

/** The rows in the table's order (ties: the newest id first), for the table, the cards and Excel. */
export function sortArticles(
  rows: readonly Article[],
  sort: ArticleSort,
  names: { observance: (code: string) => string; topic: (topic: ContentTopic) => string },
  now: Date = new Date(),
): Article[] {
  const sorters = articleSorters(names, now);
  const sign = sort.order === 'ascend' ? 1 : -1;
  return [...rows].sort((a, b) => sign * sorters[sort.key](a, b) || b.id - a.id);
}

export interface ArticleExportContext {
  t: TFunction;
  observanceName: (code: string) => string;
  /** The site's origin, so the portal link in the sheet can be clicked. */
  origin: string;
  now?: Date;
}

/** The list as a sheet: a header row, then one row per article; times dd/mm/yyyy HH:mm in Vietnam. */
export function articleExportRows(rows: readonly Article[], ctx: ArticleExportContext): Cell[][] {
  const { t, observanceName, origin } = ctx;
  const now = ctx.now ?? new Date();
  return [
    [
      t('articles.columns.title'),
      t('articles.columns.unit'),
      t('articles.columns.status'),
      t('articles.columns.observance'),
      t('articles.columns.topic'),
      t('articles.columns.author'),
      t('articles.columns.featured'),
      t('articles.columns.publishFrom'),
      t('articles.columns.publishUntil'),
      t('articles.columns.publishedAt'),
      t('articles.columns.updatedAt'),
      t('articles.columns.link'),
    ],
    ...rows.map((a) => {
      const state = articleDisplayState(a, now);
      return [
        a.title,
        a.unit.name,
        t(`articles.states.${state}`),
        a.observanceCode ? observanceName(a.observanceCode) : '',
        a.topic ? t(`goodModels.topics.${a.topic}`) : '',
        a.author,
        a.featured ? t('articles.yes') : '',
        formatDateTime(a.publishFrom),
        formatDateTime(a.publishUntil),
        formatDateTime(a.publishedAt),
        formatDateTime(a.updatedAt),
        a.status === 'published' ? `${origin}${portalArticlePath(a.id)}` : '',
      ];
    }),
  ];
}
