import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** Serves the built single-page app; any non-API path falls back to index.html so deep links work. */
export const webPlugin = fp(async (app: FastifyInstance, opts: { root: string }) => {
  if (!existsSync(opts.root)) return;
  await app.register(fastifyStatic, { root: opts.root, wildcard: false, maxAge: '1h' });
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith('/api/')) return reply.callNotFound();
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
});
