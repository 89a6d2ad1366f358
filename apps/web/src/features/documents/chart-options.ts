import {
  CHART_MUTED,
  CHART_RULE,
  CHART_TEXT,
  type ChartSpec,
  chartSeriesStyles,
  formatAmount,
} from '@suotdoi/shared';

/**
 * A document's chart (ChartSpec) as an ECharts option for the print view, in the print style of the DOCX's
 * pictures (apps/server/src/modules/documents/charts/render-chart.ts): white ground, black and grey text, a light
 * grey target with a dark outline beside a dark blue result, so that a grey photocopy keeps them apart; no
 * animation, so that a print taken at once shows the whole chart. No React.
 */

export const CHART_FONT = '"Times New Roman", "Liberation Serif", Tinos, Times, serif';
const LABEL_SIZE = 13;
const LINE_HEIGHT = 16;
const BAR_MAX_WIDTH = 24;

export const isEmptyChart = (spec: ChartSpec) => spec.series.length === 0 || spec.categories.length === 0;

const LEGEND_HEIGHT = 28;

/**
 * hbar: tall enough for every category's bars and wrapped name; bar: a fixed plot under the legend. The title is
 * not drawn by ECharts (it cuts a long one short): the print view sets it as text above the chart, where it wraps.
 */
export function chartHeight(spec: ChartSpec): number {
  const top = isEmptyChart(spec) ? 0 : LEGEND_HEIGHT;
  if (isEmptyChart(spec)) return Math.max(140, top + 90);
  if (spec.type === 'bar') return top + 300;
  const longest = Math.max(0, ...spec.categories.map((c) => c.length));
  // About 26 characters a line in the 30 % of the width the names get.
  const nameLines = Math.min(4, Math.max(1, Math.ceil(longest / 26)));
  const band = Math.max(26 * spec.series.length, nameLines * LINE_HEIGHT + 12);
  return Math.max(200, top + 16 + band * spec.categories.length + 50);
}

/**
 * The option for `spec` without its title (see chartHeight), numbers written as `lang` writes them (66,7 in
 * Vietnamese); `noData` when empty.
 */
export function chartOption(spec: ChartSpec, lang: string, noData: string) {
  const isHorizontal = spec.type === 'hbar';
  const isEmpty = isEmptyChart(spec);
  const format = (value: number) => formatAmount(value, lang);
  const top = isEmpty ? 0 : LEGEND_HEIGHT;

  const categoryAxis = {
    type: 'category' as const,
    show: !isEmpty,
    data: spec.categories,
    inverse: isHorizontal, // the first category on top, as a table reads
    axisTick: { show: false },
    axisLine: { lineStyle: { color: CHART_MUTED } },
    axisLabel: {
      color: CHART_TEXT,
      fontSize: LABEL_SIZE,
      lineHeight: LINE_HEIGHT,
      interval: 0,
      ...(isHorizontal
        ? { width: 170, overflow: 'break' as const }
        : { width: 90, overflow: 'break' as const, hideOverlap: false }),
    },
  };
  const valueAxis = {
    type: 'value' as const,
    show: !isEmpty,
    name: spec.unit || undefined,
    nameLocation: 'middle' as const,
    nameGap: isHorizontal ? 28 : 44,
    nameTextStyle: { color: CHART_TEXT, fontSize: LABEL_SIZE },
    axisLabel: { color: CHART_MUTED, fontSize: LABEL_SIZE - 1, formatter: format },
    axisLine: { show: true, lineStyle: { color: CHART_MUTED } },
    splitLine: { lineStyle: { color: CHART_RULE, type: 'dashed' as const } },
  };

  const styles = chartSeriesStyles(spec);
  const series = spec.series.map((s, index) => ({
    type: 'bar' as const,
    name: s.name,
    barMaxWidth: BAR_MAX_WIDTH,
    barGap: '15%',
    barCategoryGap: '30%',
    itemStyle: styles[index],
    label: {
      show: true,
      color: CHART_TEXT,
      fontSize: LABEL_SIZE - 1,
      position: isHorizontal ? ('right' as const) : ('top' as const),
      formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? format(p.value) : '—'),
    },
    // No value: no bar, only a dash where it would end, so that the gap is not read as a zero.
    data: spec.categories.map((_, i) => {
      const value = s.values[i];
      return value === null || value === undefined
        ? { value: 0, itemStyle: { color: 'transparent', borderWidth: 0 }, label: { formatter: '—' } }
        : value;
    }),
  }));

  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: CHART_FONT, color: CHART_TEXT },
    legend: isEmpty
      ? undefined
      : {
          top: 2,
          left: 'center',
          icon: 'rect',
          itemWidth: 18,
          itemHeight: 10,
          itemGap: 20,
          textStyle: { fontSize: LABEL_SIZE, color: CHART_TEXT },
        },
    grid: isHorizontal
      ? { top: top + 12, left: 8, right: 56, bottom: 40 }
      : { top: top + 28, left: 16, right: 16, bottom: 8 },
    xAxis: isHorizontal ? valueAxis : categoryAxis,
    yAxis: isHorizontal ? categoryAxis : valueAxis,
    series,
    graphic: isEmpty
      ? {
          type: 'text' as const,
          left: 'center' as const,
          top: 40,
          style: { text: noData, fontSize: LABEL_SIZE, fill: CHART_MUTED, fontFamily: CHART_FONT },
        }
      : undefined,
  };
}

/**
 * The chart in words, for screen readers (the drawing is one image to them): "Chỉ tiêu: A 40, B 70. Thực hiện:
 * A 66,7, B —." with the unit after each series.
 */
export function chartSummary(spec: ChartSpec, lang: string): string {
  const unit = spec.unit ? ` (${spec.unit})` : '';
  const series = spec.series.map(
    (s) =>
      `${s.name}${unit}: ${spec.categories.map((c, i) => `${c} ${formatAmount(s.values[i] ?? null, lang)}`).join(', ')}.`,
  );
  return [spec.title, ...series].filter(Boolean).join(' ');
}
