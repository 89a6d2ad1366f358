/**
 * A sequential colour scale for the maps: five steps of one hue (ColorBrewer "Blues", which reads in greyscale
 * and for colour-blind people), light for low values and dark for high ones, or the reverse for an indicator
 * where lower is better. Every tile also prints its value, so colour never carries the meaning alone.
 */
export const SEQUENTIAL_BLUES = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const;
export const NO_DATA_COLOR = '#f0f0f0';

export interface ScaleBin {
  from: number;
  to: number;
  color: string;
}

export interface ColorScale {
  bins: ScaleBin[];
  colorOf: (value: number | null | undefined) => string;
}

export interface ScaleOptions {
  /** Percentages use 0–100 whatever the data, so that two maps read alike. */
  fixed?: [number, number];
  /** 'down': lower is better, so the darkest colour goes to the lowest values. */
  direction?: 'up' | 'down';
  palette?: readonly string[];
}

/** Equal-width bins over the values' range (or the fixed one); a single bin when all values are equal. */
export function makeScale(
  values: readonly (number | null | undefined)[],
  options: ScaleOptions = {},
): ColorScale {
  const palette = [...(options.palette ?? SEQUENTIAL_BLUES)];
  if (options.direction === 'down') palette.reverse();
  const present = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const [lo, hi] = options.fixed ?? [Math.min(...present), Math.max(...present)];
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return { bins: [], colorOf: () => NO_DATA_COLOR };
  if (hi <= lo) {
    const color = palette[Math.floor(palette.length / 2)]!;
    return {
      bins: [{ from: lo, to: hi, color }],
      colorOf: (v) => (typeof v === 'number' && Number.isFinite(v) ? color : NO_DATA_COLOR),
    };
  }
  const step = (hi - lo) / palette.length;
  const bins = palette.map((color, i) => ({
    from: lo + i * step,
    to: i === palette.length - 1 ? hi : lo + (i + 1) * step,
    color,
  }));
  const colorOf = (v: number | null | undefined) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return NO_DATA_COLOR;
    const i = Math.floor((v - lo) / step);
    return palette[Math.max(0, Math.min(palette.length - 1, i))]!;
  };
  return { bins, colorOf };
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG contrast ratio of two colours (1–21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white text, whichever contrasts more with the background. */
export function textColorOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
}
