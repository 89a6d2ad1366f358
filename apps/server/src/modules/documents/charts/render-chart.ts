import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import {
  CHART_MUTED,
  CHART_RULE,
  CHART_TEXT,
  type ChartSpec,
  chartSeriesStyles,
  type DocumentModel,
  formatAmount,
} from '@suotdoi/shared';
import * as echarts from 'echarts';
import { type FontMetrics, readFontMetrics } from './font-metrics';

/**
 * Biểu đồ: the charts of a document drawn on the server for the DOCX, in a print style: white ground, black
 * and grey text, and fills that stay apart when the report is photocopied in grey (a light grey target with a
 * dark outline beside a dark blue result). The print view draws the same spec live in the browser.
 */

type Lang = 'vi' | 'en';

const FONT_FAMILY = 'DejaVu Sans';
/** Logical pixels; drawn at twice that, so 800 px across 16 cm of a Word page is about 250 dpi. */
const WIDTH = 800;
const ZOOM = 2;

const TITLE_SIZE = 17;
const LABEL_SIZE = 15;
const VALUE_SIZE = 14;
const LINE_HEIGHT = 19;
const TITLE_LINE_HEIGHT = 22;
const BAR_MAX_WIDTH = 28;

const NO_DATA: Record<Lang, string> = { vi: 'Không có số liệu', en: 'No data' };

interface Fonts {
  files: string[];
  regular: FontMetrics;
  bold: FontMetrics;
}

let fonts: Fonts | undefined;

/**
 * The DejaVu fonts from npm, not the system's: the server may have no fonts at all, and then resvg would draw
 * no text. ECharts is told their real widths (it has no canvas to measure with on the server); that setting
 * is process-wide, and this module is the only user of ECharts on the server.
 */
function loadFonts(): Fonts {
  if (fonts) return fonts;
  const dir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const regularFile = join(dir, 'DejaVuSans.ttf');
  const boldFile = join(dir, 'DejaVuSans-Bold.ttf');
  const loaded: Fonts = {
    files: [regularFile, boldFile],
    regular: readFontMetrics(regularFile),
    bold: readFontMetrics(boldFile),
  };
  // ECharts wraps character by character with the width of "国" for anything past ASCII: DejaVu has no such
  // glyph, so that is the average width, close to a Vietnamese letter's.
  echarts.setPlatformAPI({
    measureText(text: string, font?: string) {
      const size = Number(/(\d+(?:\.\d+)?)px/u.exec(font ?? '')?.[1] ?? 12);
      const isBold = /\bbold(?:er)?\b|\b[6-9]00\b/u.test(font ?? '');
      return { width: (isBold ? loaded.bold : loaded.regular).measure(text, size) } as TextMetrics;
    },
  });
  fonts = loaded;
  return loaded;
}

/** Lines a text takes when wrapped at the width, with some slack for breaking at spaces. */
function lineCount(text: string, size: number, width: number, metrics: FontMetrics): number {
  return Math.max(1, Math.ceil((metrics.measure(text, size) * 1.1) / width));
}

/** Where things go, worked out before ECharts sees the option, since the height depends on it. */
interface Layout {
  width: number;
  isHorizontal: boolean;
  isEmpty: boolean;
  /** Title and legend, above the plot. */
  titleHeight: number;
  legendHeight: number;
  /** hbar: the width the category names wrap at. */
  labelWidth: number;
  /** hbar: the height of one category. */
  band: number;
  /** bar: the width of one category. */
  slot: number;
  /** bar: category names turned 35° because they do not fit under their bars. */
  isTurned: boolean;
  /** bar: value labels turned upright because they are wider than their bars. */
  isUpright: boolean;
  /** bar: room above the plot for the labels over the tallest bar. */
  headroom: number;
  /** bar: the widest value, so that the axis name clears the axis labels. */
  widestValue: number;
}

function layoutOf(spec: ChartSpec, width: number, lang: Lang, { regular, bold }: Fonts): Layout {
  const isHorizontal = spec.type === 'hbar';
  const isEmpty = spec.series.length === 0 || spec.categories.length === 0;
  const titleLines = spec.title ? lineCount(spec.title, TITLE_SIZE, width - 16, bold) : 0;
  const titleHeight = spec.title ? 14 + titleLines * TITLE_LINE_HEIGHT : 0;
  const legendHeight = isEmpty ? 0 : 34;
  const labelWidth = Math.round(width * 0.3);
  const bars = Math.max(1, spec.series.length);
  const categories = Math.max(1, spec.categories.length);
  const nameLines = Math.max(1, ...spec.categories.map((c) => lineCount(c, LABEL_SIZE, labelWidth, regular)));
  // ECharts gives every category the same band: the longest name sets it.
  const band = Math.max(34 * bars, nameLines * LINE_HEIGHT + 14);

  const slot = (width - 120) / categories; // less the value axis and the margins
  const widestName = Math.max(0, ...spec.categories.map((c) => regular.measure(c, LABEL_SIZE)));
  const isTurned = !isHorizontal && widestName > slot * 2;
  const barWidth = Math.min(BAR_MAX_WIDTH, (slot * 0.7) / (bars + (bars - 1) * 0.15));
  const pitch = bars > 1 ? barWidth * 1.15 : slot;
  const values = spec.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const widestValue = Math.max(0, ...values.map((v) => regular.measure(formatAmount(v, lang), VALUE_SIZE)));
  const isUpright = !isHorizontal && widestValue > pitch - 4;
  const headroom = isUpright ? widestValue + 16 : 32;
  return {
    width,
    isHorizontal,
    isEmpty,
    titleHeight,
    legendHeight,
    labelWidth,
    band,
    slot,
    isTurned,
    isUpright,
    headroom,
    widestValue,
  };
}

/** hbar: as tall as its categories need; bar: a fixed plot under the title. */
function heightOf(spec: ChartSpec, layout: Layout): number {
  const top = layout.titleHeight + layout.legendHeight;
  if (layout.isEmpty) return Math.max(160, top + 100);
  if (!layout.isHorizontal) return top + layout.headroom + 360;
  return Math.max(240, Math.round(top + 16 + layout.band * spec.categories.length + 60));
}

function buildOption(spec: ChartSpec, layout: Layout, lang: Lang) {
  const { isHorizontal, titleHeight, legendHeight, labelWidth, width, slot } = layout;
  const format = (value: number) => formatAmount(value, lang);

  const categoryAxis = {
    type: 'category' as const,
    show: !layout.isEmpty,
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
        ? { width: labelWidth, overflow: 'break' as const }
        : layout.isTurned
          ? { rotate: 35, width: 200, overflow: 'truncate' as const }
          : { width: Math.max(40, slot - 8), overflow: 'break' as const }),
    },
  };
  const valueAxis = {
    type: 'value' as const,
    show: !layout.isEmpty,
    name: spec.unit || undefined,
    nameLocation: 'middle' as const,
    nameGap: isHorizontal ? 32 : layout.widestValue + 18,
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
      fontSize: VALUE_SIZE,
      formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? format(p.value) : '—'),
      ...(isHorizontal
        ? { position: 'right' as const }
        : layout.isUpright
          ? { position: 'top' as const, rotate: 90, align: 'left' as const, verticalAlign: 'middle' as const }
          : { position: 'top' as const }),
    },
    // No value: no bar, only a dash where it would end, so that the gap is not read as a zero.
    data: spec.categories.map((_, i) => {
      const value = s.values[i];
      if (value === null || value === undefined) {
        return {
          value: 0,
          itemStyle: { color: 'transparent', borderWidth: 0 },
          label: layout.isUpright
            ? { formatter: '—', rotate: 0, align: 'center' as const, verticalAlign: 'bottom' as const }
            : { formatter: '—' },
        };
      }
      return value;
    }),
  }));

  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: FONT_FAMILY, color: CHART_TEXT },
    title: spec.title
      ? {
          text: spec.title,
          left: 8,
          top: 10,
          textStyle: {
            fontSize: TITLE_SIZE,
            fontWeight: 'bold' as const,
            color: '#000000',
            lineHeight: TITLE_LINE_HEIGHT,
            width: width - 16,
            overflow: 'break' as const,
          },
        }
      : undefined,
    legend: layout.isEmpty
      ? undefined
      : {
          top: titleHeight + 4,
          left: 8,
          icon: 'rect',
          itemWidth: 20,
          itemHeight: 12,
          itemGap: 24,
          textStyle: { fontSize: LABEL_SIZE, color: CHART_TEXT },
        },
    grid: isHorizontal
      ? {
          top: titleHeight + legendHeight + 16,
          left: labelWidth + 20,
          right: 64,
          bottom: 56,
          outerBoundsMode: 'none' as const,
        }
      : { top: titleHeight + legendHeight + layout.headroom, left: 16, right: 24, bottom: 16 },
    xAxis: isHorizontal ? valueAxis : categoryAxis,
    yAxis: isHorizontal ? categoryAxis : valueAxis,
    series,
    graphic: layout.isEmpty
      ? {
          type: 'text' as const,
          left: 'center' as const,
          top: titleHeight + 40,
          style: { text: NO_DATA[lang], fontSize: LABEL_SIZE, fill: CHART_MUTED, fontFamily: FONT_FAMILY },
        }
      : undefined,
  } satisfies echarts.EChartsOption;
}

/**
 * A chart of the document drawn as a PNG (2× pixel density for print), with Vietnamese text. Without a size it
 * is 800 logical pixels wide and, for hbar, as tall as its categories need. Numbers are written the way `lang`
 * writes them (66,7 in Vietnamese).
 */
export function renderChartPng(
  spec: ChartSpec,
  size?: { width: number; height: number },
  lang: Lang = 'vi',
): Buffer {
  const loaded = loadFonts();
  const layout = layoutOf(spec, size?.width ?? WIDTH, lang, loaded);
  const width = layout.width;
  const height = size?.height ?? heightOf(spec, layout);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  let svg: string;
  try {
    chart.setOption(buildOption(spec, layout, lang));
    svg = chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
  const resvg = new Resvg(svg, {
    background: '#ffffff',
    font: { fontFiles: loaded.files, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
    fitTo: { mode: 'zoom', value: ZOOM },
  });
  return resvg.render().asPng();
}

/** Every chart block of a model rendered: block id → PNG. A chart that fails to draw is left out (the DOCX notes it). */
export function renderModelCharts(model: DocumentModel): Map<string, Buffer> {
  const pictures = new Map<string, Buffer>();
  for (const block of model.body) {
    if (block.type !== 'chart') continue;
    try {
      pictures.set(block.id, renderChartPng(block.chart, undefined, model.lang));
    } catch {
      // Left out on purpose: one bad chart must not cost the whole report; the DOCX writer says it is missing.
    }
  }
  return pictures;
}
