import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Tin bài for staff: write, submit, publish, return, unpublish, with the audit trail (issue 8). */
export const articlesRoutes: FastifyPluginAsyncZod = async (_app) => {};
