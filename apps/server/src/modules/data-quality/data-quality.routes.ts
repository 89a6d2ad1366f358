import {
  DataQualityIssueSchema,
  DataQualityPageSchema,
  DataQualityQuerySchema,
  DataQualitySummarySchema,
  IdParamsSchema,
  ResolveDataQualitySchema,
} from '@suotdoi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../plugins/errors';
import { requireActor } from '../auth/actor';
import { listIssues, summarizeIssues } from './data-quality.service';
import { resolveIssue } from './resolve-issue';

const tags = ['units'];

/** Dữ liệu cần xử lý: source rows held back at load time, to correct and load or to ignore. */
export const dataQualityRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = { db: app.database.db, clock: app.clock };

  app.get(
    '/api/data-quality',
    {
      schema: {
        tags,
        summary: 'Source rows held back at load time',
        querystring: DataQualityQuerySchema,
        response: { 200: DataQualityPageSchema, ...errorResponses },
      },
    },
    async (request) => listIssues(requireActor(request.actor), request.query, deps),
  );

  app.get(
    '/api/data-quality/summary',
    {
      schema: {
        tags,
        summary: 'How many held-back rows there are per source and reason',
        response: { 200: DataQualitySummarySchema, ...errorResponses },
      },
    },
    async (request) => summarizeIssues(requireActor(request.actor), deps),
  );

  app.patch(
    '/api/data-quality/:id',
    {
      schema: {
        tags,
        summary: 'Load a corrected row, or ignore it with a note',
        params: IdParamsSchema,
        body: ResolveDataQualitySchema,
        response: { 200: DataQualityIssueSchema, ...errorResponses },
      },
    },
    async (request) =>
      resolveIssue(requireActor(request.actor), { id: request.params.id, action: request.body }, deps),
  );
};
