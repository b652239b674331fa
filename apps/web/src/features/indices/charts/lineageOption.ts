import type { Lineage } from '../api.ts';
import type { ChartOption } from './echarts.ts';
import { SERIES_COLORS, frameworkChangeMarker } from './trendMarker.ts';

type Fmt = (v: number) => string;

/** Official totals of each old province, plus the labelled combined estimate (dashed). */
export function lineageOption(
  predecessors: Lineage['predecessors'],
  years: number[],
  estimate: (number | null)[],
  labels: { estimate: string; marker: string },
  fmt: Fmt,
): ChartOption {
  return {
    color: [...SERIES_COLORS.slice(0, predecessors.length), '#495057'],
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: unknown) => (typeof v === 'number' ? fmt(v) : '—'),
    },
    legend: { top: 30, type: 'scroll' },
    grid: { left: 44, right: 16, top: 70, bottom: 28 },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value', scale: true },
    series: [
      ...predecessors.map((p, index) => ({
        type: 'line',
        name: p.unit.name,
        symbolSize: 6,
        data: years.map((y) => p.results.find((r) => r.year === y)?.total ?? null),
        markLine: index === 0 ? frameworkChangeMarker(labels.marker) : undefined,
      })),
      {
        type: 'line',
        name: labels.estimate,
        symbol: 'emptyCircle',
        symbolSize: 6,
        lineStyle: { type: 'dashed', width: 2 },
        data: estimate,
      },
    ],
  };
}
