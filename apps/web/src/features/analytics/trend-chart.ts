import type { ScorecardRow } from '@suotdoi/shared';
import type { ChartOption } from './echarts';

/**
 * The trend chart of one indicator as an ECharts option: the actual values by year as a line, and each of the
 * plan's targets on it as a band over the years it applies to (min–max; open ranges run to the chart's edge).
 * Years are a value axis so that a milestone's band has a width. Pure.
 */
export interface TargetBand {
  /** First and last year the target applies to (a milestone: that year only). */
  from: number;
  to: number;
  min: number | null;
  max: number | null;
  label: string;
}

/** The bands of the scorecard rows on the same indicator and categories. */
export function targetBands(
  rows: readonly ScorecardRow[],
  indicator: string,
  categories: readonly string[],
  label: (row: ScorecardRow) => string,
): TargetBand[] {
  const key = [...categories].sort().join(',');
  return rows
    .filter((r) => r.indicator === indicator)
    .filter((r) => [...(r.category ? [r.category] : (r.categories ?? []))].sort().join(',') === key)
    .filter((r) => r.target.min !== null || r.target.max !== null)
    .map((r) => ({
      from: r.from ?? r.year,
      to: r.year,
      min: r.target.min,
      max: r.target.max,
      label: label(r),
    }));
}

export interface TrendInput {
  points: readonly { year: number; actual: number | null }[];
  bands: readonly TargetBand[];
  /** Percentages run 0–100. */
  isPercent: boolean;
  seriesName: string;
  bandName: string;
  formatValue: (v: number | null) => string;
}

/** The top of the value axis: 100 for a percentage, else a little above the highest value or target. */
export function chartTop(input: Pick<TrendInput, 'points' | 'bands' | 'isPercent'>): number {
  const values = [...input.points.map((p) => p.actual), ...input.bands.flatMap((b) => [b.min, b.max])].filter(
    (v): v is number => v !== null && Number.isFinite(v),
  );
  const high = values.length > 0 ? Math.max(...values) : 1;
  if (input.isPercent && high <= 100) return 100;
  return high > 0 ? Math.ceil(high * 1.15) : 1;
}

export function trendOption(input: TrendInput): ChartOption {
  const years = [...input.points.map((p) => p.year), ...input.bands.flatMap((b) => [b.from, b.to])];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const ticks = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const top = chartTop(input);
  const bottom = Math.min(0, ...input.points.map((p) => p.actual ?? 0));
  const areas = input.bands.map((b) => [
    {
      name: b.label,
      xAxis: b.from - 0.4,
      yAxis: b.min ?? bottom,
    },
    { xAxis: b.to + 0.4, yAxis: b.max ?? top },
  ]);
  return {
    animation: false,
    grid: { left: 56, right: 24, top: 40, bottom: 40 },
    legend: { data: [input.seriesName, input.bandName], top: 0 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: unknown) => input.formatValue(typeof v === 'number' ? v : null),
    },
    xAxis: {
      type: 'value',
      min: first - 0.5,
      max: last + 0.5,
      // Ticks on the years themselves (the axis runs half a year beyond each end).
      axisTick: { customValues: ticks },
      axisLabel: { customValues: ticks, formatter: (v: number) => String(v) },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      min: bottom,
      max: top,
      axisLabel: { formatter: (v: number) => input.formatValue(v) },
    },
    series: [
      {
        name: input.seriesName,
        type: 'line',
        data: input.points.map((p) => [p.year, p.actual]),
        connectNulls: false,
        symbol: 'circle',
        symbolSize: 8,
        lineStyle: { width: 3, color: '#0b57a4' },
        itemStyle: { color: '#0b57a4' },
        label: {
          show: true,
          position: 'top',
          formatter: (p: { value: [number, number | null] }) => input.formatValue(p.value[1]),
          color: '#0b3d73',
        },
        markArea: {
          silent: true,
          itemStyle: { color: 'rgba(56, 158, 13, 0.15)', borderColor: '#389e0d', borderWidth: 1 },
          label: { color: '#135200', position: 'insideTop' },
          data: areas,
        },
      },
      {
        // A legend entry for the bands (they belong to the first series).
        name: input.bandName,
        type: 'line',
        data: [],
        itemStyle: { color: 'rgba(56, 158, 13, 0.5)' },
      },
    ],
  };
}
