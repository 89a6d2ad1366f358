import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Ảnh: upload an image of an article or a good model; serve it publicly at /media/{id} (issue 8). */
export const imagesRoutes: FastifyPluginAsyncZod = async (_app) => {};
