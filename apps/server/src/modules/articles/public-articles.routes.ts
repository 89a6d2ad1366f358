import {
  IdParamsSchema,
  PublicArticlePageSchema,
  PublicArticleQuerySchema,
  PublicArticleSchema,
} from '@suotdoi/shared';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errors } from '../plans/plans-http';
import { getPublicArticleJson, listPublicArticlesJson } from './public-articles';

const tags = ['portal'];
const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Kept answers are sent as the JSON text they were kept as: a string with a JSON content type skips Fastify's
 * serialiser, so a hit is not serialised or validated again (the schema stays, for OpenAPI); as public.routes.ts.
 */
const sendJson = (reply: FastifyReply, json: string) => reply.type(JSON_TYPE).send(json);

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
    async (request, reply) => sendJson(reply, await listPublicArticlesJson(request.query, deps())),
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
    async (request, reply) => sendJson(reply, await getPublicArticleJson(request.params.id, deps())),
  );
};
