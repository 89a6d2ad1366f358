import {
  ACTIVITY_TYPES,
  type ActivityType,
  AppError,
  AUDIENCES,
  type Audience,
  INSTITUTION_CATEGORIES,
  type InstitutionCategory,
  normalizeText,
  RESOURCE_KINDS,
} from '@suotdoi/shared';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  activitiesIcal,
  getPublicInstitution,
  listPlaces,
  listPublicActivities,
  listPublicInstitutions,
  listPublicResources,
} from '../activities/public-activities';
import type { RegistrationDeps } from '../activities/registrations';
import { mailerFrom } from '../reporting/reminders/mailer';
import { type ActivityFilters, activitiesPage, type FilterErrors } from './activities-page';
import { activityRoutes } from './activity.routes';
import { parseFilterDate } from './format';
import { type InstitutionFilters, institutionPage, institutionsPage } from './institutions-page';
import { PORTAL_CSS } from './layout';
import type { Option } from './parts';
import { personalRoutes } from './personal.routes';
import {
  hidden,
  IdParams,
  type Loose,
  LooseSchema,
  one,
  oneOf,
  type PortalKit,
  positiveInt,
  sendPage,
} from './portal-request';
import { portalShell } from './portal-shell';
import { WORDS } from './portal-words';
import { type ResourceFilters, resourcesPage } from './resources-page';

/**
 * Cổng thông tin công khai: the public portal as server-rendered HTML. No sign-in, no JavaScript, one small
 * cached style sheet: it must work on a slow phone. Every page is hidden from the OpenAPI document (the JSON
 * contract lives under /api/public). Registered before the SPA's fallback (plugins/web.ts), whose `/*` loses
 * to these more specific routes, so no /portal address is ever answered with the SPA's index.html.
 */

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
  const { contextOf, sendMessage } = portalShell(app);
  const kit: PortalKit = { deps, contextOf };

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
