import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

// Placeholder while the module is being written in this session; replaced before commit.
export const dataQualityRoutes: FastifyPluginAsyncZod = async () => {};
