import {
  AgencyListQuerySchema,
  AgencySchema,
  AsOfQuerySchema,
  CreateUnitSchema,
  IdParamsSchema,
  SuccessorQuerySchema,
  SuccessorSchema,
  UnitDetailSchema,
  UnitListQuerySchema,
  UnitSchema,
  UpdateUnitSchema,
} from '@suotdoi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../plugins/errors';
import { requireActor } from '../auth/actor';
import { listAgencies } from './agencies.service';
import { createUnit } from './create-unit';
import { getUnitDetail, listAncestors, listChildren, listSuccessors, listUnits } from './units.service';
import { updateUnit } from './update-unit';

const tags = ['units'];

/** Đơn vị: the administrative tree as of any date, its history, and agencies. HTTP only; rules live in services. */
export const unitsRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = { db: app.database.db, clock: app.clock };

  app.get(
    '/api/units',
    {
      schema: {
        tags,
        summary: 'Units valid on a date (today by default), within the signed-in person’s scope',
        querystring: UnitListQuerySchema,
        response: { 200: z.array(UnitSchema), ...errorResponses },
      },
    },
    async (request) => listUnits(requireActor(request.actor), request.query, deps),
  );

  app.post(
    '/api/units',
    {
      schema: {
        tags,
        summary: 'Create a unit (a commune, an agency, …) under a parent from a date',
        body: CreateUnitSchema,
        response: { 201: UnitSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createUnit(requireActor(request.actor), request.body, deps)),
  );

  app.get(
    '/api/units/:id',
    {
      schema: {
        tags,
        summary: 'One unit with its dated parents, names, predecessors and successors',
        params: IdParamsSchema,
        response: { 200: UnitDetailSchema, ...errorResponses },
      },
    },
    async (request) => getUnitDetail(requireActor(request.actor), request.params.id, deps),
  );

  app.patch(
    '/api/units/:id',
    {
      schema: {
        tags,
        summary: 'Correct a unit’s name, type, code or current parent without history (audited)',
        params: IdParamsSchema,
        body: UpdateUnitSchema,
        response: { 200: UnitSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateUnit(requireActor(request.actor), { id: request.params.id, patch: request.body }, deps),
  );

  app.get(
    '/api/units/:id/children',
    {
      schema: {
        tags,
        summary: 'Children valid on a date (by default today, or the unit’s last day)',
        params: IdParamsSchema,
        querystring: AsOfQuerySchema,
        response: { 200: z.array(UnitSchema), ...errorResponses },
      },
    },
    async (request) => listChildren(requireActor(request.actor), request.params.id, request.query, deps),
  );

  app.get(
    '/api/units/:id/ancestors',
    {
      schema: {
        tags,
        summary: 'The chain of parents on a date, country first (a breadcrumb)',
        params: IdParamsSchema,
        querystring: AsOfQuerySchema,
        response: { 200: z.array(UnitSchema), ...errorResponses },
      },
    },
    async (request) => listAncestors(requireActor(request.actor), request.params.id, request.query, deps),
  );

  app.get(
    '/api/units/:id/successors',
    {
      schema: {
        tags,
        summary: 'The units carrying this unit’s history on a date, with weights',
        params: IdParamsSchema,
        querystring: SuccessorQuerySchema,
        response: { 200: z.array(SuccessorSchema), ...errorResponses },
      },
    },
    async (request) => listSuccessors(requireActor(request.actor), request.params.id, request.query, deps),
  );

  app.get(
    '/api/agencies',
    {
      schema: {
        tags,
        summary: 'Agencies valid on a date, e.g. of one province (for pickers)',
        querystring: AgencyListQuerySchema,
        response: { 200: z.array(AgencySchema), ...errorResponses },
      },
    },
    async (request) => listAgencies(requireActor(request.actor), request.query, deps),
  );
};
