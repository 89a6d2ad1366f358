import { BarChart, LineChart, MapChart } from 'echarts/charts';
import {
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * The parts of ECharts the app draws with, registered once: lines (trend, sparklines), the choropleth, and the
 * bars, titles and "no data" text of the official documents' print view (features/documents); drawn as SVG so
 * charts print sharp and a page of sparklines stays light. The full build is ~1 MB; these parts are about a third
 * of it, loaded only with the pages that draw charts.
 */
echarts.use([
  BarChart,
  LineChart,
  MapChart,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

export type { EChartsCoreOption as ChartOption } from 'echarts/core';
export { echarts };
export type EChartsModule = typeof echarts;
