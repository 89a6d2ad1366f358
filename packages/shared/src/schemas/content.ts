import { z } from 'zod';

/**
 * Shared by good models and articles (issue 8): the topics the portal's featured pages ("chuyên trang, chuyên mục")
 * and the good-model catalogue are organised by, and the images both carry.
 */

export const CONTENT_TOPICS = [
  'reading_culture',
  'digital_transformation',
  'museum_learning',
  'community_learning',
  'learning_citizen',
  'heritage',
  'libraries',
  'skills',
] as const;
export const ContentTopicSchema = z.enum(CONTENT_TOPICS);
export type ContentTopic = z.infer<typeof ContentTopicSchema>;

/** Ảnh: raster images only (an SVG can carry script), checked by their first bytes, at most 5 MB each. */
export const IMAGE_MAX_BYTES = 5 * 1024 * 1024;
export const IMAGE_TYPES = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
} as const;

/** An uploaded image: served publicly at `url` (an unguessable id), since it is made for public pages. */
export const ImageSchema = z.object({
  id: z.uuid(),
  url: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
});
export type Image = z.infer<typeof ImageSchema>;

export const ImageUploadQuerySchema = z.object({ unitId: z.coerce.number().int().positive() }).strict();

/** The public address of an image. */
export const imageUrl = (id: string) => `/media/${id}`;
