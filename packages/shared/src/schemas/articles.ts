import { z } from 'zod';
import { InstantSchema } from './activities';
import { IdSchema, OptionalTextSchema, TextSchema } from './common';
import { ContentTopicSchema, ImageSchema } from './content';

/**
 * Tin bài (issue 8): news and featured-topic articles on the public portal, written in rich text, through an
 * editorial workflow draft → in review → published, every step audited. The body is sanitised on the server at
 * every write: what the sanitiser removed is answered in `removed`, never stored, never run.
 */

export const ARTICLE_STATUSES = ['draft', 'in_review', 'published'] as const;
export const ArticleStatusSchema = z.enum(ARTICLE_STATUSES);
export type ArticleStatus = z.infer<typeof ArticleStatusSchema>;

/** The body as written (HTML from the editor): at most 200 000 characters before sanitising. */
export const ARTICLE_BODY_MAX = 200_000;

export const ArticleInputSchema = z
  .object({
    /** The unit publishing it (an institution, a commune, a province). */
    unitId: IdSchema,
    title: TextSchema(200),
    summary: OptionalTextSchema(600),
    body: z.string().max(ARTICLE_BODY_MAX),
    /** Default: the writer's full name. */
    author: OptionalTextSchema(120),
    coverImageId: z.uuid().nullish(),
    topic: ContentTopicSchema.nullish(),
    /** The national day it belongs to (observances.code): shown on that day's portal page. */
    observanceCode: z.string().max(60).nullish(),
    /** Shown first on the portal's news page while published. */
    featured: z.boolean().default(false),
    /** Publish window: visible from (default: when published) until (default: always). */
    publishFrom: InstantSchema.nullish(),
    publishUntil: InstantSchema.nullish(),
  })
  .strict();
export type ArticleInput = z.infer<typeof ArticleInputSchema>;

export const ArticleUpdateSchema = ArticleInputSchema.omit({ unitId: true })
  .partial()
  .extend({ featured: z.boolean().optional(), version: z.number().int() })
  .strict();
export type ArticleUpdate = z.infer<typeof ArticleUpdateSchema>;

/** submit: draft → in_review; publish: in_review (or draft, by an editor) → published; return: back to draft. */
export const ArticleStepSchema = z
  .object({ note: OptionalTextSchema(1000), version: z.number().int() })
  .strict();

export const ArticleHistoryEntrySchema = z.object({
  at: z.string(),
  username: z.string().nullable(),
  /** article.create, article.update, article.submit, article.publish, article.return, article.unpublish */
  action: z.string(),
  note: z.string().nullable(),
});
export type ArticleHistoryEntry = z.infer<typeof ArticleHistoryEntrySchema>;

export const ArticleSchema = z.object({
  id: z.number().int(),
  unit: z.object({ id: z.number().int(), code: z.string(), name: z.string(), kind: z.string() }),
  province: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  title: z.string(),
  summary: z.string().nullable(),
  /** Sanitised HTML. */
  body: z.string(),
  author: z.string(),
  cover: ImageSchema.nullable(),
  topic: ContentTopicSchema.nullable(),
  observanceCode: z.string().nullable(),
  featured: z.boolean(),
  publishFrom: z.string().nullable(),
  publishUntil: z.string().nullable(),
  status: ArticleStatusSchema,
  publishedAt: z.string().nullable(),
  /** The editor's note when it was returned to draft. */
  reviewNote: z.string().nullable(),
  /** The detail only: the audit trail of its steps, oldest first. */
  history: z.array(ArticleHistoryEntrySchema),
  /** The answer to a write only: what the sanitiser removed from the body (e.g. "<script>", "onclick"). */
  removed: z.array(z.string()),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type Article = z.infer<typeof ArticleSchema>;

export const ArticleListQuerySchema = z
  .object({
    unitId: IdSchema.optional(),
    status: ArticleStatusSchema.optional(),
    observanceCode: z.string().max(60).optional(),
    q: z.string().max(100).optional(),
  })
  .strict();
export type ArticleListQuery = z.infer<typeof ArticleListQuerySchema>;

/** An article on the portal: published and inside its window. */
export const PublicArticleSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  summary: z.string().nullable(),
  body: z.string(),
  author: z.string(),
  unitName: z.string(),
  provinceId: z.number().int().nullable(),
  provinceName: z.string().nullable(),
  coverUrl: z.string().nullable(),
  topic: ContentTopicSchema.nullable(),
  observanceCode: z.string().nullable(),
  featured: z.boolean(),
  publishedAt: z.string(),
  updatedAt: z.string(),
});
export type PublicArticle = z.infer<typeof PublicArticleSchema>;

/** An article in a public list: everything but the body (the lists show title, summary and cover; the page reads it). */
export const PublicArticleSummarySchema = PublicArticleSchema.omit({ body: true });
export type PublicArticleSummary = z.infer<typeof PublicArticleSummarySchema>;

export const PublicArticleQuerySchema = z
  .object({
    provinceId: IdSchema.optional(),
    topic: ContentTopicSchema.optional(),
    observanceCode: z.string().max(60).optional(),
    q: z.string().max(100).optional(),
    page: z.coerce.number().int().min(1).max(1000).default(1),
    pageSize: z.coerce.number().int().min(1).max(50).default(20),
  })
  .strict();
export type PublicArticleQuery = z.infer<typeof PublicArticleQuerySchema>;

export const PublicArticlePageSchema = z.object({
  items: z.array(PublicArticleSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type PublicArticlePage = z.infer<typeof PublicArticlePageSchema>;
