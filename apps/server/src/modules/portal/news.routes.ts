import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Cổng thông tin: news pages, the national days' pages and the RSS/Atom feeds (issue 8). */
export const portalNewsRoutes: FastifyPluginAsyncZod = async (_app) => {};
