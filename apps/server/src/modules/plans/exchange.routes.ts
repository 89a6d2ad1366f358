import {
  AppError,
  IdParamsSchema,
  PlanFileSchema,
  PlanImportQuerySchema,
  PlanImportResultSchema,
} from '@suotdoi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../auth/actor';
import { exportPlan, exportPlanWorkbook } from './export-plan';
import { importPlan } from './import-plan';
import { XLSX_MIME } from './plan-workbook';
import { errors, security, sendFile, tags } from './plans-http';

/** Trao đổi: a plan as JSON (the plan-file format) or XLSX, and back. */
export const exchangeRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = () => ({ db: app.database.db, clock: app.clock });

  app.get(
    '/api/plans/:id/export',
    {
      schema: {
        tags,
        summary: 'The plan as a plan file (JSON; docs/formats.md)',
        params: IdParamsSchema,
        response: { 200: PlanFileSchema, ...errors },
      },
    },
    async (request, reply) => {
      const file = await exportPlan(requireActor(request.actor), request.params.id, deps());
      return reply.header('content-disposition', `attachment; filename="${file.key}.json"`).send(file);
    },
  );

  app.get(
    '/api/plans/:id/export.xlsx',
    {
      schema: {
        tags,
        summary: 'The plan as a workbook: plan, sections, targets and tasks sheets',
        params: IdParamsSchema,
        response: {
          200: {
            description: 'An Excel workbook (.xlsx)',
            content: { [XLSX_MIME]: { schema: z.string().meta({ format: 'binary' }) } },
          },
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const { key, bytes } = await exportPlanWorkbook(requireActor(request.actor), request.params.id, deps());
      return sendFile(reply, bytes, XLSX_MIME, `${key}.xlsx`);
    },
  );

  app.post(
    '/api/plans/import',
    {
      schema: {
        tags,
        security,
        summary:
          'Import a plan: a plan file as the JSON body, or an .xlsx as multipart field "file"; a dry run unless dryRun=false',
        consumes: ['application/json', 'multipart/form-data'],
        querystring: PlanImportQuerySchema,
        body: z.unknown(),
        response: { 200: PlanImportResultSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      if (request.isMultipart()) {
        const file = await request.file();
        if (file?.fieldname !== 'file') {
          throw new AppError('VALIDATION_FAILED', 'multipart field "file" is required', [
            { field: 'file', reason: 'required' },
          ]);
        }
        const bytes = await file.toBuffer();
        const isJson = file.filename.toLowerCase().endsWith('.json');
        let source: Parameters<typeof importPlan>[1]['source'];
        if (isJson) {
          try {
            source = { kind: 'json', body: JSON.parse(bytes.toString('utf8')) };
          } catch {
            throw new AppError('VALIDATION_FAILED', 'not JSON', [{ field: 'file', reason: 'not_json' }]);
          }
        } else source = { kind: 'xlsx', bytes };
        return importPlan(actor, { source, dryRun: request.query.dryRun }, deps());
      }
      return importPlan(
        actor,
        { source: { kind: 'json', body: request.body }, dryRun: request.query.dryRun },
        deps(),
      );
    },
  );
};
