import {
  AppError,
  ChangePasswordSchema,
  LoginSchema,
  OkSchema,
  SessionSchema,
  SetupSchema,
} from '@suotdoi/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../plugins/errors';
import { requireActor } from './actor';
import { describeSession } from './auth.service';
import { changePassword } from './change-password';
import { login, logout } from './login';
import { prepareDummyHash } from './passwords';
import { findSession, SESSION_COOKIE, SESSION_HOURS } from './session-store';
import { setupSystem } from './setup';

/**
 * Per client address: enough for a person who mistypes, far too few for guessing. The account lockout (five in
 * a row) covers guessing one account from many addresses; this covers many accounts from one.
 */
export const LOGIN_RATE_LIMIT = {
  max: 10,
  timeWindow: 60_000,
  errorResponseBuilder: (_request: FastifyRequest, context: { ttl: number }) =>
    new AppError('RATE_LIMITED', 'too many attempts', { retryAfterSeconds: Math.ceil(context.ttl / 1000) }),
};

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = { db: app.database.db, clock: app.clock };
  await prepareDummyHash();

  const setSessionCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: app.config.cookieSecure,
      maxAge: SESSION_HOURS * 3600,
    });

  const sessionFor = async (token: string) =>
    describeSession(await findSession(deps.db, token, app.clock()), deps);

  const client = (request: FastifyRequest) => ({ ip: request.ip, userAgent: request.headers['user-agent'] });

  app.get(
    '/api/auth/session',
    {
      schema: {
        tags: ['auth'],
        summary: 'Who is signed in, the CSRF token, and whether first-run setup is due',
        response: { 200: SessionSchema, ...errorResponses },
      },
    },
    async (request) => describeSession(request.session, deps),
  );

  app.post(
    '/api/auth/login',
    {
      config: { rateLimit: LOGIN_RATE_LIMIT },
      schema: {
        tags: ['auth'],
        summary: 'Sign in; sets the sd_session cookie',
        body: LoginSchema,
        response: { 200: SessionSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const previous = request.cookies[SESSION_COOKIE];
      const { token } = await login(request.body, client(request), deps);
      // Signing in again replaces the old session rather than leaving it alive behind the new cookie.
      if (previous) await logout(null, previous, deps);
      setSessionCookie(reply, token);
      return sessionFor(token);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      schema: { tags: ['auth'], summary: 'Sign out', response: { 200: OkSchema, ...errorResponses } },
    },
    async (request, reply) => {
      await logout(request.actor, request.cookies[SESSION_COOKIE], deps);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: { rateLimit: LOGIN_RATE_LIMIT },
      schema: {
        tags: ['auth'],
        summary: 'Change one’s own password; ends one’s other sessions',
        body: ChangePasswordSchema,
        response: { 200: SessionSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const token = request.cookies[SESSION_COOKIE]!;
      await changePassword(actor, { ...request.body, sessionToken: token }, deps);
      return sessionFor(token);
    },
  );

  app.post(
    '/api/setup',
    {
      config: { rateLimit: LOGIN_RATE_LIMIT },
      schema: {
        tags: ['auth'],
        summary: 'First-run setup: create the system admin while no account exists, and sign in',
        body: SetupSchema,
        response: { 200: SessionSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { token } = await setupSystem(request.body, client(request), deps);
      setSessionCookie(reply, token);
      return sessionFor(token);
    },
  );
};
