import { AppError, ERROR_STATUS, ErrorBodySchema, type ErrorCode } from '@suotdoi/shared';
import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { messageFor } from '../lib/i18n';

/** The error answers a route declares in its schema: whatever the status, the body is `{ error: … }`. */
export const errorResponses = { '4xx': ErrorBodySchema, '5xx': ErrorBodySchema };

/** One place maps error codes to statuses and answers `{ error: { code, message, details } }`. */
export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const lang = request.lang;
    if (error instanceof AppError) {
      return reply
        .status(ERROR_STATUS[error.code])
        .send({ error: { code: error.code, message: messageFor(error.code, lang), details: error.details } });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = error.validation.map((v) => ({
        field: [error.validationContext, ...String(v.instancePath).split('/').filter(Boolean)].join('.'),
        reason: v.message,
      }));
      return reply.status(400).send({
        error: { code: 'VALIDATION_FAILED', message: messageFor('VALIDATION_FAILED', lang), details },
      });
    }
    const known = fastifyCodes[error.code ?? ''];
    if (known) {
      return reply
        .status(ERROR_STATUS[known])
        .send({ error: { code: known, message: messageFor(known, lang) } });
    }
    if (error.statusCode && error.statusCode < 500) {
      return reply
        .status(error.statusCode)
        .send({ error: { code: 'VALIDATION_FAILED', message: messageFor('VALIDATION_FAILED', lang) } });
    }
    request.log.error(error);
    return reply.status(500).send({ error: { code: 'INTERNAL', message: messageFor('INTERNAL', lang) } });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ error: { code: 'NOT_FOUND', message: messageFor('NOT_FOUND', request.lang) } }),
  );
});

const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_REQ_FILE_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_FILE',
  FST_ERR_CTP_INVALID_JSON_BODY: 'VALIDATION_FAILED',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'VALIDATION_FAILED',
  FST_ERR_RATE_LIMIT_EXCEEDED: 'RATE_LIMITED',
};
