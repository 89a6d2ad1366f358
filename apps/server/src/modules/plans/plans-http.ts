import { ErrorBodySchema } from '@suotdoi/shared';
import type { FastifyReply } from 'fastify';

/** What the plans routes share: their OpenAPI tag, the security of writes, the error answers, file replies. */
export const tags = ['plans'];
/** Writes need both the session cookie and the CSRF header. */
export const security: Record<string, string[]>[] = [{ session: [], csrf: [] }];
export const errors = {
  400: ErrorBodySchema,
  401: ErrorBodySchema,
  403: ErrorBodySchema,
  404: ErrorBodySchema,
  409: ErrorBodySchema,
  413: ErrorBodySchema,
  415: ErrorBodySchema,
  422: ErrorBodySchema,
};

/** A download: bytes with their type and a file name (RFC 5987, so Vietnamese names survive). */
export function sendFile(reply: FastifyReply, bytes: Buffer, mime: string, name: string) {
  return reply
    .header('content-type', mime)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
    .send(bytes);
}
