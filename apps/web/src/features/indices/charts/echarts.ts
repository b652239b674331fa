// ECharts assembled from the parts these pages use (tree-shaken), both renderers: canvas
// on screen, SVG for the "Lưu SVG" export.
import * as echarts from 'echarts/core';
import { BarChart, LineChart, MapChart, RadarChart, ScatterChart } from 'echarts/charts';
import {
  GeoComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  MarkPointComponent,
  RadarComponent,
  TitleComponent,
  ToolboxComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  MapChart,
  RadarChart,
  ScatterChart,
  GeoComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  MarkPointComponent,
  RadarComponent,
  TitleComponent,
  ToolboxComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
  SVGRenderer,
]);

export { echarts };
export type { EChartsCoreOption as ChartOption } from 'echarts/core';
export type { ECElementEvent } from 'echarts/core';

/** Font stack with full Vietnamese coverage, shared by every chart. */
export const CHART_FONT = 'system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';

/** Tooltips are HTML: escape any text that comes from data. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
