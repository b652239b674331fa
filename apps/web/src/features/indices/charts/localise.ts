import { formatNumber } from '../../../i18n/format.ts';
import type { Lang } from '../../../i18n/index.ts';
import type { ChartOption } from './echarts.ts';

type Axis = Record<string, unknown> & { type?: string; axisLabel?: Record<string, unknown> };

const withFormatter = (axis: Axis, format: (v: number) => string): Axis =>
  axis.type !== 'value' || axis.axisLabel?.formatter
    ? axis
    : { ...axis, axisLabel: { ...axis.axisLabel, formatter: format } };

const mapAxes = (axes: unknown, format: (v: number) => string) =>
  Array.isArray(axes)
    ? axes.map((a) => withFormatter(a as Axis, format))
    : axes && typeof axes === 'object'
      ? withFormatter(axes as Axis, format)
      : axes;

/**
 * Numbers drawn by ECharts itself (value-axis ticks, a continuous legend's ends) in the UI
 * language: "42,5" in Vietnamese. Charts that format a label themselves keep theirs.
 */
export function localiseNumbers(option: ChartOption, lang: Lang): ChartOption {
  const format = (v: number) => formatNumber(v, lang);
  const visualMap = option.visualMap as (Record<string, unknown> & { type?: string }) | undefined;
  return {
    ...option,
    ...(option.xAxis ? { xAxis: mapAxes(option.xAxis, format) } : {}),
    ...(option.yAxis ? { yAxis: mapAxes(option.yAxis, format) } : {}),
    ...(visualMap && visualMap.type === 'continuous' && !visualMap.formatter
      ? {
          visualMap: {
            ...visualMap,
            formatter: (v: number) => formatNumber(Math.round(v * 100) / 100, lang),
          },
        }
      : {}),
  };
}
