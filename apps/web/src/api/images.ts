import { IMAGE_MAX_BYTES, IMAGE_TYPES, type Image } from '@suotdoi/shared';
import { uploadFile } from './client';

/** Ảnh of articles and good models (schemas/content.ts): uploaded for a unit, served publicly at `url`. */

export type { Image };

/** Why the browser refuses a file before sending it (the server checks again, by the file's first bytes). */
export type ImageProblem = 'not_an_image' | 'image_too_large';

/** The problem of a picked file, or null when it may be sent. */
export function imageProblem(file: { name: string; size: number }): ImageProblem | null {
  const ext = file.name.toLowerCase().split('.').pop() ?? '';
  if (!(ext in IMAGE_TYPES)) return 'not_an_image';
  if (file.size > IMAGE_MAX_BYTES) return 'image_too_large';
  return null;
}

/** The `accept` of a file input for images. */
export const IMAGE_ACCEPT = Object.keys(IMAGE_TYPES)
  .map((ext) => `.${ext}`)
  .join(',');

export const uploadImage = (unitId: number, file: File, onProgress?: (fraction: number) => void) =>
  uploadFile<Image>('/api/images', file, { query: { unitId }, onProgress });
