import { IMAGE_MAX_BYTES, IMAGE_TYPES } from '@suotdoi/shared';

/**
 * Ảnh: what makes an uploaded file an image the portal may show. Raster types only, told by their first bytes as
 * well as their name (the idea of files/evidence.ts): an SVG can carry script, and a page renamed .png must not
 * be served back as one.
 */

/** An uploaded file as the route read it: reading stops at the size limit, which `truncated` then says. */
export interface UploadedImage {
  name: string;
  bytes: Buffer;
  truncated: boolean;
}

export type ImageMime = (typeof IMAGE_TYPES)[keyof typeof IMAGE_TYPES];

const ascii = (b: Buffer, from: number, to: number) => b.subarray(from, to).toString('latin1');

/** The first bytes of each type: PNG's 8-byte signature, JPEG's SOI marker, GIF's version, WebP's RIFF box. */
const SIGNATURES: Record<ImageMime, (b: Buffer) => boolean> = {
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/gif': (b) => ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a',
  'image/webp': (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP',
};

/** The media type of a file whose extension is allowed and whose first bytes agree with it; else null. */
export function imageMimeOf(name: string, bytes: Buffer): ImageMime | null {
  const dot = name.lastIndexOf('.');
  const ext = dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
  const mime = (IMAGE_TYPES as Record<string, ImageMime>)[ext];
  return mime && SIGNATURES[mime](bytes) ? mime : null;
}

export interface ImageProblem {
  field: 'file';
  reason: 'file_empty' | 'image_too_large' | 'not_an_image';
  value: string;
}

/** What is wrong with the upload (the first problem only: a file too large is not looked into), or null. */
export function imageProblem(file: UploadedImage): ImageProblem | null {
  const problem = (reason: ImageProblem['reason']): ImageProblem => ({
    field: 'file',
    reason,
    value: file.name,
  });
  if (file.truncated || file.bytes.length > IMAGE_MAX_BYTES) return problem('image_too_large');
  if (file.bytes.length === 0) return problem('file_empty');
  if (!imageMimeOf(file.name, file.bytes)) return problem('not_an_image');
  return null;
}
