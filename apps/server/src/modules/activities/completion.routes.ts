import { ActivityCompletionSchema, CompleteActivitySchema, IdParamsSchema } from '@suotdoi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../auth/actor';
import { errors, security } from '../plans/plans-http';
import { completeActivity } from './complete-activity';

/** Kết thúc hoạt động: closing attendance, after which the figures reach the institution's report (issue 7). */
export const activityCompletionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/activities/:id/complete',
    {
      schema: {
        tags: ['activities'],
        security,
        summary:
          'Complete a published activity whose first session has started (activity.manage): attendance closes and its figures go into the institution’s report as automatic values',
        params: IdParamsSchema,
        body: CompleteActivitySchema,
        response: { 200: ActivityCompletionSchema, ...errors },
      },
    },
    async (request) =>
      completeActivity(
        requireActor(request.actor),
        { activityId: request.params.id, version: request.body.version },
        { db: app.database.db, clock: app.clock },
      ),
  );
};
