import {
  AppError,
  CreateInstitutionSchema,
  ErrorBodySchema,
  IdParamsSchema,
  ImportResultSchema,
  InstitutionExportQuerySchema,
  InstitutionImportQuerySchema,
  InstitutionListQuerySchema,
  InstitutionListSchema,
  InstitutionSchema,
  todayInVietnam,
  UpdateInstitutionSchema,
} from '@suotdoi/shared';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { reasonFor } from '../../lib/i18n';
import { requireActor } from '../auth/actor';
import { importInstitutions } from './import-institutions';
import {
  closeInstitution,
  createInstitution,
  getInstitution,
  listInstitutions,
  updateInstitution,
} from './institutions.service';
import { buildTemplate, exportInstitutions, XLSX_MIME } from './institutions-workbook';

const tags = ['institutions'];
// Writes need both the session cookie and the CSRF header.
const security: Record<string, string[]>[] = [{ session: [], csrf: [] }];
const errors = {
  400: ErrorBodySchema,
  401: ErrorBodySchema,
  403: ErrorBodySchema,
  404: ErrorBodySchema,
  409: ErrorBodySchema,
  422: ErrorBodySchema,
};
const xlsxResponse = {
  description: 'An Excel workbook (.xlsx)',
  content: { [XLSX_MIME]: { schema: z.string().meta({ format: 'binary' }) } },
};

function sendXlsx(reply: FastifyReply, body: Buffer, name: string) {
  return reply
    .header('content-type', XLSX_MIME)
    .header('content-disposition', `attachment; filename="${name}"`)
    .send(body);
}

/** Thiết chế: list, read, create, update, close, and the spreadsheet template, import and export. */
export const institutionsRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = () => ({ db: app.database.db, clock: app.clock });

  app.get(
    '/api/institutions',
    {
      schema: {
        tags,
        summary: 'List institutions in scope',
        querystring: InstitutionListQuerySchema,
        response: { 200: InstitutionListSchema, ...errors },
      },
    },
    async (request) => listInstitutions(requireActor(request.actor), request.query, deps()),
  );

  app.get(
    '/api/institutions/template.xlsx',
    { schema: { tags, summary: 'Import template', response: { 200: xlsxResponse, ...errors } } },
    async (request, reply) =>
      sendXlsx(reply, await buildTemplate(requireActor(request.actor), deps()), 'mau-nhap-thiet-che.xlsx'),
  );

  app.get(
    '/api/institutions/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Export the institutions matching the list filters',
        querystring: InstitutionExportQuerySchema,
        response: { 200: xlsxResponse, ...errors },
      },
    },
    async (request, reply) => {
      const body = await exportInstitutions(requireActor(request.actor), request.query, deps());
      return sendXlsx(reply, body, `thiet-che-${todayInVietnam(app.clock())}.xlsx`);
    },
  );

  app.post(
    '/api/institutions/import',
    {
      schema: {
        tags,
        summary:
          'Import institutions from .xlsx or .csv (multipart field "file"); a dry run unless dryRun=false',
        consumes: ['multipart/form-data'],
        querystring: InstitutionImportQuerySchema,
        response: { 200: ImportResultSchema, 413: ErrorBodySchema, 415: ErrorBodySchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      if (!request.isMultipart()) {
        throw new AppError('UNSUPPORTED_FILE', 'not multipart/form-data', {
          reason: 'not_a_spreadsheet',
          message: reasonFor('not_a_spreadsheet', request.lang),
        });
      }
      const file = await request.file();
      if (file?.fieldname !== 'file') {
        throw new AppError('VALIDATION_FAILED', 'multipart field "file" is required', [
          { field: 'file', reason: 'required' },
        ]);
      }
      const bytes = await file.toBuffer();
      return importInstitutions(
        actor,
        { bytes, filename: file.filename, dryRun: request.query.dryRun, lang: request.lang },
        deps(),
      );
    },
  );

  app.get(
    '/api/institutions/:id',
    {
      schema: { tags, params: IdParamsSchema, response: { 200: InstitutionSchema, ...errors } },
    },
    async (request) => getInstitution(requireActor(request.actor), request.params.id, deps()),
  );

  app.post(
    '/api/institutions',
    {
      schema: {
        tags,
        security,
        body: CreateInstitutionSchema,
        response: { 201: InstitutionSchema, ...errors },
      },
    },
    async (request, reply) => {
      const created = await createInstitution(requireActor(request.actor), request.body, deps());
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/api/institutions/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Update; expectedUpdatedAt must match, else 409 CONFLICT with details.current',
        params: IdParamsSchema,
        body: UpdateInstitutionSchema,
        response: { 200: InstitutionSchema, ...errors },
      },
    },
    async (request) =>
      updateInstitution(requireActor(request.actor), request.params.id, request.body, deps()),
  );

  app.delete(
    '/api/institutions/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Close the institution today (its history is kept; nothing is deleted)',
        params: IdParamsSchema,
        response: { 200: InstitutionSchema, ...errors },
      },
    },
    async (request) => closeInstitution(requireActor(request.actor), request.params.id, deps()),
  );
};
