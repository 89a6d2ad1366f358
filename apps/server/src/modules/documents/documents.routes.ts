import {
  AnnualReportQuerySchema,
  type DocumentFormat,
  type DocumentModel,
  DocumentModelSchema,
  DocumentTemplateInputSchema,
  DocumentTemplateSchema,
  PublishedFileQuerySchema,
  PublishedListQuerySchema,
  PublishedReportDetailSchema,
  PublishedReportSchema,
  PublishInputSchema,
  ReviewQuerySchema,
} from '@suotdoi/shared';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../auth/actor';
import { XLSX_MIME } from '../institutions/institutions-workbook';
import { errors, security, sendFile } from '../plans/plans-http';
import { DOCX_MIME, fileNameOf, generateModel, renderDocx, renderXlsx } from './generate-document';
import { getPublished, getPublishedFile, listPublished, publishReport } from './publish.service';
import { getTemplate, saveTemplate } from './templates.service';

const tags = ['documents'];
const UnitParamsSchema = z.object({ unitId: z.coerce.number().int().positive() }).strict();
const IdParamsSchema = z.object({ id: z.coerce.number().int().positive() }).strict();
/** A generated file, or the document tree as JSON (format=json). */
const fileOrModel = {
  200: DocumentModelSchema.or(z.string().meta({ format: 'binary' })),
  ...errors,
};

/** Công bố: the official reports, generated (DOCX, XLSX, JSON), templated and published. */
export const documentsRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = () => ({ db: app.database.db, clock: app.clock });

  async function answer(reply: FastifyReply, model: DocumentModel, format: DocumentFormat) {
    if (format === 'json') return model;
    if (format === 'xlsx')
      return sendFile(reply, await renderXlsx(model), XLSX_MIME, fileNameOf(model, 'xlsx'));
    return sendFile(reply, await renderDocx(model), DOCX_MIME, fileNameOf(model, 'docx'));
  }

  app.get(
    '/api/reports/annual',
    {
      schema: {
        tags,
        summary:
          'The annual report of a unit for a year (Decree 30 layout): DOCX, the XLSX annexes, or the tree',
        querystring: AnnualReportQuerySchema,
        response: fileOrModel,
      },
    },
    async (request, reply) => {
      const { format, ...req } = request.query;
      const model = await generateModel(requireActor(request.actor), { kind: 'annual', ...req }, deps());
      return answer(reply, model, format);
    },
  );

  app.get(
    '/api/reports/review',
    {
      schema: {
        tags,
        summary: 'The 2025 mid-term or 2030 final review of a plan for a unit, with charts',
        querystring: ReviewQuerySchema,
        response: fileOrModel,
      },
    },
    async (request, reply) => {
      const { format, ...req } = request.query;
      const model = await generateModel(requireActor(request.actor), req, deps());
      return answer(reply, model, format);
    },
  );

  app.get(
    '/api/document-templates/:unitId',
    {
      schema: {
        tags,
        summary: 'The unit’s report template (its level’s defaults until someone saves one)',
        params: UnitParamsSchema,
        response: { 200: DocumentTemplateSchema, ...errors },
      },
    },
    async (request) => getTemplate(requireActor(request.actor), request.params.unitId, deps()),
  );

  app.put(
    '/api/document-templates/:unitId',
    {
      schema: {
        tags,
        security,
        summary: 'Save the unit’s report template (document.publish)',
        params: UnitParamsSchema,
        body: DocumentTemplateInputSchema,
        response: { 200: DocumentTemplateSchema, ...errors },
      },
    },
    async (request) => saveTemplate(requireActor(request.actor), request.params.unitId, request.body, deps()),
  );

  app.post(
    '/api/published-reports',
    {
      schema: {
        tags,
        security,
        summary: 'Publish a report: freeze its figures, files and content hash (document.publish)',
        body: PublishInputSchema,
        response: { 201: PublishedReportSchema, ...errors },
      },
    },
    async (request, reply) => {
      const published = await publishReport(requireActor(request.actor), request.body, deps());
      return reply.status(201).send(published);
    },
  );

  app.get(
    '/api/published-reports',
    {
      schema: {
        tags,
        summary: 'The published reports the user may read, newest first',
        querystring: PublishedListQuerySchema,
        response: { 200: z.array(PublishedReportSchema), ...errors },
      },
    },
    async (request) => listPublished(requireActor(request.actor), request.query, deps()),
  );

  app.get(
    '/api/published-reports/:id',
    {
      schema: {
        tags,
        summary: 'A published report: its frozen tree and what has changed in the data since',
        params: IdParamsSchema,
        response: { 200: PublishedReportDetailSchema, ...errors },
      },
    },
    async (request) => getPublished(requireActor(request.actor), request.params.id, deps()),
  );

  app.get(
    '/api/published-reports/:id/file',
    {
      schema: {
        tags,
        summary: 'The frozen DOCX or XLSX of a published report, byte for byte',
        params: IdParamsSchema,
        querystring: PublishedFileQuerySchema,
        response: { 200: z.string().meta({ format: 'binary' }), ...errors },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const file = await getPublishedFile(requireActor(request.actor), request.params.id, format, deps());
      return sendFile(reply, file.bytes, format === 'docx' ? DOCX_MIME : XLSX_MIME, file.name);
    },
  );
};
