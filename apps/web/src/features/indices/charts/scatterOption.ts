import type { RankingRow } from '../api.ts';
import { GROUPS, GROUP_COLORS, GROUP_SYMBOLS } from '../groups.ts';
import type { PerformanceGroup } from '../groups.ts';
import { escapeHtml } from './echarts.ts';
import type { ChartOption } from './echarts.ts';

interface ScatterInput {
  rows: RankingRow[];
  x: string;
  y: string;
  xLabel: string;
  yLabel: string;
  groupLabel: (g: PerformanceGroup) => string;
  fmt: (v: number) => string;
  /** Unit ids of the user's own province: drawn larger and named. */
  own: ReadonlySet<number>;
}

const scoreOf = (row: RankingRow, code: string) =>
  (code === 'total' ? row.total : row.dimensions[code])?.score ?? null;

/** Points (x, y) of every assessed province, as pairs. */
export function scatterPoints(rows: RankingRow[], x: string, y: string) {
  return rows.flatMap((row) => {
    const a = scoreOf(row, x);
    const b = scoreOf(row, y);
    return a === null || b === null ? [] : [{ row, x: a, y: b }];
  });
}

/** Pearson's r over the points, or null with fewer than three. */
export function pearson(points: { x: number; y: number }[]): number | null {
  const n = points.length;
  if (n < 3) return null;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const p of points) {
    sxy += (p.x - mx) * (p.y - my);
    sxx += (p.x - mx) ** 2;
    syy += (p.y - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

/** One series per group (total's group), so the legend doubles as the colour key. */
export function scatterOption(input: ScatterInput): ChartOption {
  const points = scatterPoints(input.rows, input.x, input.y);
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p: { value?: unknown }) => {
        const [x, y, name] = Array.isArray(p.value) ? p.value : [];
        if (typeof x !== 'number' || typeof y !== 'number') return '';
        return [
          `<b>${escapeHtml(String(name))}</b>`,
          `${escapeHtml(input.xLabel)}: ${input.fmt(x)}`,
          `${escapeHtml(input.yLabel)}: ${input.fmt(y)}`,
        ].join('<br/>');
      },
    },
    legend: { top: 30, type: 'scroll' },
    grid: { left: 48, right: 20, top: 76, bottom: 48 },
    xAxis: { type: 'value', scale: true, name: input.xLabel, nameLocation: 'middle', nameGap: 28 },
    yAxis: { type: 'value', scale: true, name: input.yLabel, nameLocation: 'middle', nameGap: 36 },
    series: GROUPS.map((group) => ({
      type: 'scatter',
      name: input.groupLabel(group),
      symbol: GROUP_SYMBOLS[group],
      symbolSize: 11,
      itemStyle: { color: GROUP_COLORS[group], borderColor: '#343a40', borderWidth: 0.6 },
      data: points
        .filter((p) => p.row.total.group === group)
        .map((p) =>
          input.own.has(p.row.unit.id)
            ? {
                value: [p.x, p.y, p.row.unit.name],
                symbolSize: 18,
                itemStyle: { borderColor: '#212529', borderWidth: 2.5 },
                label: {
                  show: true,
                  position: 'top',
                  formatter: p.row.unit.name,
                  fontWeight: 700,
                  color: '#212529',
                },
              }
            : [p.x, p.y, p.row.unit.name],
        ),
    })),
  };
}
