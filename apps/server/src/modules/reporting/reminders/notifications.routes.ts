import { IdParamsSchema, NotificationListQuerySchema, NotificationListSchema } from '@suotdoi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../auth/actor';
import { errors, security } from '../../plans/plans-http';
import { listMyNotifications, readAllNotifications, readNotification } from './notifications.service';

const tags = ['notifications'];
const ReadAllSchema = z.object({ marked: z.number().int() });

/** Thông báo: the signed-in person's own notifications. */
export const notificationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = () => ({ db: app.database.db, clock: app.clock });

  app.get(
    '/api/notifications',
    {
      schema: {
        tags,
        summary: 'My notifications, newest first, with the number unread',
        querystring: NotificationListQuerySchema,
        response: { 200: NotificationListSchema, ...errors },
      },
    },
    async (request) =>
      listMyNotifications(
        requireActor(request.actor),
        { limit: request.query.limit, unreadOnly: request.query.unreadOnly === '1' },
        deps(),
      ),
  );

  app.post(
    '/api/notifications/:id/read',
    {
      schema: {
        tags,
        security,
        summary: 'Mark one of my notifications read',
        params: IdParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await readNotification(requireActor(request.actor), { id: request.params.id }, deps());
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/notifications/read-all',
    {
      schema: {
        tags,
        security,
        summary: 'Mark all my notifications read',
        response: { 200: ReadAllSchema, ...errors },
      },
    },
    async (request) => ({ marked: await readAllNotifications(requireActor(request.actor), deps()) }),
  );
};
