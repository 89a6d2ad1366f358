import { HealthSchema } from '@suotdoi/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/**
 * Liveness without touching the database: the embedded engine serves one query at a time, and a health check
 * must not queue behind a heavy report.
 */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/health', { schema: { tags: ['system'], response: { 200: HealthSchema } } }, async () => ({
    status: 'ok' as const,
    database: app.database.engine,
    version: '0.1.0',
  }));
};
