import {
  IdParamsSchema,
  PublicActivityPageSchema,
  PublicActivityQuerySchema,
  PublicActivitySchema,
  PublicInstitutionDetailSchema,
  PublicInstitutionPageSchema,
  PublicInstitutionQuerySchema,
  PublicPlaceSchema,
  PublicPlacesQuerySchema,
  PublicResourcePageSchema,
  PublicResourceQuerySchema,
} from '@suotdoi/shared';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errors } from '../plans/plans-http';
import {
  activitiesIcal,
  activityIcal,
  getPublicActivityJson,
  getPublicInstitution,
  listPlaces,
  listPublicActivitiesJson,
  listPublicInstitutions,
  listPublicResources,
} from './public-activities';

const tags = ['portal'];
const JSON_TYPE = 'application/json; charset=utf-8';
const ICS_TYPE = 'text/calendar; charset=utf-8';

/**
 * Kept answers are sent as the JSON text they were kept as: a string with a JSON content type skips Fastify's
 * serialiser, so a hit is not validated against the response schema again (the schema stays, for OpenAPI).
 */
const sendJson = (reply: FastifyReply, json: string) => reply.type(JSON_TYPE).send(json);

function sendCalendar(reply: FastifyReply, text: string, name: string) {
  return reply.type(ICS_TYPE).header('content-disposition', `inline; filename="${name}"`).send(text);
}

/** Cổng thông tin, JSON and iCalendar: no sign-in. */
export const publicActivitiesRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = () => ({ db: app.database.db, clock: app.clock });

  app.get(
    '/api/public/activities',
    {
      schema: {
        tags,
        summary: 'Upcoming activities, filtered (q ignores diacritics), by next session (no sign-in)',
        querystring: PublicActivityQuerySchema,
        response: { 200: PublicActivityPageSchema, ...errors },
      },
    },
    async (request, reply) => sendJson(reply, await listPublicActivitiesJson(request.query, deps())),
  );

  app.get(
    '/api/public/activities.ics',
    {
      schema: {
        tags,
        summary: 'The listing as a calendar to subscribe to (same filters; the nearest 500 activities)',
        querystring: PublicActivityQuerySchema,
        response: { 200: z.string(), ...errors },
      },
    },
    async (request, reply) =>
      sendCalendar(reply, await activitiesIcal(request.query, deps()), 'hoat-dong.ics'),
  );

  app.get(
    '/api/public/activities/:id',
    {
      schema: {
        tags,
        summary: 'One activity as the public sees it (404 for a draft)',
        params: IdParamsSchema,
        response: { 200: PublicActivitySchema, ...errors },
      },
    },
    async (request, reply) => sendJson(reply, await getPublicActivityJson(request.params.id, deps())),
  );

  app.get(
    '/api/public/activities/:id/ical',
    {
      schema: {
        tags,
        summary: 'One activity with all its sessions as an .ics file',
        params: IdParamsSchema,
        response: { 200: z.string(), ...errors },
      },
    },
    async (request, reply) =>
      sendCalendar(
        reply,
        await activityIcal(request.params.id, deps()),
        `hoat-dong-${request.params.id}.ics`,
      ),
  );

  app.get(
    '/api/public/places',
    {
      schema: {
        tags,
        summary: 'Provinces valid today, or with provinceId its communes, in Vietnamese order',
        querystring: PublicPlacesQuerySchema,
        response: { 200: z.array(PublicPlaceSchema), ...errors },
      },
    },
    async (request) => listPlaces(request.query.provinceId, deps()),
  );

  app.get(
    '/api/public/institutions',
    {
      schema: {
        tags,
        summary: 'The institution directory with hours and services, filtered, one page',
        querystring: PublicInstitutionQuerySchema,
        response: { 200: PublicInstitutionPageSchema, ...errors },
      },
    },
    async (request) => listPublicInstitutions(request.query, deps()),
  );

  app.get(
    '/api/public/institutions/:id',
    {
      schema: {
        tags,
        summary: 'An institution with its upcoming activities and digital resources',
        params: IdParamsSchema,
        response: { 200: PublicInstitutionDetailSchema, ...errors },
      },
    },
    async (request) => getPublicInstitution(request.params.id, deps()),
  );

  app.get(
    '/api/public/resources',
    {
      schema: {
        tags,
        summary: 'The digital resources catalogue (virtual exhibitions, e-books, videos, open courseware)',
        querystring: PublicResourceQuerySchema,
        response: { 200: PublicResourcePageSchema, ...errors },
      },
    },
    async (request) => listPublicResources(request.query, deps()),
  );
};
