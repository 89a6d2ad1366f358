import { IdParamsSchema, ReportDetailSchema } from '@suotdoi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../auth/actor';
import type { EvidenceFile } from '../files/evidence';
import { errors, security, sendFile } from '../plans/plans-http';
import { addAttachments, getAttachment, removeAttachment } from './attachments';

const tags = ['reporting'];
/** The form's limit is checked by the service; this only stops a runaway request (50 files of 50 MB). */
const HARD_LIMIT = { files: 50, fileSize: 50 * 1024 * 1024 + 1 };

/** Minh chứng: a report's evidence files. */
export const reportAttachmentsRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = () => ({ db: app.database.db, clock: app.clock });

  app.post(
    '/api/reports/:id/attachments',
    {
      schema: {
        tags,
        security,
        summary: 'Attach evidence files ("files"; the form sets the types, count and size limits)',
        consumes: ['multipart/form-data'],
        params: IdParamsSchema,
        response: { 200: ReportDetailSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const files: EvidenceFile[] = [];
      if (request.isMultipart()) {
        for await (const part of request.parts({ limits: HARD_LIMIT })) {
          if (part.type === 'file') files.push({ name: part.filename, bytes: await part.toBuffer() });
        }
      }
      return addAttachments(actor, { reportId: request.params.id, files }, deps());
    },
  );

  app.get(
    '/api/report-attachments/:id',
    {
      schema: {
        tags,
        summary: 'Download a report’s evidence file',
        params: IdParamsSchema,
        response: {
          200: {
            description: 'The file as uploaded',
            content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } },
          },
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const file = await getAttachment(requireActor(request.actor), request.params.id, deps());
      return sendFile(reply, file.content, file.mime, file.name);
    },
  );

  app.delete(
    '/api/report-attachments/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Remove an evidence file of a draft or returned report',
        params: IdParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await removeAttachment(requireActor(request.actor), request.params.id, deps());
      return reply.status(204).send(null);
    },
  );
};
