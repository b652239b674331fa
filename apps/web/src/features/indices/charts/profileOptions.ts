import type { Profile } from '../api.ts';
import type { ChartOption } from './echarts.ts';
import { escapeHtml } from './echarts.ts';
import { SERIES_COLORS, frameworkChangeMarker } from './trendMarker.ts';

type Fmt = (v: number) => string;
const valueFormatter = (fmt: Fmt) => (v: unknown) => (typeof v === 'number' ? fmt(v) : '—');

export function scoreTrendOption(
  profile: Profile,
  use6: boolean,
  labels: { series: string; marker: string },
  fmt: Fmt,
): ChartOption {
  return {
    color: [SERIES_COLORS[1]],
    tooltip: { trigger: 'axis', valueFormatter: valueFormatter(fmt) },
    grid: { left: 44, right: 24, top: 44, bottom: 28 },
    xAxis: { type: 'category', data: profile.trend.map((p) => String(p.year)) },
    yAxis: { type: 'value', scale: true },
    series: [
      {
        type: 'line',
        name: labels.series,
        symbolSize: 7,
        connectNulls: false,
        data: profile.trend.map((p) => (use6 ? p.total6 : p.total)),
        markLine: frameworkChangeMarker(labels.marker),
      },
    ],
  };
}

/** Rank over the years: 1 at the top (inverted axis). */
export function rankTrendOption(
  profile: Profile,
  labels: { series: string; marker: string; rankOf: (rank: number, count: number) => string },
): ChartOption {
  // The axis ends at a round number past the largest field (63 → 70): ending at 63 put
  // "60" and "63" on top of each other.
  const maxCount = Math.ceil(Math.max(...profile.trend.map((p) => p.assessedCount), 1) / 10) * 10;
  return {
    color: [SERIES_COLORS[0]],
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const first = Array.isArray(params) ? (params[0] as { dataIndex?: number }) : undefined;
        const point = first?.dataIndex === undefined ? undefined : profile.trend[first.dataIndex];
        if (!point) return '';
        const text = point.rank === null ? '—' : labels.rankOf(point.rank, point.assessedCount);
        return `${point.year}<br/>${escapeHtml(text)}`;
      },
    },
    grid: { left: 44, right: 24, top: 44, bottom: 28 },
    xAxis: { type: 'category', data: profile.trend.map((p) => String(p.year)) },
    yAxis: { type: 'value', inverse: true, min: 1, max: maxCount, minInterval: 1 },
    series: [
      {
        type: 'line',
        name: labels.series,
        symbolSize: 7,
        data: profile.trend.map((p) => p.rank),
        markLine: frameworkChangeMarker(labels.marker, 2018, true),
      },
    ],
  };
}

/** The province's dimensions against the national mean, median and best province. */
export function radarOption(
  profile: Profile,
  names: { province: string; mean: string; median: string; best: string },
  dimLabel: (code: string) => string,
  fmt: Fmt,
  compact: boolean,
): ChartOption {
  const dims = profile.dimensions;
  const values = (pick: (d: Profile['dimensions'][number]) => number | null) =>
    dims.map((d) => pick(d) ?? 0);
  return {
    color: [SERIES_COLORS[1], SERIES_COLORS[0], SERIES_COLORS[2], SERIES_COLORS[3]],
    tooltip: { trigger: 'item', valueFormatter: valueFormatter(fmt) },
    legend: { bottom: 0 },
    radar: {
      radius: compact ? '50%' : '56%',
      center: ['50%', '46%'],
      axisName: { color: '#343a40', fontSize: compact ? 10 : 12 },
      indicator: dims.map((d) => {
        const low = Math.min(d.score ?? d.median, d.median, d.mean);
        return {
          // Code on one line, the short name wrapped under it: on a narrow chart a long name
          // ("Trách nhiệm giải trình") ran past the left edge.
          name: wrapLabel(dimLabel(d.code), compact ? 12 : 16),
          min: Math.max(0, Math.floor(low - 1)),
          max: Math.ceil(d.best),
        };
      }),
    },
    series: [
      {
        type: 'radar',
        symbolSize: 5,
        data: [
          ...(profile.assessed
            ? [
                {
                  name: names.province,
                  value: values((d) => d.score),
                  areaStyle: { opacity: 0.18 },
                },
              ]
            : []),
          { name: names.mean, value: values((d) => d.mean), lineStyle: { type: 'dotted' } },
          { name: names.median, value: values((d) => d.median), lineStyle: { type: 'dashed' } },
          { name: names.best, value: values((d) => d.best) },
        ],
      },
    ],
  };
}

/** "D3 Trách nhiệm giải trình" → "D3\nTrách nhiệm\ngiải trình" at `width` characters a line. */
export function wrapLabel(label: string, width: number): string {
  const [code, ...words] = label.split(' ');
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + 1 + word.length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return [code, ...lines].join('\n');
}
