import {
  CreateEventSchema,
  EventListQuerySchema,
  IdParamsSchema,
  RestructuringEventDetailSchema,
  RestructuringEventSchema,
} from '@suotdoi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../plugins/errors';
import { requireActor } from '../auth/actor';
import { createRestructuringEvent } from './create-event';
import { getEvent, listEvents } from './events.service';

const tags = ['units'];

/** Sự kiện sắp xếp đơn vị: merges, splits, renames, moves and dissolutions, with their lineage. */
export const eventsRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = { db: app.database.db, clock: app.clock };

  app.get(
    '/api/restructuring-events',
    {
      schema: {
        tags,
        summary: 'Restructuring events by date, kind or unit, newest first',
        querystring: EventListQuerySchema,
        response: { 200: z.array(RestructuringEventSchema), ...errorResponses },
      },
    },
    async (request) => listEvents(requireActor(request.actor), request.query, deps),
  );

  app.get(
    '/api/restructuring-events/:id',
    {
      schema: {
        tags,
        summary: 'One restructuring event with its lineage edges',
        params: IdParamsSchema,
        response: { 200: RestructuringEventDetailSchema, ...errorResponses },
      },
    },
    async (request) => getEvent(requireActor(request.actor), request.params.id, deps),
  );

  app.post(
    '/api/restructuring-events',
    {
      schema: {
        tags,
        summary: 'Record a merge, split, rename, move or dissolution (one transaction; history is kept)',
        body: CreateEventSchema,
        response: { 201: RestructuringEventSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createRestructuringEvent(requireActor(request.actor), request.body, deps)),
  );
};
