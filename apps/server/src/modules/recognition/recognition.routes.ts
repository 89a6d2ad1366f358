import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Khen thưởng: nominations, review, decision, the register (issue 8). */
export const recognitionRoutes: FastifyPluginAsyncZod = async (_app) => {};
