import {
  DeclineNominationSchema,
  EvidenceOptionsQuerySchema,
  EvidenceOptionsSchema,
  GrantNominationSchema,
  IdParamsSchema,
  NominationInputSchema,
  NominationUpdateSchema,
  RecognitionListQuerySchema,
  RecognitionSchema,
  ReviewNominationSchema,
} from '@suotdoi/shared';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../auth/actor';
import { errors, security } from '../plans/plans-http';
import { declineNomination, grantNomination, reviewNomination } from './decide-nomination';
import { createNomination, updateNomination, withdrawNomination } from './nominate';
import { getEvidenceOptions, getRecognition, listRecognitions } from './recognition.service';

const tags = ['recognition'];

/** Khen thưởng: nominations, review, decision, the register (issue 8). */
export const recognitionRoutes: FastifyPluginAsyncZod = async (app) => {
  // Evidence labels and figures are answered in the reader's language.
  const deps = (request: FastifyRequest) => ({ db: app.database.db, clock: app.clock, lang: request.lang });

  app.get(
    '/api/recognitions',
    {
      schema: {
        tags,
        summary:
          'Sổ khen thưởng: nominations of nominees under a unit (default: under the user’s roles), newest year first',
        querystring: RecognitionListQuerySchema,
        response: { 200: z.array(RecognitionSchema), ...errors },
      },
    },
    async (request) => listRecognitions(requireActor(request.actor), request.query, deps(request)),
  );

  app.get(
    '/api/recognitions/evidence-options',
    {
      schema: {
        tags,
        summary:
          'What a nomination of the unit for the year can point at: activities, indicator figures, tasks, good models',
        querystring: EvidenceOptionsQuerySchema,
        response: { 200: EvidenceOptionsSchema, ...errors },
      },
    },
    async (request) => getEvidenceOptions(requireActor(request.actor), request.query, deps(request)),
  );

  app.get(
    '/api/recognitions/:id',
    {
      schema: {
        tags,
        summary: 'One nomination with its frozen evidence and decision',
        params: IdParamsSchema,
        response: { 200: RecognitionSchema, ...errors },
      },
    },
    async (request) => getRecognition(requireActor(request.actor), request.params.id, deps(request)),
  );

  app.post(
    '/api/recognitions',
    {
      schema: {
        tags,
        security,
        summary: 'Nominate a collective or an individual of the unit (recognition.nominate); evidence frozen',
        body: NominationInputSchema,
        response: { 201: RecognitionSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createNomination(requireActor(request.actor), request.body, deps(request))),
  );

  app.patch(
    '/api/recognitions/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Change a nomination while nominated, with the version read (409 CONFLICT when stale)',
        params: IdParamsSchema,
        body: NominationUpdateSchema,
        response: { 200: RecognitionSchema, ...errors },
      },
    },
    async (request) =>
      updateNomination(requireActor(request.actor), request.params.id, request.body, deps(request)),
  );

  app.delete(
    '/api/recognitions/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Withdraw a nomination while nominated',
        params: IdParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await withdrawNomination(requireActor(request.actor), request.params.id, deps(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/recognitions/:id/review',
    {
      schema: {
        tags,
        security,
        summary: 'Reviewed by the nominee’s province (recognition.decide)',
        params: IdParamsSchema,
        body: ReviewNominationSchema,
        response: { 200: RecognitionSchema, ...errors },
      },
    },
    async (request) =>
      reviewNomination(requireActor(request.actor), request.params.id, request.body, deps(request)),
  );

  app.post(
    '/api/recognitions/:id/grant',
    {
      schema: {
        tags,
        security,
        summary:
          'Granted with the decision’s number and date, by the province or (Ministry, Prime Minister) the country',
        params: IdParamsSchema,
        body: GrantNominationSchema,
        response: { 200: RecognitionSchema, ...errors },
      },
    },
    async (request) =>
      grantNomination(requireActor(request.actor), request.params.id, request.body, deps(request)),
  );

  app.post(
    '/api/recognitions/:id/decline',
    {
      schema: {
        tags,
        security,
        summary: 'Declined with a reason, while nominated or reviewed',
        params: IdParamsSchema,
        body: DeclineNominationSchema,
        response: { 200: RecognitionSchema, ...errors },
      },
    },
    async (request) =>
      declineNomination(requireActor(request.actor), request.params.id, request.body, deps(request)),
  );
};
