import {
  AdoptionInputSchema,
  GoodModelInputSchema,
  GoodModelListQuerySchema,
  GoodModelSchema,
  GoodModelUpdateSchema,
  IdParamsSchema,
} from '@suotdoi/shared';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../auth/actor';
import { errors, security } from '../plans/plans-http';
import { adoptGoodModel, removeAdoption } from './adoptions';
import { getGoodModel, listGoodModels } from './good-models.service';
import { createGoodModel, deleteGoodModel, updateGoodModel } from './write-good-model';

const tags = ['content'];
const AdoptionParamsSchema = z
  .object({ id: z.coerce.number().int().positive(), adoptionId: z.coerce.number().int().positive() })
  .strict();

/** Mô hình hay: good models, their figures from the data, photos, adoptions (issue 8). */
export const goodModelsRoutes: FastifyPluginAsyncZod = async (app) => {
  // The figures' text is in the reader's language.
  const deps = (request: FastifyRequest) => ({ db: app.database.db, clock: app.clock, lang: request.lang });

  app.get(
    '/api/good-models',
    {
      schema: {
        tags,
        summary:
          'Good models: every published one and the drafts in the user’s scope, the most adopted first',
        querystring: GoodModelListQuerySchema,
        response: { 200: z.array(GoodModelSchema), ...errors },
      },
    },
    async (request) => listGoodModels(requireActor(request.actor), request.query, deps(request)),
  );

  app.get(
    '/api/good-models/:id',
    {
      schema: {
        tags,
        summary: 'One good model with the units that adopted it',
        params: IdParamsSchema,
        response: { 200: GoodModelSchema, ...errors },
      },
    },
    async (request) => getGoodModel(requireActor(request.actor), request.params.id, deps(request)),
  );

  app.post(
    '/api/good-models',
    {
      schema: {
        tags,
        security,
        summary: 'Write a good model (content.write on its unit); its figures are read from the unit’s data',
        body: GoodModelInputSchema,
        response: { 201: GoodModelSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createGoodModel(requireActor(request.actor), request.body, deps(request))),
  );

  app.patch(
    '/api/good-models/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Change or publish a good model, with the version read (409 CONFLICT when stale)',
        params: IdParamsSchema,
        body: GoodModelUpdateSchema,
        response: { 200: GoodModelSchema, ...errors },
      },
    },
    async (request) =>
      updateGoodModel(requireActor(request.actor), request.params.id, request.body, deps(request)),
  );

  app.delete(
    '/api/good-models/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Delete a good model no unit has adopted yet (409 CONFLICT otherwise)',
        params: IdParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await deleteGoodModel(requireActor(request.actor), request.params.id, deps(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/good-models/:id/adoptions',
    {
      schema: {
        tags,
        security,
        summary: 'Say a unit adopted a published good model (content.write on that unit; once per unit)',
        params: IdParamsSchema,
        body: AdoptionInputSchema,
        response: { 201: GoodModelSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await adoptGoodModel(requireActor(request.actor), request.params.id, request.body, deps(request)),
        ),
  );

  app.delete(
    '/api/good-models/:id/adoptions/:adoptionId',
    {
      schema: {
        tags,
        security,
        summary: 'Take back an adoption (content.write on the adopting unit)',
        params: AdoptionParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await removeAdoption(
        requireActor(request.actor),
        request.params.id,
        request.params.adoptionId,
        deps(request),
      );
      return reply.status(204).send(null);
    },
  );
};
