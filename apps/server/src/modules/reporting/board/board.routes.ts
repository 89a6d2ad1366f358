import { BoardQuerySchema, BoardSchema } from '@suotdoi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../auth/actor';
import { errors } from '../../plans/plans-http';
import { getBoard } from './board.service';

/** Tiến độ báo cáo: the deadline board. */
export const boardRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/reporting/board',
    {
      schema: {
        tags: ['reporting'],
        summary:
          'Every report expected below a unit for a period: status, deadline, on time or late, approval; completeness, timeliness and element totals',
        querystring: BoardQuerySchema,
        response: { 200: BoardSchema, ...errors },
      },
    },
    async (request) =>
      getBoard(requireActor(request.actor), request.query, { db: app.database.db, clock: app.clock }),
  );
};
