import { describe, expect, it } from 'vitest';
import { contrastRatio, makeScale, NO_DATA_COLOR, SEQUENTIAL_BLUES, textColorOn } from './color-scale';

describe('makeScale', () => {
  it('splits the range into five equal bins, light for low and dark for high', () => {
    const scale = makeScale([10, 50, 90], { fixed: [0, 100] });
    expect(scale.bins.map((b) => [b.from, b.to])).toEqual([
      [0, 20],
      [20, 40],
      [40, 60],
      [60, 80],
      [80, 100],
    ]);
    expect(scale.colorOf(0)).toBe(SEQUENTIAL_BLUES[0]);
    expect(scale.colorOf(50)).toBe(SEQUENTIAL_BLUES[2]);
    expect(scale.colorOf(100)).toBe(SEQUENTIAL_BLUES[4]);
    expect(scale.colorOf(120)).toBe(SEQUENTIAL_BLUES[4]);
  });

  it('takes its range from the data when none is fixed', () => {
    const scale = makeScale([2, null, 12]);
    expect(scale.bins[0]!.from).toBe(2);
    expect(scale.bins.at(-1)!.to).toBe(12);
    expect(scale.colorOf(2)).toBe(SEQUENTIAL_BLUES[0]);
    expect(scale.colorOf(12)).toBe(SEQUENTIAL_BLUES[4]);
  });

  it('puts the darkest colour on the lowest values where lower is better', () => {
    const scale = makeScale([0, 100], { direction: 'down' });
    expect(scale.colorOf(0)).toBe(SEQUENTIAL_BLUES[4]);
  });

  it('greys out a missing value, and copes with one value or none', () => {
    expect(makeScale([5]).colorOf(null)).toBe(NO_DATA_COLOR);
    expect(makeScale([5, 5]).bins).toHaveLength(1);
    expect(makeScale([]).bins).toEqual([]);
    expect(makeScale([]).colorOf(3)).toBe(NO_DATA_COLOR);
  });
});

describe('textColorOn', () => {
  it('keeps the printed values readable (4.5:1) on every colour of the scale', () => {
    for (const bg of [...SEQUENTIAL_BLUES, NO_DATA_COLOR]) {
      expect(contrastRatio(bg, textColorOn(bg))).toBeGreaterThanOrEqual(4.5);
    }
    expect(textColorOn('#08519c')).toBe('#ffffff');
    expect(textColorOn('#eff3ff')).toBe('#000000');
  });
});
