import { AuditExportQuerySchema, AuditPageSchema, AuditQuerySchema, todayInVietnam } from '@suotdoi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../plugins/errors';
import { requireActor } from '../auth/actor';
import { exportAudit, listAudit } from './audit.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Nhật ký: the audit trail, read within the actor's 'audit.read' subtrees. */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = { db: app.database.db, clock: app.clock };

  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Audit entries, newest first',
        querystring: AuditQuerySchema,
        response: { 200: AuditPageSchema, ...errorResponses },
      },
    },
    async (request) => listAudit(requireActor(request.actor), request.query, deps),
  );

  app.get(
    '/api/audit/export.xlsx',
    {
      schema: {
        tags: ['audit'],
        summary: 'The same entries as an Excel workbook',
        querystring: AuditExportQuerySchema,
        produces: [XLSX],
        response: { 200: z.any().describe('an .xlsx workbook'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const body = await exportAudit(
        requireActor(request.actor),
        { ...request.query, lang: request.lang },
        deps,
      );
      const name = `nhat-ky-${todayInVietnam(app.clock())}.xlsx`;
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'no-store')
        .send(body);
    },
  );
};
