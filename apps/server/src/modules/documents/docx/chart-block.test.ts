import { describe, expect, it } from 'vitest';
import { fitPicture, readPngSize } from './chart-block';
import { TINY_PNG } from './docx-test-support';

describe('readPngSize', () => {
  it('reads the width and height from the IHDR chunk', () => {
    expect(readPngSize(TINY_PNG)).toEqual({ width: 2, height: 1 });
  });

  it('reads them from a PNG that is a slice of a larger buffer', () => {
    const pooled = Buffer.concat([Buffer.from('padding'), TINY_PNG]).subarray(7);
    expect(readPngSize(pooled)).toEqual({ width: 2, height: 1 });
  });

  it('returns null for bytes that are not a PNG', () => {
    expect(readPngSize(Buffer.from('GIF89a not a png at all, but long enough'))).toBeNull();
    expect(readPngSize(TINY_PNG.subarray(0, 20))).toBeNull();
    expect(readPngSize(Buffer.alloc(0))).toBeNull();
  });
});

describe('fitPicture', () => {
  it('scales a wide chart to the width of the text (165 mm = 624 px at 96 dpi), keeping its proportions', () => {
    expect(fitPicture({ width: 1600, height: 900 })).toEqual({ width: 624, height: 351 });
  });

  it('scales a tall chart down to 3/4 of the text height, keeping its proportions', () => {
    const { width, height } = fitPicture({ width: 1000, height: 4000 });
    // 257 mm of text: 971 px; 3/4 of it.
    expect(height).toBe(729);
    expect(width).toBe(182);
  });
});
