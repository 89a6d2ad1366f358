import { AppError, type Lang } from '@suotdoi/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { RegistrationDeps } from '../activities/registrations';
import type { PageContext } from './layout';

/** No script at all, styles only from our own sheet, forms only to ourselves, never framed. */
export const CSP =
  "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** A link secret: base64url, 43 characters (registrations/secrets.ts); anything else is not looked up. */
export const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/** Query strings and form bodies as they come: every value a string; the pages parse them leniently. */
export const LooseSchema = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
export type Loose = z.infer<typeof LooseSchema>;
export const IdParams = z.object({ id: z.string() });
export const TokenParams = z.object({ token: z.string() });
/** HTML pages are not the API: kept out of the OpenAPI document. */
export const hidden = { hide: true } as const;

export const rateLimited = (_request: FastifyRequest, context: { ttl: number }) =>
  new AppError('RATE_LIMITED', 'too many requests', { retryAfterSeconds: Math.ceil(context.ttl / 1000) });

/** One value of a query or form field, trimmed; undefined when absent or blank. */
export function one(q: Loose | undefined, key: string): string | undefined {
  const v = q?.[key];
  const s = Array.isArray(v) ? v[0] : v;
  return s === undefined || s.trim() === '' ? undefined : s.trim();
}

export function positiveInt(value: string | undefined): number | undefined {
  if (!value || !/^\d{1,9}$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

export function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return values.includes(value as T) ? (value as T) : undefined;
}

/** ?lang= first (remembered in the `lang` cookie the SPA also reads), then that cookie; Vietnamese otherwise. */
export function portalLang(request: FastifyRequest): { lang: Lang; asked: Lang | undefined } {
  const asked = oneOf(['vi', 'en'] as const, one(request.query as Loose, 'lang'));
  const cookie = oneOf(['vi', 'en'] as const, request.cookies.lang);
  return { lang: asked ?? cookie ?? 'vi', asked };
}

/** Pages with a personal secret in their address: never cached, never indexed, never sent on as a referrer. */
export function personal(reply: FastifyReply): FastifyReply {
  return reply
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .header('x-robots-tag', 'noindex, nofollow');
}

export function sendPage(reply: FastifyReply, page: string, status = 200) {
  return reply.status(status).header('content-type', 'text/html; charset=utf-8').send(page);
}

/** What every portal route needs from the plugin: the services' deps and the page context. */
export interface PortalKit {
  deps(request: FastifyRequest): RegistrationDeps;
  /** `path`: the page the language switch reloads, when the answer is to a POST. */
  contextOf(request: FastifyRequest, path?: string): Promise<PageContext>;
}
