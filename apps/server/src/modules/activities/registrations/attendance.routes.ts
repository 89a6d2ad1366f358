import {
  AttendanceListSchema,
  CheckInInputSchema,
  CheckInResultSchema,
  ErrorBodySchema,
  HeadcountInputSchema,
  HeadcountResultSchema,
  IdParamsSchema,
  StaffRegistrationListSchema,
} from '@suotdoi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../auth/actor';
import { checkIn, listAttendance, listRegistrations, recordHeadcount } from './attendance.service';

const tags = ['activities'];
const errors = {
  400: ErrorBodySchema,
  401: ErrorBodySchema,
  403: ErrorBodySchema,
  404: ErrorBodySchema,
  409: ErrorBodySchema,
};

/** Staff side of registrations: the (audited) list, check-in by code, walk-in headcounts, the attendance. */
export const attendanceRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = () => ({ db: app.database.db, clock: app.clock });

  app.get(
    '/api/activities/:id/registrations',
    {
      schema: {
        tags,
        summary: 'The registrations of an activity with names and contacts (each read is audited)',
        params: IdParamsSchema,
        response: { 200: StaffRegistrationListSchema, ...errors },
      },
    },
    async (request) => listRegistrations(requireActor(request.actor), request.params.id, deps()),
  );

  app.post(
    '/api/activities/:id/check-ins',
    {
      schema: {
        tags,
        summary: 'Check a registration in by its code (once per session)',
        params: IdParamsSchema,
        body: CheckInInputSchema,
        response: { 200: CheckInResultSchema, ...errors },
      },
    },
    async (request) => checkIn(requireActor(request.actor), request.params.id, request.body, deps()),
  );

  app.post(
    '/api/activities/:id/headcounts',
    {
      schema: {
        tags,
        summary: 'Record walk-ins counted by staff for a session',
        params: IdParamsSchema,
        body: HeadcountInputSchema,
        response: { 201: HeadcountResultSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordHeadcount(requireActor(request.actor), request.params.id, request.body, deps())),
  );

  app.get(
    '/api/activities/:id/attendance',
    {
      schema: {
        tags,
        summary: 'Every attendance figure of an activity with its source, who recorded it and when',
        params: IdParamsSchema,
        response: { 200: AttendanceListSchema, ...errors },
      },
    },
    async (request) => listAttendance(requireActor(request.actor), request.params.id, deps()),
  );
};
