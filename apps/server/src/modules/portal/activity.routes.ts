import { AppError, ERROR_STATUS, normalizeText } from '@suotdoi/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { messageFor } from '../../lib/i18n';
import { activityIcal, getPublicActivity, getPublicInstitution } from '../activities/public-activities';
import { consentText, normaliseContact, registerForActivity } from '../activities/registrations';
import { activityPage, type RegistrationFormErrors, type RegistrationFormValues } from './activity-page';
import { LEARNER_COOKIE, LEARNER_COOKIE_SECONDS } from './personal.routes';
import {
  hidden,
  IdParams,
  LooseSchema,
  one,
  type PortalKit,
  positiveInt,
  rateLimited,
  sendPage,
} from './portal-request';
import { WORDS } from './portal-words';

/**
 * An activity's page, its calendar file, and registering from it: the form posts back to the page, which
 * answers a success with a redirect (303) to the registrant's own page, and an error with the form again.
 */
export function activityRoutes(app: FastifyInstance, kit: PortalKit) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const retentionDays = app.config.registrationRetentionDays ?? 180;

  const activityId = (raw: string): number => {
    const id = positiveInt(raw);
    if (!id) throw new AppError('NOT_FOUND', 'no such activity');
    return id;
  };

  async function renderActivity(
    request: FastifyRequest,
    reply: FastifyReply,
    id: number,
    form: { values?: RegistrationFormValues; errors?: RegistrationFormErrors } = {},
    status = 200,
  ) {
    const d = kit.deps(request);
    const activity = await getPublicActivity(id, d);
    const institution = await getPublicInstitution(activity.institution.id, d)
      .then((detail) => detail.institution)
      .catch(() => null);
    const lang = request.lang;
    const page = activityPage(await kit.contextOf(request), {
      activity,
      institution,
      consent: {
        registration: consentText(lang, 'registration', retentionDays),
        keepRecord: consentText(lang, 'keepRecord', retentionDays),
      },
      ...form,
    });
    return sendPage(reply, page, status);
  }

  r.get('/portal/activities/:id', { schema: { ...hidden, params: IdParams } }, async (request, reply) =>
    renderActivity(request, reply, activityId(request.params.id)),
  );

  r.get(
    '/portal/activities/:id/calendar.ics',
    { schema: { ...hidden, params: IdParams } },
    async (request, reply) => {
      const id = activityId(request.params.id);
      const ics = await activityIcal(id, kit.deps(request));
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="hoat-dong-${id}.ics"`)
        .send(ics);
    },
  );

  r.post(
    '/portal/activities/:id',
    {
      schema: { ...hidden, params: IdParams, body: LooseSchema },
      // The same allowance as the JSON registration (config REGISTRATION_RATE_LIMIT per 10 minutes).
      config: {
        rateLimit: {
          max: app.config.registrationRateLimit ?? 10,
          timeWindow: 10 * 60_000,
          errorResponseBuilder: rateLimited,
        },
      },
    },
    async (request, reply) => {
      const id = activityId(request.params.id);
      const body = request.body;
      const w = WORDS[request.lang];
      const values: RegistrationFormValues = {
        name: normalizeText(one(body, 'name') ?? ''),
        contact: (one(body, 'contact') ?? '').normalize('NFC'),
        keepRecord: one(body, 'keepRecord') !== undefined,
      };
      const errors: RegistrationFormErrors = {};
      if (!values.name) errors.name = w.nameRequired;
      else if (values.name.length > 100) errors.name = w.nameTooLong;
      if (!values.contact) errors.contact = w.contactRequired;
      else if (!normaliseContact(values.contact)) errors.contact = w.contactInvalid;
      if (one(body, 'consent') === undefined) errors.consent = w.consentRequired;
      if (Object.keys(errors).length > 0) return renderActivity(request, reply, id, { values, errors }, 400);

      let result: Awaited<ReturnType<typeof registerForActivity>>;
      try {
        result = await registerForActivity(
          id,
          {
            name: values.name,
            contact: values.contact,
            consent: true,
            keepRecord: values.keepRecord,
            // The honeypot goes to the service, which answers a filled one like a confirmation and keeps nothing.
            website: typeof body.website === 'string' ? body.website : undefined,
          },
          { ip: request.ip },
          kit.deps(request),
        );
      } catch (error) {
        if (!(error instanceof AppError) || error.code === 'NOT_FOUND') throw error;
        const message = messageFor(error.code, request.lang);
        const failed: RegistrationFormErrors =
          error.code === 'ALREADY_REGISTERED' || error.code === 'VALIDATION_FAILED'
            ? { contact: error.code === 'VALIDATION_FAILED' ? w.contactInvalid : message }
            : { form: message };
        return renderActivity(request, reply, id, { values, errors: failed }, ERROR_STATUS[error.code]);
      }
      const target = `/portal/registrations/${result.token}`;
      if (result.learnerToken) {
        reply.setCookie(LEARNER_COOKIE, result.learnerToken, {
          path: target,
          maxAge: LEARNER_COOKIE_SECONDS,
          httpOnly: true,
          sameSite: 'lax',
          secure: app.config.cookieSecure,
        });
      }
      return reply.status(303).header('location', target).send();
    },
  );
}
