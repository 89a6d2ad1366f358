import { describe, expect, it } from 'vitest';
import { MIN_COLUMN_WIDTH, scaleWidths } from './table-block';

const sum = (widths: number[]) => widths.reduce((a, b) => a + b, 0);

describe('scaleWidths', () => {
  it('scales relative widths to whole twips that add up to exactly the width of the text', () => {
    const widths = scaleWidths([30, 18, 10, 10, 10, 14], 9354);
    expect(sum(widths)).toBe(9354);
    expect(widths.every(Number.isInteger)).toBe(true);
    expect(widths[0]! / widths[2]!).toBeCloseTo(3, 1);
  });

  it('gives equal relative widths equal twips, give or take the one twip left over', () => {
    const widths = scaleWidths([1, 1, 1], 1000, 0);
    expect(widths).toEqual([334, 333, 333]);
  });

  it('keeps a narrow column at 1 cm and shares the rest in proportion', () => {
    const widths = scaleWidths([4, 30, 18, 10, 10, 10, 14], 9354);
    expect(widths[0]).toBe(MIN_COLUMN_WIDTH);
    expect(sum(widths)).toBe(9354);
    expect(widths[1]! / widths[3]!).toBeCloseTo(3, 1);
  });

  it('shares the width equally when the columns are too many for the minimum', () => {
    const widths = scaleWidths(
      Array.from({ length: 20 }, (_, i) => i + 1),
      9354,
    );
    expect(new Set(widths.map((w) => Math.round(w / 10))).size).toBe(1);
    expect(sum(widths)).toBe(9354);
  });

  it('returns no widths for no columns', () => {
    expect(scaleWidths([], 9354)).toEqual([]);
  });
});
