import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { Database } from './db/client';
import { moduleRoutes } from './modules';
import { authPlugin } from './plugins/auth';
import { errorsPlugin } from './plugins/errors';
import { openapiPlugin } from './plugins/openapi';
import { webPlugin } from './plugins/web';

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
    config: Config;
    /** The current time; tests pass a fixed clock. */
    clock: () => Date;
  }
}

export interface AppDeps {
  config: Config;
  database: Database;
  clock?: () => Date;
  logger?: boolean;
}

/** Builds the whole HTTP application without listening, so tests drive it with `inject`. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger === false ? false : { level: deps.config.logLevel },
    bodyLimit: 1024 * 1024,
    trustProxy: deps.config.trustProxy,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('database', deps.database);
  app.decorate('config', deps.config);
  app.decorate('clock', deps.clock ?? (() => new Date()));

  await app.register(errorsPlugin);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: 20 * 1024 * 1024, files: 1 } });
  await app.register(openapiPlugin);
  await app.register(authPlugin);
  for (const routes of moduleRoutes) await app.register(routes);
  await app.register(webPlugin, { root: deps.config.webDist });
  return app;
}
