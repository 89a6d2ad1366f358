import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFontMetrics } from './font-metrics';

const dir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

describe('readFontMetrics', () => {
  const regular = readFontMetrics(join(dir, 'DejaVuSans.ttf'));
  const bold = readFontMetrics(join(dir, 'DejaVuSans-Bold.ttf'));

  it("reads the font's advance widths", () => {
    // DejaVu Sans: "m" is 1995/2048 em, "i" 569/2048.
    expect(regular.measure('m', 2048)).toBeCloseTo(1995, 0);
    expect(regular.measure('i', 2048)).toBeCloseTo(569, 0);
    expect(regular.measure('mi', 10)).toBeCloseTo((1995 + 569) / 204.8, 3);
  });

  it('gives a Vietnamese letter the width of its base letter, composed or not', () => {
    expect(regular.measure('ệ', 16)).toBeCloseTo(regular.measure('e', 16), 3);
    expect(regular.measure('e\u0323\u0302', 16)).toBeCloseTo(regular.measure('ệ', 16), 3);
  });

  it('measures bold wider than regular', () => {
    expect(bold.measure('Thực hiện', 16)).toBeGreaterThan(regular.measure('Thực hiện', 16));
  });
});
