import { AppError, IdParamsSchema } from '@suotdoi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { messageFor } from '../../../lib/i18n';
import { requireActor } from '../../auth/actor';
import { XLSX_MIME } from '../../institutions/institutions-workbook';
import { errors, security, sendFile } from '../../plans/plans-http';
import { exportDataValueSet, importDataValueSet, toDhis2Csv } from './data-value-sets';
import {
  DataValueSetExportQuerySchema,
  DataValueSetExportSchema,
  DataValueSetImportQuerySchema,
  DataValueSetSchema,
  FormImportQuerySchema,
  FormImportResultSchema,
  FormTemplateQuerySchema,
  ImportSummarySchema,
  JobSchema,
  JobStartedSchema,
} from './exchange.schemas';
import { buildFormTemplate, importFormFile, readFormImport } from './form-exchange';
import { JOB_THRESHOLD } from './import-values';
import { getJob, startJob } from './jobs';

const tags = ['reporting'];
/** The server's multipart limit (app.ts): a bigger upload answers 413 with this in the reader's language. */
const MAX_UPLOAD_MB = 20;
/** A dataValueSet of a whole country (~2.5 M values) as JSON. */
const DATA_VALUE_SET_BODY_LIMIT = 256 * 1024 * 1024;

/** Trao đổi số liệu: form templates and file imports, DHIS2 dataValueSets, and the jobs of long imports. */
export const exchangeRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = () => ({ db: app.database.db, clock: app.clock });

  // DHIS2 clients post CSV as text/csv (or application/csv); only these routes read it.
  app.addContentTypeParser(
    ['text/csv', 'application/csv'],
    { parseAs: 'string', bodyLimit: DATA_VALUE_SET_BODY_LIMIT },
    (_request, body, done) => done(null, body),
  );

  app.get(
    '/api/forms/:id/template',
    {
      schema: {
        tags,
        summary:
          'The form’s XLSX template for a period: a row per unit the user may report for, existing values filled in',
        params: IdParamsSchema,
        querystring: FormTemplateQuerySchema,
        response: { 200: z.any(), ...errors },
      },
    },
    async (request, reply) => {
      const file = await buildFormTemplate(
        requireActor(request.actor),
        { formId: request.params.id, period: request.query.period },
        deps(),
      );
      return sendFile(reply, file.bytes, XLSX_MIME, file.name);
    },
  );

  app.post(
    '/api/forms/:id/import',
    {
      schema: {
        tags,
        security,
        summary: `Import a form’s values from .xlsx or .csv (multipart field "file", at most ${MAX_UPLOAD_MB} MB); a dry run unless dryRun=false; more than ${JOB_THRESHOLD} values run as a job (202)`,
        consumes: ['multipart/form-data'],
        params: IdParamsSchema,
        querystring: FormImportQuerySchema,
        response: { 200: FormImportResultSchema, 202: JobStartedSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const lang = request.lang;
      if (!request.isMultipart()) {
        throw new AppError('UNSUPPORTED_FILE', 'not multipart/form-data', {
          reason: 'not_a_spreadsheet',
          message: messageFor('UNSUPPORTED_FILE', lang),
        });
      }
      const file = await request.file();
      if (file?.fieldname !== 'file') {
        throw new AppError('VALIDATION_FAILED', 'multipart field "file" is required', [
          { field: 'file', reason: 'required' },
        ]);
      }
      let bytes: Buffer;
      try {
        bytes = await file.toBuffer();
      } catch (error) {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
          throw new AppError('PAYLOAD_TOO_LARGE', 'file too large', {
            reason: 'file_too_large',
            maxMegabytes: MAX_UPLOAD_MB,
            message:
              lang === 'en'
                ? `The file is larger than ${MAX_UPLOAD_MB} MB; split it (by province, say) and import each part.`
                : `Tệp lớn hơn ${MAX_UPLOAD_MB} MB; hãy chia nhỏ tệp (ví dụ theo tỉnh) rồi nhập từng phần.`,
          });
        }
        throw error;
      }
      const input = {
        formId: request.params.id,
        period: request.query.period,
        bytes,
        filename: file.filename,
        dryRun: request.query.dryRun,
        lang,
      };
      const prepared = await readFormImport(input, deps());
      if (input.dryRun || prepared.values.length <= JOB_THRESHOLD) {
        return importFormFile(actor, prepared, input, deps());
      }
      const jobId = await startJob(
        app.database.db,
        actor,
        'form-import',
        prepared.values.length,
        (progress) => importFormFile(actor, prepared, input, deps(), progress),
        { persistProgress: app.database.engine === 'postgres' },
      );
      return reply.status(202).send({ jobId });
    },
  );

  app.get(
    '/api/jobs/:id',
    {
      schema: {
        tags,
        summary: 'A background job of mine: status, progress and, when finished, its result',
        params: z.object({ id: z.uuid() }),
        response: { 200: JobSchema, ...errors },
      },
    },
    async (request) => getJob(app.database.db, requireActor(request.actor), request.params.id),
  );

  app.post(
    '/api/dataValueSets',
    {
      bodyLimit: DATA_VALUE_SET_BODY_LIMIT,
      schema: {
        tags,
        security,
        summary:
          'DHIS2-compatible import of data values (application/json or text/csv), codes as identifiers; all or nothing',
        consumes: ['application/json', 'text/csv'],
        querystring: DataValueSetImportQuerySchema,
        body: z.union([DataValueSetSchema, z.string()]),
        response: { 200: ImportSummarySchema, ...errors },
      },
    },
    async (request) =>
      importDataValueSet(
        requireActor(request.actor),
        { body: request.body, dryRun: request.query.dryRun, lang: request.lang },
        deps(),
      ),
  );

  app.get(
    '/api/dataValueSets',
    {
      schema: {
        tags,
        summary:
          'DHIS2-compatible export of the data values I may read, by dataSet (form code) or dataElement, period and orgUnit (codes)',
        querystring: DataValueSetExportQuerySchema,
        response: { 200: DataValueSetExportSchema, ...errors },
      },
    },
    async (request, reply) => {
      const values = await exportDataValueSet(requireActor(request.actor), request.query, deps());
      if (request.query.format === 'csv') {
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="dataValueSets.csv"')
          .send(toDhis2Csv(values) as never);
      }
      return { dataValues: values };
    },
  );
};
