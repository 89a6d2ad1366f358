import { AppError, ERROR_STATUS } from '@suotdoi/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { messageFor } from '../../lib/i18n';
import { findObservancesKept } from '../plans/catalogue.repo';
import type { PageContext } from './layout';
import { messagePage } from './learner-page';
import { CSP, portalLang, sendPage } from './portal-request';
import { WORDS } from './portal-words';

/**
 * What every plugin of the portal sets up for its own routes (a hook or error handler of one plugin does not reach
 * another's): the language (?lang=, remembered in a cookie), the security headers, pages for errors, and the
 * context each page is drawn with.
 */

const LANG_COOKIE_SECONDS = 365 * 24 * 3600;

export interface PortalShell {
  /** The national days' names in both languages, by code. */
  observanceNames(): Promise<PageContext['observances']>;
  /** `path`: the page the language switch reloads, when the answer is to a POST of a confirm step. */
  contextOf(request: FastifyRequest, path?: string): Promise<PageContext>;
  sendMessage(
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    title: string,
    message: string,
  ): Promise<FastifyReply>;
}

export function portalShell(app: FastifyInstance): PortalShell {
  /** The national days' names, from the catalogue kept a minute (shared with the days' pages). */
  async function observanceNames(): Promise<PageContext['observances']> {
    const rows = await findObservancesKept(app.database.db);
    return new Map(rows.map((o) => [o.code, o.name]));
  }

  async function contextOf(request: FastifyRequest, path?: string): Promise<PageContext> {
    const url = new URL(request.url, 'http://portal.invalid');
    url.searchParams.delete('lang');
    return {
      lang: request.lang,
      path: path ?? url.pathname,
      query: request.method === 'GET' ? url.searchParams : new URLSearchParams(),
      observances: await observanceNames(),
    };
  }

  async function sendMessage(
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    title: string,
    message: string,
  ) {
    return sendPage(reply, messagePage(await contextOf(request), { title, text: message }), status);
  }

  app.addHook('onRequest', async (request, reply) => {
    const { lang, asked } = portalLang(request);
    request.lang = lang;
    if (asked) {
      reply.setCookie('lang', asked, {
        path: '/',
        maxAge: LANG_COOKIE_SECONDS,
        sameSite: 'lax',
        secure: app.config.cookieSecure,
      });
    }
    reply
      .header('content-security-policy', CSP)
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'same-origin')
      .header('vary', 'Cookie')
      .header('cache-control', 'no-cache');
    // A form posted from another site is refused: nobody registers or cancels on someone's behalf unseen.
    if (request.method === 'POST' && request.headers['sec-fetch-site'] === 'cross-site') {
      throw new AppError('FORBIDDEN', 'cross-site form post');
    }
  });

  app.setErrorHandler(async (error: Error & { code?: string; statusCode?: number }, request, reply) => {
    const w = WORDS[request.lang];
    if (error instanceof AppError && error.code === 'NOT_FOUND')
      return sendMessage(request, reply, 404, w.notFoundTitle, w.notFound);
    if (error instanceof AppError)
      return sendMessage(
        request,
        reply,
        ERROR_STATUS[error.code],
        w.errorTitle,
        messageFor(error.code, request.lang),
      );
    if (error.code === 'FST_ERR_RATE_LIMIT_EXCEEDED' || error.statusCode === 429)
      return sendMessage(request, reply, 429, w.errorTitle, messageFor('RATE_LIMITED', request.lang));
    if (hasZodFastifySchemaValidationErrors(error) || (error.statusCode && error.statusCode < 500))
      return sendMessage(
        request,
        reply,
        error.statusCode ?? 400,
        w.errorTitle,
        messageFor('VALIDATION_FAILED', request.lang),
      );
    request.log.error(error);
    return sendMessage(request, reply, 500, w.errorTitle, messageFor('INTERNAL', request.lang));
  });

  return { observanceNames, contextOf, sendMessage };
}
