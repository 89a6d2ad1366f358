import { createHash, timingSafeEqual } from 'node:crypto';
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
/** The only writes open to an account that must change its password (after an admin reset it). */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set(['/api/auth/password', '/api/auth/logout']);

/**
 * Resolves the session cookie to an actor and enforces the CSRF token on every write. Login and setup are
 * exempt (no session exists yet; they are rate-limited instead), and so is the public portal.
 */
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
    if (!sameToken(request.headers['x-csrf-token'], request.session.csrfToken)) {
      throw new AppError('CSRF_INVALID', 'missing or wrong x-csrf-token');
    }
    // A reset password was seen by the admin who set it: nothing is written under it until its owner changes it.
    if (request.session.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(path)) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED', 'change the password first');
    }
  });
});

const digest = (v: string) => createHash('sha256').update(v).digest();

/** Constant-time comparison, so the token cannot be guessed a character at a time from response times. */
function sameToken(given: string | string[] | undefined, expected: string): boolean {
  return typeof given === 'string' && timingSafeEqual(digest(given), digest(expected));
}
