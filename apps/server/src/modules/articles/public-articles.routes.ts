import {
  IdParamsSchema,
  PublicArticlePageSchema,
  PublicArticleQuerySchema,
  PublicArticleSchema,
} from '@suotdoi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errors } from '../plans/plans-http';
import { getPublicArticle, listPublicArticles } from './public-articles';

const tags = ['portal'];

/** Tin bài for everyone: the published articles as JSON under /api/public (issue 8). */
export const publicArticlesRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = () => ({ db: app.database.db, clock: app.clock });

  app.get(
    '/api/public/articles',
    {
      schema: {
        tags,
        summary: 'Published articles inside their window, filtered (q ignores diacritics), featured first',
        querystring: PublicArticleQuerySchema,
        response: { 200: PublicArticlePageSchema, ...errors },
      },
    },
    async (request) => listPublicArticles(request.query, deps()),
  );

  app.get(
    '/api/public/articles/:id',
    {
      schema: {
        tags,
        summary: 'One published article (404 for a draft, one in review, or one outside its window)',
        params: IdParamsSchema,
        response: { 200: PublicArticleSchema, ...errors },
      },
    },
    async (request) => getPublicArticle(request.params.id, deps()),
  );
};
