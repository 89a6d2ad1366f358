import { LineChart, MapChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * The parts of ECharts the dashboards draw with, registered once: lines (trend, sparklines) and the choropleth,
 * drawn as SVG so charts print sharp and a page of sparklines stays light. The full build is ~1 MB; these parts
 * are about a third of it, loaded only with the analytics pages.
 */
echarts.use([
  LineChart,
  MapChart,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
  SVGRenderer,
]);

export type { EChartsCoreOption as ChartOption } from 'echarts/core';
export { echarts };
export type EChartsModule = typeof echarts;
