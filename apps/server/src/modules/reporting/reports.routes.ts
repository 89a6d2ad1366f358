import {
  FormSchema,
  HolidaySchema,
  IdParamsSchema,
  OpenReportSchema,
  ReportDetailSchema,
  ReportListQuerySchema,
  ReportSummarySchema,
  ReturnReportSchema,
  SaveReportSchema,
  TransitionSchema,
  UnlockReportSchema,
  UpdateFormSchema,
} from '@suotdoi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../auth/actor';
import { errors, security } from '../plans/plans-http';
import { findHolidays } from './forms.repo';
import { openReport } from './open-report';
import { getReportDetail } from './report-detail';
import { approveReport, returnReport, submitReport, unlockReport } from './report-workflow';
import { listForms, listReports, updateForm } from './reports.service';
import { saveReport } from './save-report';

const tags = ['reporting'];

/** Báo cáo: forms, reports, saving values and the workflow. */
export const reportsRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = () => ({ db: app.database.db, clock: app.clock });

  app.get(
    '/api/forms',
    {
      schema: {
        tags,
        summary: 'Every report form with its elements, rules and deadlines',
        response: { 200: z.array(FormSchema), ...errors },
      },
    },
    async (request) => {
      requireActor(request.actor);
      return listForms(deps());
    },
  );

  app.patch(
    '/api/forms/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Change a form’s cut-off window, deadlines, rules or limits (form.manage)',
        params: IdParamsSchema,
        body: UpdateFormSchema,
        response: { 200: FormSchema, ...errors },
      },
    },
    async (request) =>
      updateForm(requireActor(request.actor), { id: request.params.id, patch: request.body }, deps()),
  );

  app.get(
    '/api/holidays',
    {
      schema: {
        tags,
        summary: 'Public holidays and make-up working days that deadlines skip',
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }).strict(),
        response: { 200: z.array(HolidaySchema), ...errors },
      },
    },
    async (request) => {
      requireActor(request.actor);
      const rows = await findHolidays(app.database.db, request.query.year);
      return rows.map((r) => ({ date: r.date, name: { vi: r.nameVi, en: r.nameEn }, kind: r.kind as never }));
    },
  );

  app.get(
    '/api/reports',
    {
      schema: {
        tags,
        summary:
          'Reports of units in reach: mine, waiting for my approval, or all, by unit, period, form and status',
        querystring: ReportListQuerySchema,
        response: { 200: z.array(ReportSummarySchema), ...errors },
      },
    },
    async (request) => listReports(requireActor(request.actor), request.query, deps()),
  );

  app.post(
    '/api/reports',
    {
      schema: {
        tags,
        security,
        summary: 'Open the report of a unit for a period (created as a draft the first time)',
        body: OpenReportSchema,
        response: { 200: ReportDetailSchema, ...errors },
      },
    },
    async (request) => openReport(requireActor(request.actor), request.body, deps()),
  );

  app.get(
    '/api/reports/:id',
    {
      schema: {
        tags,
        summary: 'A report with its form, values, last period’s values, history and rights',
        params: IdParamsSchema,
        response: { 200: ReportDetailSchema, ...errors },
      },
    },
    async (request) => getReportDetail(app.database.db, requireActor(request.actor), request.params.id),
  );

  app.put(
    '/api/reports/:id/values',
    {
      schema: {
        tags,
        security,
        summary:
          'Save changed fields of a draft or returned report; a stale version with a field changed on both sides answers 409 with the conflicts',
        params: IdParamsSchema,
        body: SaveReportSchema,
        response: { 200: ReportDetailSchema, ...errors },
      },
    },
    async (request) =>
      saveReport(requireActor(request.actor), { reportId: request.params.id, body: request.body }, deps()),
  );

  const step = (
    path: string,
    summary: string,
    body: z.ZodType,
    run: (actor: ReturnType<typeof requireActor>, id: number, body: never) => Promise<void>,
  ) =>
    app.post(
      path,
      {
        schema: {
          tags,
          security,
          summary,
          params: IdParamsSchema,
          body,
          response: { 200: ReportDetailSchema, ...errors },
        },
      },
      async (request) => {
        const actor = requireActor(request.actor);
        await run(actor, request.params.id, request.body as never);
        return getReportDetail(app.database.db, actor, request.params.id);
      },
    );

  step(
    '/api/reports/:id/submit',
    'Submit for approval (every error rule must pass)',
    TransitionSchema,
    (actor, id, body: { version: number }) =>
      submitReport(actor, { reportId: id, version: body.version }, deps()),
  );
  step(
    '/api/reports/:id/return',
    'Return to the unit with a reason (the approving level)',
    ReturnReportSchema,
    (actor, id, body: { version: number; reason: string }) =>
      returnReport(actor, { reportId: id, ...body }, deps()),
  );
  step(
    '/api/reports/:id/approve',
    'Approve (the approving level; a summary waits for its children)',
    TransitionSchema,
    (actor, id, body: { version: number }) =>
      approveReport(actor, { reportId: id, version: body.version }, deps()),
  );
  step(
    '/api/reports/:id/unlock',
    'Reopen an approved or locked report, with a reason (report.unlock)',
    UnlockReportSchema,
    (actor, id, body: { reason: string }) =>
      unlockReport(actor, { reportId: id, reason: body.reason }, deps()),
  );
};
