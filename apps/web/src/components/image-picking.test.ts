import { IMAGE_MAX_BYTES } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import { formatBytes, moveToFront, sortPickedFiles, uploadPercent } from './image-picking';

const file = (name: string, size = 1000) => ({ name, size });

describe('sortPickedFiles', () => {
  it('accepts images under 5 MB, in the order picked', () => {
    const result = sortPickedFiles([file('a.png'), file('b.JPG'), file('c.webp')], 0, 8);
    expect(result.accepted.map((f) => f.name)).toEqual(['a.png', 'b.JPG', 'c.webp']);
    expect(result.refused).toEqual([]);
  });

  it('refuses a file that is not an image, and one over 5 MB, before sending', () => {
    const result = sortPickedFiles(
      [file('report.pdf'), file('big.jpg', IMAGE_MAX_BYTES + 1), file('logo.svg'), file('ok.gif')],
      0,
      8,
    );
    expect(result.accepted.map((f) => f.name)).toEqual(['ok.gif']);
    expect(result.refused.map((r) => [r.file.name, r.reason])).toEqual([
      ['report.pdf', 'not_an_image'],
      ['big.jpg', 'image_too_large'],
      ['logo.svg', 'not_an_image'],
    ]);
  });

  it('accepts exactly 5 MB', () => {
    expect(sortPickedFiles([file('edge.png', IMAGE_MAX_BYTES)], 0, 8).accepted).toHaveLength(1);
  });

  it('refuses the files beyond the room left, counting images and running uploads', () => {
    const result = sortPickedFiles([file('1.png'), file('2.png'), file('3.png')], 6, 8);
    expect(result.accepted.map((f) => f.name)).toEqual(['1.png', '2.png']);
    expect(result.refused).toEqual([{ file: file('3.png'), reason: 'too_many' }]);
  });

  it('names a file for its own problem even when there is no room', () => {
    const result = sortPickedFiles([file('notes.txt')], 1, 1);
    expect(result.refused).toEqual([{ file: file('notes.txt'), reason: 'not_an_image' }]);
  });
});

describe('uploadPercent', () => {
  it('stays below 100 until the server answered', () => {
    expect(uploadPercent(0)).toBe(0);
    expect(uploadPercent(0.426)).toBe(42);
    expect(uploadPercent(1)).toBe(99);
    expect(uploadPercent(1, true)).toBe(100);
  });
});

describe('moveToFront', () => {
  it('makes an image the first (the cover) and keeps the others in order', () => {
    expect(moveToFront(['a', 'b', 'c', 'd'], 2)).toEqual(['c', 'a', 'b', 'd']);
    expect(moveToFront(['a', 'b'], 0)).toEqual(['a', 'b']);
    expect(moveToFront(['a', 'b'], 5)).toEqual(['a', 'b']);
  });
});

describe('formatBytes', () => {
  it('writes kB under a megabyte and MB with a Vietnamese decimal comma', () => {
    expect(formatBytes(820 * 1024, 'vi')).toBe('820 kB');
    expect(formatBytes(4.8 * 1024 * 1024, 'vi')).toBe('4,8 MB');
    expect(formatBytes(4.8 * 1024 * 1024, 'en')).toBe('4.8 MB');
  });
});
