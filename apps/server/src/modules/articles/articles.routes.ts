import {
  ArticleInputSchema,
  ArticleListQuerySchema,
  ArticleSchema,
  ArticleStepSchema,
  ArticleUpdateSchema,
  IdParamsSchema,
} from '@suotdoi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../auth/actor';
import { errors, security } from '../plans/plans-http';
import { type ArticleStep, stepArticle } from './article-steps';
import { getArticle, listArticles } from './articles.service';
import { createArticle, deleteArticle, updateArticle } from './write-article';

const tags = ['articles'];

const STEP_SUMMARIES: Record<ArticleStep, string> = {
  submit: 'Send a draft for review (content.write)',
  publish: 'Publish an article in review or a draft (content.publish); the window opens now unless later',
  return: 'Return an article in review to its writer with a note (content.publish)',
  unpublish: 'Take a published article down to draft (content.publish)',
};

/** Tin bài for staff: write, submit, publish, return, unpublish, with the audit trail (issue 8). */
export const articlesRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = () => ({ db: app.database.db, clock: app.clock });

  app.get(
    '/api/articles',
    {
      schema: {
        tags,
        summary: 'Articles of the units under a unit (default: under the user’s roles), latest changed first',
        querystring: ArticleListQuerySchema,
        response: { 200: z.array(ArticleSchema), ...errors },
      },
    },
    async (request) => listArticles(requireActor(request.actor), request.query, deps()),
  );

  app.get(
    '/api/articles/:id',
    {
      schema: {
        tags,
        summary: 'One article with its history (the audit trail of its steps)',
        params: IdParamsSchema,
        response: { 200: ArticleSchema, ...errors },
      },
    },
    async (request) => getArticle(requireActor(request.actor), request.params.id, deps()),
  );

  app.post(
    '/api/articles',
    {
      schema: {
        tags,
        security,
        summary: 'Write a draft (content.write on its unit); the body is sanitised, `removed` says what went',
        body: ArticleInputSchema,
        response: { 201: ArticleSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createArticle(requireActor(request.actor), request.body, deps())),
  );

  app.patch(
    '/api/articles/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Change an article with the version read (a draft: content.write; later: content.publish)',
        params: IdParamsSchema,
        body: ArticleUpdateSchema,
        response: { 200: ArticleSchema, ...errors },
      },
    },
    async (request) => updateArticle(requireActor(request.actor), request.params.id, request.body, deps()),
  );

  app.delete(
    '/api/articles/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Delete a draft (content.write)',
        params: IdParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await deleteArticle(requireActor(request.actor), request.params.id, deps());
      return reply.status(204).send(null);
    },
  );

  for (const step of Object.keys(STEP_SUMMARIES) as ArticleStep[]) {
    app.post(
      `/api/articles/:id/${step}`,
      {
        schema: {
          tags,
          security,
          summary: STEP_SUMMARIES[step],
          params: IdParamsSchema,
          body: ArticleStepSchema,
          response: { 200: ArticleSchema, ...errors },
        },
      },
      async (request) =>
        stepArticle(requireActor(request.actor), request.params.id, step, request.body, deps()),
    );
  }
};
