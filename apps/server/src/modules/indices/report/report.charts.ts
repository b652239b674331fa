import fs from 'node:fs';
import * as echarts from 'echarts';
import { Resvg } from '@resvg/resvg-js';
import { vnNumber } from './report.phrases.ts';

/**
 * Charts for the Word report, drawn on the server: ECharts renders SVG (server-side
 * rendering, no DOM), resvg turns it into a PNG Word can embed. Text in the PNG needs a
 * font with Vietnamese glyphs; the first one found below is used. Without any, the charts
 * are still drawn (resvg then tries the system fonts) and the document is still produced.
 */
const FONT_CANDIDATES: { family: string; files: string[] }[] = [
  {
    family: 'Liberation Serif',
    files: [
      '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf',
      '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf',
    ],
  },
  {
    family: 'DejaVu Serif',
    files: ['/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf'],
  },
  {
    family: 'DejaVu Sans',
    files: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'],
  },
  {
    family: 'Noto Serif',
    files: ['/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf'],
  },
];

let chosenFont: { family: string; file: string } | null | undefined;

/** The chart font: a system font with Vietnamese glyphs, or null when none is installed. */
export function chartFont(): { family: string; file: string } | null {
  if (chosenFont === undefined) {
    chosenFont = null;
    for (const candidate of FONT_CANDIDATES) {
      const file = candidate.files.find((f) => fs.existsSync(f));
      if (file) {
        chosenFont = { family: candidate.family, file };
        break;
      }
    }
  }
  return chosenFont;
}

export interface Chart {
  png: Uint8Array;
  /** Size in the document, in pixels at 96 dpi. */
  width: number;
  height: number;
}

const WIDTH = 760;
const SCALE = 2;

/** One ECharts option drawn as a PNG for Word (also the survey report's chart). */
export function renderChart(option: echarts.EChartsOption, height: number): Chart {
  const font = chartFont();
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height });
  try {
    chart.setOption({
      animation: false,
      backgroundColor: '#ffffff',
      textStyle: { fontFamily: font?.family ?? 'serif', fontSize: 16, color: '#222' },
      ...option,
    });
    const svg = chart.renderToSVGString();
    const resvg = new Resvg(svg, {
      fitTo: { mode: 'width', value: WIDTH * SCALE },
      background: '#ffffff',
      font: font
        ? { fontFiles: [font.file], loadSystemFonts: false, defaultFontFamily: font.family }
        : { loadSystemFonts: true },
    });
    return { png: resvg.render().asPng(), width: 600, height: Math.round((600 * height) / WIDTH) };
  } finally {
    chart.dispose();
  }
}

const OWN = '#1f4e8c';
const MEDIAN = '#a6a6a6';
const BEST = '#c0504d';

export interface DimensionBar {
  label: string;
  score: number | null;
  median: number;
  best: number;
}

/** Each dimension of the province next to the national median and the best score. */
export function dimensionChart(unitName: string, bars: DimensionBar[], partial: boolean): Chart {
  const label = (v: number | null) => (v === null ? '' : vnNumber(v));
  return renderChart(
    {
      grid: { left: 250, right: 40, top: 50, bottom: 30 },
      legend: { top: 8, itemGap: 24, textStyle: { fontSize: 16 } },
      xAxis: {
        type: 'value',
        min: 0,
        max: 10,
        interval: 1,
        axisLabel: { formatter: (v: number) => vnNumber(v, 0) },
        splitLine: { lineStyle: { color: '#e5e5e5' } },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: bars.map((b) => b.label),
        axisLabel: { fontSize: 16, width: 240, overflow: 'break' },
        axisTick: { show: false },
      },
      series: [
        {
          name: partial ? `${unitName} (điểm thành phần)` : unitName,
          type: 'bar',
          barGap: '10%',
          barCategoryGap: '30%',
          itemStyle: { color: OWN },
          label: {
            show: true,
            position: 'right',
            fontSize: 14,
            formatter: (p: { value?: unknown }) => label(p.value as number | null),
          },
          data: bars.map((b) => b.score),
        },
        {
          name: 'Trung vị toàn quốc',
          type: 'bar',
          itemStyle: { color: MEDIAN },
          data: bars.map((b) => b.median),
        },
        {
          name: 'Cao nhất toàn quốc',
          type: 'scatter',
          symbol: 'diamond',
          symbolSize: 10,
          itemStyle: { color: BEST },
          data: bars.map((b) => b.best),
        },
      ],
    },
    70 + bars.length * 50,
  );
}

export interface TrendPoint {
  year: number;
  total: number | null;
  total6: number | null;
  median: number | null;
}

export interface EditionChange {
  year: number;
  /** Dimensions before and after the change. */
  before: number;
  after: number;
}

/** Shades the years of the earlier framework and draws a dashed line at the change. */
function editionMarks(
  years: string[],
  change: EditionChange | null,
): Pick<echarts.LineSeriesOption, 'markArea' | 'markLine'> {
  if (change === null || !years.includes(String(change.year))) return {};
  const changeYear = change.year;
  const before = years.filter((y) => Number(y) < changeYear);
  const label = (text: string) => ({
    show: true,
    position: 'insideBottom' as const,
    color: '#555',
    fontSize: 14,
    formatter: text,
  });
  type Pair = [{ xAxis: string; label?: ReturnType<typeof label> }, { xAxis: string }];
  return {
    markArea: {
      silent: true,
      itemStyle: { color: 'rgba(120, 120, 120, 0.07)' },
      data: [
        ...(before.length
          ? [
              [
                { xAxis: before[0]!, label: label(`Bộ chỉ số ${change.before} lĩnh vực`) },
                { xAxis: before.at(-1)! },
              ] as Pair,
            ]
          : []),
        [
          { xAxis: String(changeYear), label: label(`Bộ chỉ số ${change.after} lĩnh vực`) },
          { xAxis: years.at(-1)! },
        ] as Pair,
      ],
    },
    markLine: {
      symbol: 'none',
      silent: true,
      lineStyle: { color: BEST, type: 'dashed' as const, width: 1.5 },
      label: { show: false },
      data: [{ xAxis: String(changeYear) }],
    },
  };
}

/** The total across years, with the 2018 change of framework (6 → 8 dimensions) marked. */
export function trendChart(unitName: string, points: TrendPoint[], change: EditionChange | null) {
  const years = points.map((p) => String(p.year));
  const values = points.flatMap((p) => [p.total, p.total6, p.median]).filter((v) => v !== null);
  const low = Math.floor((Math.min(...(values as number[])) - 1.5) / 3) * 3;
  const high = Math.ceil((Math.max(...(values as number[])) + 1.5) / 3) * 3;
  const line = (name: string, data: (number | null)[], color: string, dashed = false) => ({
    name,
    type: 'line' as const,
    data,
    connectNulls: false,
    symbolSize: 6,
    lineStyle: { color, width: 2, type: dashed ? ('dashed' as const) : ('solid' as const) },
    itemStyle: { color },
  });
  const total = line(
    `Tổng điểm của ${unitName}`,
    points.map((p) => p.total),
    OWN,
  );
  return renderChart(
    {
      grid: { left: 50, right: 30, top: 60, bottom: 35 },
      legend: { top: 8, itemGap: 18, textStyle: { fontSize: 15 } },
      xAxis: { type: 'category', data: years, boundaryGap: false },
      yAxis: {
        type: 'value',
        min: low,
        max: high,
        interval: 3,
        axisLabel: { formatter: (v: number) => vnNumber(v, 0) },
        splitLine: { lineStyle: { color: '#e5e5e5' } },
      },
      series: [
        {
          ...total,
          label: {
            show: true,
            position: 'top',
            fontSize: 13,
            formatter: (p: { value?: unknown }) => vnNumber(p.value as number),
          },
          ...editionMarks(years, change),
        },
        line(
          'Tổng 6 lĩnh vực chung',
          points.map((p) => p.total6),
          '#4f81bd',
          true,
        ),
        line(
          'Trung vị toàn quốc',
          points.map((p) => p.median),
          MEDIAN,
        ),
      ],
    },
    340,
  );
}
