import {
  ActivityInputSchema,
  ActivityListQuerySchema,
  ActivitySchema,
  ActivityTemplateSchema,
  ActivityUpdateSchema,
  CancelActivitySchema,
  CopyActivitySchema,
  DigitalResourceInputSchema,
  DigitalResourceSchema,
  DigitalResourceUpdateSchema,
  IdParamsSchema,
  OkSchema,
} from '@suotdoi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../auth/actor';
import { errors, security } from '../plans/plans-http';
import { mailerFrom } from '../reporting/reminders/mailer';
import { getActivity, listActivities } from './activities.service';
import { listActivityTemplates } from './activity-templates';
import { cancelActivity } from './cancel-activity';
import { copyActivity } from './copy-activity';
import { createResource, deleteResource, listResources, updateResource } from './resources.service';
import { createActivity, updateActivity } from './write-activity';

const tags = ['activities'];
const ResourceParamsSchema = z
  .object({ id: z.coerce.number().int().positive(), resourceId: z.coerce.number().int().positive() })
  .strict();

/** Hoạt động for staff: activities of their institutions (activity.manage to write) and digital resources. */
export const activitiesRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = () => ({ db: app.database.db, clock: app.clock });
  // Registrants of a cancelled activity are mailed when SMTP_URL is set.
  const mailer = mailerFrom(app.config);
  app.addHook('onClose', async () => mailer?.close());

  app.get(
    '/api/activities',
    {
      schema: {
        tags,
        summary: 'Activities of the institutions under a unit (default: under the user’s roles), by start',
        querystring: ActivityListQuerySchema,
        response: { 200: z.array(ActivitySchema), ...errors },
      },
    },
    async (request) => listActivities(requireActor(request.actor), request.query, deps()),
  );

  app.get(
    '/api/activities/templates',
    {
      schema: {
        tags,
        summary: 'A suggested activity for each national day, at its next occurrence (08:00–11:00)',
        response: { 200: z.array(ActivityTemplateSchema), ...errors },
      },
    },
    async (request) => listActivityTemplates(requireActor(request.actor), deps()),
  );

  app.get(
    '/api/activities/:id',
    {
      schema: {
        tags,
        summary: 'One activity with its sessions and counts',
        params: IdParamsSchema,
        response: { 200: ActivitySchema, ...errors },
      },
    },
    async (request) => getActivity(requireActor(request.actor), request.params.id, deps()),
  );

  app.post(
    '/api/activities',
    {
      schema: {
        tags,
        security,
        summary: 'Create an activity (activity.manage on its institution); a rule expands to sessions',
        body: ActivityInputSchema,
        response: { 201: ActivitySchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createActivity(requireActor(request.actor), request.body, deps())),
  );

  app.patch(
    '/api/activities/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Change or publish an activity, with the version read (409 CONFLICT when stale)',
        params: IdParamsSchema,
        body: ActivityUpdateSchema,
        response: { 200: ActivitySchema, ...errors },
      },
    },
    async (request) =>
      updateActivity(requireActor(request.actor), request.params.id, request.body, {
        ...deps(),
        mailer,
        log: (line) => request.log.warn(line),
      }),
  );

  app.post(
    '/api/activities/:id/copy',
    {
      schema: {
        tags,
        security,
        summary: 'Copy an activity as a new draft, optionally at a new start (sessions move with it)',
        params: IdParamsSchema,
        body: CopyActivitySchema,
        response: { 201: ActivitySchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await copyActivity(requireActor(request.actor), request.params.id, request.body, deps())),
  );

  app.post(
    '/api/activities/:id/cancel',
    {
      schema: {
        tags,
        security,
        summary: 'Cancel an activity with a reason; registrants with an e-mail contact are told',
        params: IdParamsSchema,
        body: CancelActivitySchema,
        response: { 200: ActivitySchema, ...errors },
      },
    },
    async (request) =>
      cancelActivity(requireActor(request.actor), request.params.id, request.body, {
        ...deps(),
        mailer,
        log: (line) => request.log.warn(line),
      }),
  );

  app.get(
    '/api/institutions/:id/resources',
    {
      schema: {
        tags,
        summary: 'The institution’s digital resources',
        params: IdParamsSchema,
        response: { 200: z.array(DigitalResourceSchema), ...errors },
      },
    },
    async (request) => listResources(requireActor(request.actor), request.params.id, deps()),
  );

  app.post(
    '/api/institutions/:id/resources',
    {
      schema: {
        tags,
        security,
        summary: 'Add a digital resource (activity.manage on the institution)',
        params: IdParamsSchema,
        body: DigitalResourceInputSchema,
        response: { 201: DigitalResourceSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createResource(requireActor(request.actor), request.params.id, request.body, deps())),
  );

  app.patch(
    '/api/institutions/:id/resources/:resourceId',
    {
      schema: {
        tags,
        security,
        summary: 'Change a digital resource',
        params: ResourceParamsSchema,
        body: DigitalResourceUpdateSchema,
        response: { 200: DigitalResourceSchema, ...errors },
      },
    },
    async (request) =>
      updateResource(
        requireActor(request.actor),
        request.params.id,
        request.params.resourceId,
        request.body,
        deps(),
      ),
  );

  app.delete(
    '/api/institutions/:id/resources/:resourceId',
    {
      schema: {
        tags,
        security,
        summary: 'Remove a digital resource',
        params: ResourceParamsSchema,
        response: { 200: OkSchema, ...errors },
      },
    },
    async (request) => {
      await deleteResource(requireActor(request.actor), request.params.id, request.params.resourceId, deps());
      return { ok: true as const };
    },
  );
};
