import { AppError, type Lang, pickLang } from '@suotdoi/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Actor } from '../modules/auth/actor';
import { findSession, SESSION_COOKIE, type SessionInfo } from '../modules/auth/session-store';

declare module 'fastify' {
  interface FastifyRequest {
    session: SessionInfo | null;
    actor: Actor | null;
    lang: Lang;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Writes that happen before a session exists; they are rate-limited instead. */
const CSRF_EXEMPT = new Set(['/api/auth/login', '/api/setup']);

/** Resolves the session cookie to an actor and enforces the CSRF token on every write. */
export const authPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest('session', null);
  app.decorateRequest('actor', null);
  app.decorateRequest('lang', 'vi');
  app.addHook('onRequest', async (request: FastifyRequest) => {
    request.lang = pickLang(request.cookies.lang ?? request.headers['accept-language']);
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      request.session = await findSession(app.database.db, token, app.clock());
      if (request.session) request.actor = { ...request.session.actor, ip: request.ip };
    }
    const path = request.url.split('?')[0]!;
    if (SAFE_METHODS.has(request.method) || CSRF_EXEMPT.has(path) || path.startsWith('/api/public/')) return;
    if (!request.session) return; // the route's own requireActor answers 401
    if (request.headers['x-csrf-token'] !== request.session.csrfToken) {
      throw new AppError('CSRF_INVALID', 'missing or wrong x-csrf-token');
    }
  });
});
