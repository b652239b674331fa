import type { EChartsOption } from 'echarts';
import { renderChart, type Chart } from '../indices/report/report.charts.ts';
import { vnNumber } from '../indices/report/report.phrases.ts';

const POINT = '#1f4e8c';
const BAND = '#9dc3e6';

/**
 * The whole unit's dimensions for the Word report: each score as a point on its 95%
 * interval (a band drawn as a stacked bar from the interval's low end), on the instrument's
 * scale. A dimension without enough answers keeps its row, marked "chưa đủ mẫu", no band.
 * Loaded on first use with echarts (see report.charts.ts).
 */
export function dimensionIntervalChart(
  scale: { min: number; max: number },
  rows: readonly {
    key: string;
    label: string;
    score: number | null;
    low: number | null;
    high: number | null;
  }[],
): Chart {
  // Top to bottom in the document's order: ECharts draws the first category at the bottom.
  const ordered = [...rows].reverse();
  const name = (r: (typeof rows)[number]) =>
    `${r.key} ${r.label}${r.score === null ? ' (chưa đủ mẫu)' : ''}`;
  const clamp = (v: number) => Math.min(scale.max, Math.max(scale.min, v));
  const option: EChartsOption = {
    grid: { left: 8, right: 48, top: 16, bottom: 40, containLabel: true },
    xAxis: {
      type: 'value',
      min: scale.min,
      max: scale.max,
      // Whole steps on a 1–10 scale, tenths of the range otherwise (0–100 %: every 10).
      interval: scale.max - scale.min <= 10 ? 1 : (scale.max - scale.min) / 10,
      axisLabel: { formatter: (v: number) => vnNumber(v, 0) },
    },
    yAxis: {
      type: 'category',
      data: ordered.map((r) => name(r)),
      axisLabel: { width: 300, overflow: 'break', fontSize: 14 },
    },
    series: [
      {
        type: 'bar',
        stack: 'ci',
        silent: true,
        itemStyle: { color: 'transparent' },
        data: ordered.map((r) => (r.low === null ? null : clamp(r.low))),
      },
      {
        type: 'bar',
        stack: 'ci',
        barWidth: 14,
        itemStyle: { color: BAND },
        // The score beside the band's right end, clear of the interval.
        label: {
          show: true,
          position: 'right',
          distance: 8,
          fontSize: 14,
          formatter: (p) => {
            const score = ordered[p.dataIndex]?.score;
            return score === null || score === undefined ? '' : vnNumber(score);
          },
        },
        data: ordered.map((r) =>
          r.low === null || r.high === null ? null : clamp(r.high) - clamp(r.low),
        ),
      },
      {
        type: 'scatter',
        symbol: 'diamond',
        symbolSize: 16,
        itemStyle: { color: POINT },
        data: ordered.flatMap((r, i) => (r.score === null ? [] : [[r.score, i]])),
      },
    ],
  };
  return renderChart(option, 90 + 44 * rows.length);
}
