import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Mô hình hay: good models, their figures from the data, photos, adoptions (issue 8). */
export const goodModelsRoutes: FastifyPluginAsyncZod = async (_app) => {};
