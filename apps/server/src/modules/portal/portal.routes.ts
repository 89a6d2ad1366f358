import {
  ACTIVITY_TYPES,
  type ActivityType,
  AppError,
  AUDIENCES,
  type Audience,
  ERROR_STATUS,
  INSTITUTION_CATEGORIES,
  type InstitutionCategory,
  normalizeText,
  RESOURCE_KINDS,
} from '@suotdoi/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { messageFor } from '../../lib/i18n';
import {
  activitiesIcal,
  getPublicInstitution,
  listPlaces,
  listPublicActivities,
  listPublicInstitutions,
  listPublicResources,
} from '../activities/public-activities';
import type { RegistrationDeps } from '../activities/registrations';
import { findObservances } from '../plans/catalogue.repo';
import { mailerFrom } from '../reporting/reminders/mailer';
import { type ActivityFilters, activitiesPage, type FilterErrors } from './activities-page';
import { activityRoutes } from './activity.routes';
import { parseFilterDate } from './format';
import { type InstitutionFilters, institutionPage, institutionsPage } from './institutions-page';
import { type PageContext, PORTAL_CSS } from './layout';
import { messagePage } from './learner-page';
import type { Option } from './parts';
import { personalRoutes } from './personal.routes';
import {
  CSP,
  hidden,
  IdParams,
  type Loose,
  LooseSchema,
  one,
  oneOf,
  type PortalKit,
  portalLang,
  positiveInt,
  sendPage,
} from './portal-request';
import { WORDS } from './portal-words';
import { type ResourceFilters, resourcesPage } from './resources-page';

/**
 * Cổng thông tin công khai: the public portal as server-rendered HTML. No sign-in, no JavaScript, one small
 * cached style sheet: it must work on a slow phone. Every page is hidden from the OpenAPI document (the JSON
 * contract lives under /api/public). Registered before the SPA's fallback (plugins/web.ts), whose `/*` loses
 * to these more specific routes, so no /portal address is ever answered with the SPA's index.html.
 */

const LANG_COOKIE_SECONDS = 365 * 24 * 3600;
const PAGE_SIZE = 20;

const text = (q: Loose, key: string) => {
  const v = one(q, key);
  return v ? normalizeText(v).slice(0, 100) : undefined;
};
const pageOf = (q: Loose) => Math.min(positiveInt(one(q, 'page')) ?? 1, 1000);

export const portalRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = (request: FastifyRequest): RegistrationDeps => ({
    db: app.database.db,
    clock: app.clock,
    mailer,
    log: (line) => request.log.warn(line),
  });
  const mailer = mailerFrom(app.config);
  app.addHook('onClose', async () => mailer?.close());
  let observances: PageContext['observances'] | undefined;

  /** The national days' names, read once: the catalogue follows files loaded at start and does not change. */
  async function observanceNames(): Promise<PageContext['observances']> {
    if (observances) return observances;
    const rows = await findObservances(app.database.db);
    const names = new Map(rows.map((o) => [o.code, o.name]));
    if (rows.length > 0) observances = names;
    return names;
  }

  /** `path`: the page the language switch reloads, when this answer is to a POST of a confirm step. */
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

  const kit: PortalKit = { deps, contextOf };

  async function sendMessage(
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    title: string,
    message: string,
  ) {
    return sendPage(reply, messagePage(await contextOf(request), { title, text: message }), status);
  }

  // Forms post application/x-www-form-urlencoded; only here (the API speaks JSON).
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 16 * 1024 },
    (_request, body, done) => {
      const fields: Record<string, string> = {};
      for (const [k, v] of new URLSearchParams(body as string)) fields[k] ??= v;
      done(null, fields);
    },
  );

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

  app.get('/portal/portal.css', { schema: hidden }, (_request, reply) =>
    reply
      .header('content-type', 'text/css; charset=utf-8')
      // Named by its hash in every page: a new sheet is a new URL, so phones keep this one for a year.
      .header('cache-control', 'public, max-age=31536000, immutable')
      .send(PORTAL_CSS),
  );

  /** Provinces for the filters; the communes of the chosen province (no script: the form is sent in between). */
  async function placeOptions(
    request: FastifyRequest,
    provinceId: number | undefined,
  ): Promise<{ provinces: Option[]; communes: Option[] }> {
    const d = deps(request);
    const [provinces, communes] = await Promise.all([
      listPlaces(undefined, d),
      provinceId ? listPlaces(provinceId, d) : Promise.resolve([]),
    ]);
    const label = (p: { name: string; typeName: string | null }) =>
      p.typeName && !p.name.startsWith(p.typeName) ? `${p.typeName} ${p.name}` : p.name;
    return {
      provinces: provinces.map((p) => ({ value: String(p.id), label: label(p) })),
      communes: communes.map((p) => ({ value: String(p.id), label: label(p) })),
    };
  }

  function activityFilters(q: Loose): { filters: ActivityFilters; errors: FilterErrors } {
    const from = parseFilterDate(one(q, 'from'));
    const to = parseFilterDate(one(q, 'to'));
    const provinceId = positiveInt(one(q, 'provinceId'));
    return {
      filters: {
        provinceId,
        communeId: provinceId ? positiveInt(one(q, 'communeId')) : undefined,
        type: oneOf<ActivityType>(ACTIVITY_TYPES, one(q, 'type')),
        audience: oneOf<Audience>(AUDIENCES, one(q, 'audience')),
        observance: one(q, 'observance')?.slice(0, 60),
        from: from ?? undefined,
        to: to ?? undefined,
        q: text(q, 'q'),
        page: pageOf(q),
      },
      errors: { from: from === null, to: to === null },
    };
  }

  const serviceQuery = (f: ActivityFilters) => ({
    provinceId: f.provinceId,
    communeId: f.communeId,
    type: f.type,
    audience: f.audience,
    observance: f.observance,
    from: f.from,
    to: f.to,
    q: f.q,
    page: f.page,
    pageSize: PAGE_SIZE,
  });

  app.get('/portal', { schema: { ...hidden, querystring: LooseSchema } }, async (request, reply) => {
    const { filters, errors } = activityFilters(request.query);
    const [result, places] = await Promise.all([
      listPublicActivities(serviceQuery(filters), deps(request)),
      placeOptions(request, filters.provinceId),
    ]);
    const page = activitiesPage(await contextOf(request), { filters, errors, result, ...places });
    return sendPage(reply, page, errors.from || errors.to ? 400 : 200);
  });

  /** The iCal feed of the list's filters: a calendar app subscribes to it. */
  app.get(
    '/portal/calendar.ics',
    { schema: { ...hidden, querystring: LooseSchema } },
    async (request, reply) => {
      const { filters } = activityFilters(request.query);
      const ics = await activitiesIcal(serviceQuery({ ...filters, page: 1 }), deps(request));
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="hoat-dong-hoc-tap.ics"')
        .send(ics);
    },
  );

  activityRoutes(app, kit);
  personalRoutes(app, kit);

  app.get(
    '/portal/institutions',
    { schema: { ...hidden, querystring: LooseSchema } },
    async (request, reply) => {
      const q = request.query;
      const provinceId = positiveInt(one(q, 'provinceId'));
      const filters: InstitutionFilters = {
        provinceId,
        communeId: provinceId ? positiveInt(one(q, 'communeId')) : undefined,
        category: oneOf<InstitutionCategory>(INSTITUTION_CATEGORIES, one(q, 'category')),
        q: text(q, 'q'),
        page: pageOf(q),
      };
      const [result, places] = await Promise.all([
        listPublicInstitutions({ ...filters, pageSize: PAGE_SIZE }, deps(request)),
        placeOptions(request, provinceId),
      ]);
      return sendPage(reply, institutionsPage(await contextOf(request), { filters, result, ...places }));
    },
  );

  app.get('/portal/institutions/:id', { schema: { ...hidden, params: IdParams } }, async (request, reply) => {
    const id = positiveInt(request.params.id);
    if (!id) throw new AppError('NOT_FOUND', 'no such institution');
    const detail = await getPublicInstitution(id, deps(request));
    return sendPage(reply, institutionPage(await contextOf(request), { detail }));
  });

  app.get(
    '/portal/resources',
    { schema: { ...hidden, querystring: LooseSchema } },
    async (request, reply) => {
      const q = request.query;
      const filters: ResourceFilters = {
        provinceId: positiveInt(one(q, 'provinceId')),
        kind: oneOf(RESOURCE_KINDS, one(q, 'kind')),
        q: text(q, 'q'),
        page: pageOf(q),
      };
      const [result, places] = await Promise.all([
        listPublicResources({ ...filters, pageSize: 50 }, deps(request)),
        placeOptions(request, undefined),
      ]);
      return sendPage(
        reply,
        resourcesPage(await contextOf(request), { filters, result, provinces: places.provinces }),
      );
    },
  );

  // Anything else under /portal is this portal's "not found", not the SPA's index.html.
  app.get('/portal/*', { schema: hidden }, async (request, reply) => {
    if (request.url === '/portal/' || request.url.startsWith('/portal/?'))
      return reply.redirect(request.url.replace('/portal/', '/portal'), 301);
    const w = WORDS[request.lang];
    return sendMessage(request, reply, 404, w.notFoundTitle, w.notFound);
  });
};
