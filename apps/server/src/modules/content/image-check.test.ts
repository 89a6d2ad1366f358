import { IMAGE_MAX_BYTES } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import { IMAGES } from './content-test-support';
import { imageMimeOf, imageProblem } from './image-check';

describe('imageMimeOf', () => {
  it('tells each allowed type by its name and its first bytes', () => {
    expect(imageMimeOf('a.png', IMAGES.png)).toBe('image/png');
    expect(imageMimeOf('A.JPG', IMAGES.jpg)).toBe('image/jpeg');
    expect(imageMimeOf('a.jpeg', IMAGES.jpg)).toBe('image/jpeg');
    expect(imageMimeOf('a.webp', IMAGES.webp)).toBe('image/webp');
    expect(imageMimeOf('a.gif', IMAGES.gif)).toBe('image/gif');
    expect(imageMimeOf('a.gif', Buffer.from('GIF87a;'))).toBe('image/gif');
  });

  it('refuses a name and content that disagree, an SVG, and a RIFF that is not WebP', () => {
    expect(imageMimeOf('a.jpg', IMAGES.png)).toBeNull();
    expect(imageMimeOf('a.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
    expect(imageMimeOf('a.svg', Buffer.from('<svg/>'))).toBeNull();
    expect(imageMimeOf('a.webp', Buffer.from('RIFF\0\0\0\0WAVEfmt '))).toBeNull();
    expect(imageMimeOf('png', IMAGES.png)).toBeNull();
  });
});

describe('imageProblem', () => {
  const file = (bytes: Buffer, truncated = false) => ({ name: 'a.png', bytes, truncated });

  it('says too large when the reading stopped at the limit, before looking at the content', () => {
    expect(imageProblem(file(Buffer.alloc(IMAGE_MAX_BYTES), true))?.reason).toBe('image_too_large');
  });

  it('says empty for no bytes, and nothing for a good image', () => {
    expect(imageProblem(file(Buffer.alloc(0)))?.reason).toBe('file_empty');
    expect(imageProblem(file(IMAGES.png))).toBeNull();
  });
});
