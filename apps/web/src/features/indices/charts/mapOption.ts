import type { RankingRow } from '../api.ts';
import { GROUPS, GROUP_COLORS, NO_DATA_COLOR } from '../groups.ts';
import type { PerformanceGroup } from '../groups.ts';
import type { ChartOption } from './echarts.ts';
import { archipelagoSeries, provinceGeo } from './mapParts.ts';

export interface MapOptionInput {
  mapName: string;
  rows: RankingRow[];
  /** 'group' or an element code ('total', 'D1' …). */
  colorBy: string;
  range: { min: number; max: number } | null;
  groupLabel: (group: PerformanceGroup) => string;
  tooltip: (row: RankingRow) => string;
  archipelagos: { name: string; coord: readonly [number, number] }[];
  compact: boolean;
  /** Unit codes of the user's own province (or the old provinces it was formed from). */
  own: ReadonlySet<string>;
}

// The user's province: a thick dark outline and its name on the map.
const OWN_STYLE = { borderColor: '#212529', borderWidth: 2.5 };

/** Diverging like the group colours: low red → high blue. */
const SCORE_RAMP = ['#d7191c', '#fdae61', '#ffffbf', '#abd9e9', '#2c7bb6'];

function valueOf(row: RankingRow, colorBy: string): number {
  if (colorBy === 'group') {
    return row.total.group === null ? Number.NaN : GROUPS.indexOf(row.total.group);
  }
  const standing = colorBy === 'total' ? row.total : row.dimensions[colorBy];
  return standing?.score ?? Number.NaN;
}

export function mapOption(input: MapOptionInput): ChartOption {
  const byCode = new Map(input.rows.map((row) => [row.unit.code, row]));
  const visualMap =
    input.colorBy === 'group' || input.range === null
      ? {
          type: 'piecewise',
          seriesIndex: 0,
          // Higher values are drawn on top by default: inverse puts the highest group first.
          inverse: true,
          pieces: GROUPS.map((group, index) => ({
            value: index,
            label: input.groupLabel(group),
            color: GROUP_COLORS[group],
          })),
          outOfRange: { color: NO_DATA_COLOR },
          left: 8,
          bottom: 8,
          itemGap: 6,
          textStyle: { fontSize: input.compact ? 11 : 12 },
        }
      : {
          type: 'continuous',
          seriesIndex: 0,
          min: input.range.min,
          max: input.range.max,
          precision: 2,
          calculable: true,
          inRange: { color: SCORE_RAMP },
          outOfRange: { color: NO_DATA_COLOR },
          left: 8,
          bottom: 8,
          itemHeight: input.compact ? 100 : 140,
        };
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (params: { name?: string; seriesType?: string }) => {
        const row = params.name ? byCode.get(params.name) : undefined;
        return row ? input.tooltip(row) : (params.name ?? '');
      },
    },
    visualMap,
    geo: {
      ...provinceGeo(input.mapName, NO_DATA_COLOR),
      tooltip: { show: true },
      // A map series drawn on a shared geo takes its per-region styles from here.
      regions: input.rows
        .filter((row) => input.own.has(row.unit.code))
        .map((row) => ({
          name: row.unit.code,
          itemStyle: OWN_STYLE,
          label: {
            show: true,
            formatter: row.unit.name,
            fontWeight: 700,
            fontSize: input.compact ? 11 : 13,
            color: '#212529',
            backgroundColor: 'rgba(255,255,255,0.85)',
            padding: [2, 4],
            borderRadius: 3,
          },
        })),
    },
    series: [
      {
        type: 'map',
        geoIndex: 0,
        data: input.rows.map((row) => ({
          name: row.unit.code,
          value: valueOf(row, input.colorBy),
        })),
      },
      archipelagoSeries(input.archipelagos, input.compact),
    ],
  };
}
