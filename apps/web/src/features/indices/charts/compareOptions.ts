import type { Profile, Ranking, RankingRow } from '../api.ts';
import type { ChartOption } from './echarts.ts';
import { SERIES_COLORS, frameworkChangeMarker } from './trendMarker.ts';

type Fmt = (value: number) => string;
const valueFormatter = (fmt: Fmt) => (v: unknown) => (typeof v === 'number' ? fmt(v) : '—');

/** Grouped bars: one group per dimension, one bar per province, plus the national median. */
export function compareBarsOption(
  rows: RankingRow[],
  dims: string[],
  ranking: Ranking,
  medianLabel: string,
  fmt: Fmt,
): ChartOption {
  return {
    color: [...SERIES_COLORS.slice(0, rows.length), '#adb5bd'],
    tooltip: { trigger: 'axis', valueFormatter: valueFormatter(fmt) },
    legend: { top: 30, type: 'scroll' },
    grid: { left: 36, right: 12, top: 70, bottom: 28 },
    xAxis: { type: 'category', data: dims },
    yAxis: { type: 'value', min: 0, max: 10 },
    series: [
      ...rows.map((row) => ({
        type: 'bar',
        name: row.unit.name,
        data: dims.map((code) => row.dimensions[code]?.score ?? null),
      })),
      {
        type: 'bar',
        name: medianLabel,
        data: dims.map((code) => ranking.stats[code]?.median ?? null),
      },
    ],
  };
}

/** Totals over the years, one line per province, with the 2018 framework marker. */
export function compareTrendOption(
  series: { name: string; trend: Profile['trend'] }[],
  use6: boolean,
  markerLabel: string,
  fmt: Fmt,
): ChartOption {
  const years = [...new Set(series.flatMap((s) => s.trend.map((p) => p.year)))].sort();
  return {
    color: [...SERIES_COLORS],
    tooltip: { trigger: 'axis', valueFormatter: valueFormatter(fmt) },
    legend: { top: 30, type: 'scroll' },
    grid: { left: 40, right: 16, top: 70, bottom: 28 },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value', scale: true },
    series: series.map((s, index) => ({
      type: 'line',
      name: s.name,
      connectNulls: false,
      data: years.map((year) => {
        const point = s.trend.find((p) => p.year === year);
        return (use6 ? point?.total6 : point?.total) ?? null;
      }),
      markLine: index === 0 ? frameworkChangeMarker(markerLabel) : undefined,
    })),
  };
}
