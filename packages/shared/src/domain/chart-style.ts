import type { ChartSpec } from '../schemas/documents';

/**
 * How the documents' charts look in print, for the server's PNG (DOCX) and the browser's print view alike:
 * black and grey text, and fills far apart in lightness so that they still differ when photocopied in grey.
 */
export const CHART_TEXT = '#1a1a1a';
export const CHART_MUTED = '#595959';
export const CHART_RULE = '#d9d9d9';
/** A target reads as the reference the result is measured against: light grey with a dark outline. */
export const CHART_TARGET_STYLE = { color: '#d9d9d9', borderColor: '#404040', borderWidth: 1 };
/** A fourth series and more repeat the palette with an outline. */
export const CHART_PALETTE = ['#1f4e79', '#9dc3e6', '#5b7fa6'] as const;

/** Targets (by their role) in the target style; the other series take the palette in turn. */
export function chartSeriesStyles(spec: Pick<ChartSpec, 'series'>) {
  let plain = 0;
  return spec.series.map((s) => {
    if (s.role === 'target') return CHART_TARGET_STYLE;
    const n = plain++;
    return {
      color: CHART_PALETTE[n % CHART_PALETTE.length]!,
      borderColor: CHART_TEXT,
      borderWidth: n >= CHART_PALETTE.length ? 1 : 0,
    };
  });
}
