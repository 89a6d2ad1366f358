import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { healthRoutes } from './health/health.routes';

/** Every domain's routes, registered in this order by buildApp. */
export const moduleRoutes: FastifyPluginAsyncZod[] = [healthRoutes];
