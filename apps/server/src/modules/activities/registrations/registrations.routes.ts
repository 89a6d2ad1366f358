import {
  AppError,
  ErrorBodySchema,
  IdParamsSchema,
  LearnerRecordSchema,
  RegistrationInputSchema,
  RegistrationResultSchema,
  RegistrationViewSchema,
} from '@suotdoi/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { mailerFrom } from '../../reporting/reminders/mailer';
import { deleteLearner, getLearnerRecord } from './learner-record';
import { learnerRecordPdf } from './learner-record-pdf';
import { registerForActivity } from './register';
import type { RegistrationDeps } from './registration-deps';
import { cancelRegistration, getRegistration, registrationQrSvg } from './registration-page';

const tags = ['portal'];
const errors = {
  400: ErrorBodySchema,
  404: ErrorBodySchema,
  409: ErrorBodySchema,
  429: ErrorBodySchema,
};

/** The secret of a personal link; an unknown one answers 404. */
const TokenParamsSchema = z.object({ token: z.string().min(1).max(100) }).strict();

const rateLimited = (_request: FastifyRequest, context: { ttl: number }) =>
  new AppError('RATE_LIMITED', 'too many requests', { retryAfterSeconds: Math.ceil(context.ttl / 1000) });

/** Reading or changing one's own registration or record: generous for a person, a bound for a script. */
const TOKEN_RATE_LIMIT = { max: 60, timeWindow: 60_000, errorResponseBuilder: rateLimited };

/**
 * The secret is in the address: no cache keeps the page, no link followed from it carries the address in its
 * Referer, and no search engine indexes it.
 */
function privatePage(reply: FastifyReply) {
  return reply
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .header('x-robots-tag', 'noindex');
}

/** Đăng ký on the public portal (no sign-in): register, the registrant's page, the learner record. */
export const registrationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const mailer = mailerFrom(app.config);
  app.addHook('onClose', async () => mailer?.close());
  const deps = (): RegistrationDeps => ({
    db: app.database.db,
    clock: app.clock,
    mailer,
    log: (line) => app.log.warn(line),
  });

  app.post(
    '/api/public/activities/:id/registrations',
    {
      config: {
        rateLimit: {
          max: app.config.registrationRateLimit ?? 10,
          timeWindow: 10 * 60_000,
          errorResponseBuilder: rateLimited,
        },
      },
      schema: {
        tags,
        summary:
          'Register for an activity: a place, or a place on the waitlist when full (name and one contact, consent)',
        params: IdParamsSchema,
        body: RegistrationInputSchema,
        response: { 201: RegistrationResultSchema, ...errors },
      },
    },
    async (request, reply) => {
      const result = await registerForActivity(request.params.id, request.body, { ip: request.ip }, deps());
      return privatePage(reply).status(201).send(result);
    },
  );

  app.get(
    '/api/public/registrations/:token',
    {
      config: { rateLimit: TOKEN_RATE_LIMIT },
      schema: {
        tags,
        summary: 'One’s own registration: status, code, waitlist place, the activity',
        params: TokenParamsSchema,
        response: { 200: RegistrationViewSchema, ...errors },
      },
    },
    async (request, reply) => privatePage(reply).send(await getRegistration(request.params.token, deps())),
  );

  app.get(
    '/api/public/registrations/:token/qr.svg',
    {
      config: { rateLimit: TOKEN_RATE_LIMIT },
      schema: {
        tags,
        summary: 'The check-in code as a QR code',
        params: TokenParamsSchema,
        response: {
          200: { description: 'SVG', content: { 'image/svg+xml': { schema: z.string() } } },
          ...errors,
        },
      },
    },
    async (request, reply) =>
      privatePage(reply)
        .type('image/svg+xml; charset=utf-8')
        .send(await registrationQrSvg(request.params.token, deps())),
  );

  app.post(
    '/api/public/registrations/:token/cancel',
    {
      config: { rateLimit: TOKEN_RATE_LIMIT },
      schema: {
        tags,
        summary: 'Cancel one’s registration; a freed place goes to the first on the waitlist',
        params: TokenParamsSchema,
        response: { 200: RegistrationViewSchema, ...errors },
      },
    },
    async (request, reply) => privatePage(reply).send(await cancelRegistration(request.params.token, deps())),
  );

  app.get(
    '/api/public/learners/:token',
    {
      config: { rateLimit: TOKEN_RATE_LIMIT },
      schema: {
        tags,
        summary: 'One’s learning record (Công dân học tập): activities attended and hours',
        params: TokenParamsSchema,
        response: { 200: LearnerRecordSchema, ...errors },
      },
    },
    async (request, reply) => privatePage(reply).send(await getLearnerRecord(request.params.token, deps())),
  );

  app.get(
    '/api/public/learners/:token/record.pdf',
    {
      config: { rateLimit: TOKEN_RATE_LIMIT },
      schema: {
        tags,
        summary: 'One’s learning record as a PDF',
        params: TokenParamsSchema,
        response: {
          200: {
            description: 'PDF',
            content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } },
          },
          ...errors,
        },
      },
    },
    async (request, reply) =>
      privatePage(reply)
        .type('application/pdf')
        .header('content-disposition', 'attachment; filename="ho-so-hoc-tap.pdf"')
        .send(await learnerRecordPdf(request.params.token, deps())),
  );

  app.delete(
    '/api/public/learners/:token',
    {
      config: { rateLimit: TOKEN_RATE_LIMIT },
      schema: {
        tags,
        summary: 'Delete one’s learning record and erase the name and contact of its registrations',
        params: TokenParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await deleteLearner(request.params.token, deps());
      return privatePage(reply).status(204).send(null);
    },
  );
};
