/** ECharts options of the monitoring boards, built from API rows (pure, tested). */
import type { SubmissionState, TaskStatus } from '@papi/domain';
import type { CommuneArea, CommunePiece } from '../indices/charts/communeMapOption.ts';
import { SUBMISSION_HEX } from '../reports/labels.ts';
import { CHART_STATUS_ORDER, TASK_STATUS_HEX } from '../work/labels.ts';
import type { ChartOption } from '../indices/charts/echarts.ts';
import { archipelagoSeries, provinceGeo } from '../indices/charts/mapParts.ts';

export interface StatusRow {
  label: string;
  byStatus: Record<TaskStatus, number>;
}

/** Horizontal stacked bars: one bar per row (dimension, agency), one segment per status. */
export function stackedStatusOption(
  rows: readonly StatusRow[],
  statusLabel: (s: TaskStatus) => string,
  formatValue: (n: number) => string,
): ChartOption {
  const categories = rows.map((r) => r.label);
  return {
    animation: false,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: number) => formatValue(v),
    },
    // One scrolling line under the title row, where the save tool sits: the tool never
    // covers the legend, and the bars start below it at every width.
    legend: {
      type: 'scroll',
      top: 26,
      left: 4,
      right: 4,
      itemWidth: 12,
      itemHeight: 10,
      textStyle: { fontSize: 11 },
    },
    grid: { left: 8, right: 16, top: 56, bottom: 8, containLabel: true },
    xAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { formatter: (v: number) => formatValue(v) },
    },
    yAxis: {
      type: 'category',
      data: categories,
      inverse: true,
      axisLabel: { width: 180, overflow: 'truncate', fontSize: 11 },
    },
    series: CHART_STATUS_ORDER.map((status) => ({
      name: statusLabel(status),
      type: 'bar',
      stack: 'status',
      barMaxWidth: 22,
      itemStyle: { color: TASK_STATUS_HEX[status] },
      emphasis: { focus: 'series' },
      data: rows.map((r) => r.byStatus[status]),
    })),
  };
}

export interface RateArea {
  /** The map feature's `code` (province code). */
  code: string;
  name: string;
  rate: number | null;
  tooltip: string;
}

/** Reporting rate per province on the 34-province map, red (0 %) → green (100 %). */
export function rateMapOption(input: {
  mapName: string;
  areas: readonly RateArea[];
  archipelagos: { name: string; coord: readonly [number, number] }[];
  compact: boolean;
}): ChartOption {
  const byCode = new Map(input.areas.map((a) => [a.code, a]));
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (p: { name?: string }) => (p.name ? (byCode.get(p.name)?.tooltip ?? p.name) : ''),
    },
    visualMap: {
      type: 'continuous',
      seriesIndex: 0,
      min: 0,
      max: 100,
      text: ['100%', '0%'],
      calculable: false,
      inRange: { color: ['#e03131', '#fab005', '#2f9e44'] },
      outOfRange: { color: '#e9ecef' },
      left: 8,
      bottom: 8,
      itemHeight: input.compact ? 90 : 130,
    },
    geo: provinceGeo(input.mapName, '#e9ecef'),
    series: [
      {
        type: 'map',
        geoIndex: 0,
        data: input.areas.map((a) => ({ name: a.code, value: a.rate ?? Number.NaN })),
      },
      archipelagoSeries(input.archipelagos, input.compact),
    ],
  };
}

/** Legend order of the commune map: done first, then what needs chasing. */
export const COMMUNE_STATE_ORDER: readonly SubmissionState[] = [
  'on_time',
  'late',
  'missing',
  'pending',
];

/**
 * A commune reports once a period, so its rate is all or nothing: the commune map shows its
 * state (one piece per state, the tiles' colours), the value being the state's index.
 */
export function communeStatePieces(label: (s: SubmissionState) => string): CommunePiece[] {
  return COMMUNE_STATE_ORDER.map((state, i) => ({
    label: label(state),
    color: SUBMISSION_HEX[state],
    min: i,
    max: i + 1,
  }));
}

/** Commune reporters of a board page as map areas (the last row of a code wins). */
export function communeStateAreas<
  R extends { unit: { code: string; level: string }; state: SubmissionState },
>(reporters: readonly R[], tooltip: (r: R) => string): CommuneArea[] {
  const byCode = new Map<string, CommuneArea>();
  for (const r of reporters) {
    if (r.unit.level !== 'commune') continue;
    byCode.set(r.unit.code, {
      code: r.unit.code,
      value: COMMUNE_STATE_ORDER.indexOf(r.state),
      tooltip: tooltip(r),
    });
  }
  return [...byCode.values()];
}
