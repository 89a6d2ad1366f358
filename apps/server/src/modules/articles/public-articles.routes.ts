import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Tin bài for everyone: the published articles as JSON under /api/public (issue 8). */
export const publicArticlesRoutes: FastifyPluginAsyncZod = async (_app) => {};
