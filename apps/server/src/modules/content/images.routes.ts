import { AppError, IMAGE_MAX_BYTES, ImageSchema, ImageUploadQuerySchema } from '@suotdoi/shared';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../auth/actor';
import { errors, security } from '../plans/plans-http';
import type { UploadedImage } from './image-check';
import { getMedia, uploadImage } from './images.service';

const tags = ['content'];

/**
 * The upload's limits, passed to the multipart parser so that reading stops at the size limit: a 100 MB upload
 * is never held in memory, only its first IMAGE_MAX_BYTES (and `truncated` says the rest was dropped).
 */
const LIMITS = { files: 1, fileSize: IMAGE_MAX_BYTES, fields: 10, parts: 12 };

/** The one file of field "file"; null when the request carries none. A second file is refused. */
async function readImage(request: FastifyRequest): Promise<UploadedImage | null> {
  if (!request.isMultipart()) return null;
  let image: UploadedImage | null = null;
  try {
    for await (const part of request.files({ limits: LIMITS, throwFileSizeLimit: false })) {
      const chunks: Buffer[] = [];
      for await (const chunk of part.file) if (part.fieldname === 'file') chunks.push(chunk as Buffer);
      if (part.fieldname === 'file')
        image = { name: part.filename, bytes: Buffer.concat(chunks), truncated: part.file.truncated };
    }
  } catch (e) {
    if ((e as { code?: string }).code === 'FST_FILES_LIMIT')
      throw new AppError('VALIDATION_FAILED', 'file: one image at a time', [
        { field: 'file', reason: 'too_many_files', value: 1 },
      ]);
    throw e;
  }
  return image;
}

/**
 * Media answers are immutable (an image is never changed, only uploaded anew under a new id), typed by their
 * first bytes, never sniffed, and render nothing active even when opened on their own.
 */
const MEDIA_HEADERS = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'",
  'cache-control': 'public, max-age=31536000, immutable',
};

/** Ảnh: upload an image of an article or a good model; serve it publicly at /media/{id} (issue 8). */
export const imagesRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = () => ({ db: app.database.db, clock: app.clock });

  app.post(
    '/api/images',
    {
      schema: {
        tags,
        security,
        summary: 'Upload one image ("file": PNG, JPEG, WebP or GIF, at most 5 MB) for a unit (content.write)',
        consumes: ['multipart/form-data'],
        querystring: ImageUploadQuerySchema,
        response: { 201: ImageSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const file = await readImage(request);
      const image = await uploadImage(actor, { unitId: request.query.unitId, file }, deps());
      return reply.status(201).send(image);
    },
  );

  // Public and outside /api (no session, no CSRF: plugins/auth.ts only looks at /api/), like the portal's pages,
  // whose <img> tags point here; kept out of the OpenAPI document as they are.
  app.get(
    '/media/:id',
    { schema: { hide: true, params: z.object({ id: z.string() }) } },
    async (request, reply) => {
      const image = await getMedia(request.params.id, deps());
      const etag = `"${image.sha256}"`;
      reply.headers({ ...MEDIA_HEADERS, etag });
      if (request.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) return reply.status(304).send();
      return reply.header('content-type', image.mime).send(image.content);
    },
  );
};
