import { AppError } from '@suotdoi/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  cancelRegistration,
  deleteLearner,
  getLearnerRecord,
  getRegistration,
  learnerRecordPdf,
  registrationQrSvg,
} from '../activities/registrations';
import { trustedHtml } from './html';
import { deleteConfirmPage, deletedPage, learnerPage } from './learner-page';
import {
  hidden,
  LooseSchema,
  one,
  type PortalKit,
  personal,
  rateLimited,
  sendPage,
  TOKEN,
  TokenParams,
} from './portal-request';
import { cancelConfirmPage, registrationPage } from './registration-page';

/** The short-lived cookie that carries a new learner record's secret through the redirect, to be shown once. */
export const LEARNER_COOKIE = 'portal_learner';
export const LEARNER_COOKIE_SECONDS = 15 * 60;

/** Reading or changing one's own registration or record: as registrations.routes.ts allows for the JSON ones. */
const TOKEN_RATE_LIMIT = { rateLimit: { max: 60, timeWindow: 60_000, errorResponseBuilder: rateLimited } };
/**
 * These addresses carry a personal secret: their routes log nothing at info level (Fastify's request lines
 * name the URL), so the secret never reaches the logs.
 */
const quiet = { logLevel: 'warn', config: TOKEN_RATE_LIMIT } as const;

const secret = (token: string): string => {
  if (!TOKEN.test(token)) throw new AppError('NOT_FOUND', 'no such link');
  return token;
};

/** The registrant's page (status, QR, cancel) and the learner record (PDF, deletion): pages by secret link. */
export function personalRoutes(app: FastifyInstance, kit: PortalKit) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/portal/registrations/:token',
    { schema: { ...hidden, params: TokenParams }, ...quiet },
    async (request, reply) => {
      personal(reply);
      const token = secret(request.params.token);
      const deps = kit.deps(request);
      const registration = await getRegistration(token, deps);
      const svg = registration.status === 'cancelled' ? null : await registrationQrSvg(token, deps);
      // The learner record's secret came through the redirect in a cookie for this page only: shown once.
      const learnerToken = request.cookies[LEARNER_COOKIE];
      const learnerHref =
        learnerToken && TOKEN.test(learnerToken)
          ? `${request.protocol}://${request.host}/portal/learners/${learnerToken}`
          : null;
      if (learnerToken) reply.clearCookie(LEARNER_COOKIE, { path: `/portal/registrations/${token}` });
      const page = registrationPage(await kit.contextOf(request), {
        token,
        registration,
        // The qrcode library's own SVG: no text a person typed is in it.
        qr: svg ? trustedHtml(svg.slice(Math.max(0, svg.indexOf('<svg')))) : null,
        learnerHref,
      });
      return sendPage(reply, page);
    },
  );

  r.post(
    '/portal/registrations/:token/cancel',
    { schema: { ...hidden, params: TokenParams, body: LooseSchema }, ...quiet },
    async (request, reply) => {
      personal(reply);
      const token = secret(request.params.token);
      const deps = kit.deps(request);
      if (one(request.body, 'confirm') !== 'yes') {
        const registration = await getRegistration(token, deps);
        const ctx = await kit.contextOf(request, `/portal/registrations/${token}`);
        return sendPage(reply, cancelConfirmPage(ctx, { token, title: registration.activity.title }));
      }
      await cancelRegistration(token, deps);
      return reply.status(303).header('location', `/portal/registrations/${token}`).send();
    },
  );

  r.get('/portal/learners/deleted', { schema: hidden }, async (request, reply) =>
    sendPage(personal(reply), deletedPage(await kit.contextOf(request))),
  );

  r.get(
    '/portal/learners/:token',
    { schema: { ...hidden, params: TokenParams }, ...quiet },
    async (request, reply) => {
      personal(reply);
      const token = secret(request.params.token);
      const record = await getLearnerRecord(token, kit.deps(request));
      return sendPage(reply, learnerPage(await kit.contextOf(request), { token, record }));
    },
  );

  r.get(
    '/portal/learners/:token/record.pdf',
    { schema: { ...hidden, params: TokenParams }, ...quiet },
    async (request, reply) => {
      personal(reply);
      const pdf = await learnerRecordPdf(secret(request.params.token), kit.deps(request));
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', 'attachment; filename="ho-so-hoc-tap.pdf"')
        .send(pdf);
    },
  );

  r.post(
    '/portal/learners/:token/delete',
    { schema: { ...hidden, params: TokenParams, body: LooseSchema }, ...quiet },
    async (request, reply) => {
      personal(reply);
      const token = secret(request.params.token);
      const deps = kit.deps(request);
      if (one(request.body, 'confirm') !== 'yes') {
        // Looked up first, so a wrong link says "not found" rather than asking to confirm nothing.
        await getLearnerRecord(token, deps);
        const ctx = await kit.contextOf(request, `/portal/learners/${token}`);
        return sendPage(reply, deleteConfirmPage(ctx, { token }));
      }
      await deleteLearner(token, deps);
      return reply.status(303).header('location', '/portal/learners/deleted').send();
    },
  );
}
