/** A province's communes coloured by category (survey progress, monitoring): pure, tested. */
import type { ChartOption } from './echarts.ts';

export interface CommunePiece {
  label: string;
  color: string;
  /** Values in [min, max) belong to the piece (one bound may be left out). */
  min?: number;
  max?: number;
}

export interface CommuneArea {
  /** The feature's `code` (GSO commune code). */
  code: string;
  value: number;
  tooltip: string;
}

export const NO_DATA_HEX = '#e9ecef';

/** The piece a value falls in (the same rule the visual map applies). */
export function pieceOf<P extends CommunePiece>(pieces: readonly P[], value: number): P | null {
  return (
    pieces.find(
      (p) => (p.min === undefined || value >= p.min) && (p.max === undefined || value < p.max),
    ) ?? null
  );
}

/**
 * Every commune of the map gets an entry: one without data is drawn grey with its name (a
 * region left out of the series would take the series' default colour). The map sits
 * between the title row (title left, save tool right) and the legend row at the bottom, so
 * neither the tool nor the map ever covers the legend, at 390 px as at 1366 px.
 */
export function communeMapOption(input: {
  mapName: string;
  /** Every feature of the map: code → commune name. */
  features: ReadonlyMap<string, string>;
  areas: readonly CommuneArea[];
  pieces: readonly CommunePiece[];
  /** Tooltip of a commune without data, from its name. */
  noDataTooltip: (name: string) => string;
  compact: boolean;
}): ChartOption {
  const byCode = new Map(input.areas.map((a) => [a.code, a]));
  const legendRows = input.compact && input.pieces.length > 3 ? 2 : 1;
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (p: { name?: string }) => {
        if (!p.name) return '';
        const area = byCode.get(p.name);
        if (area) return area.tooltip;
        return input.noDataTooltip(input.features.get(p.name) ?? p.name);
      },
    },
    visualMap: {
      type: 'piecewise',
      seriesIndex: 0,
      orient: 'horizontal',
      left: 'center',
      bottom: 4,
      itemWidth: 14,
      itemHeight: 10,
      itemGap: input.compact ? 8 : 14,
      // Two short rows on a phone: four labels in one line would not fit 390 px.
      ...(legendRows === 2 ? { width: 300 } : {}),
      textStyle: { fontSize: input.compact ? 11 : 12 },
      pieces: input.pieces.map((p) => ({
        label: p.label,
        color: p.color,
        ...(p.min === undefined ? {} : { gte: p.min }),
        ...(p.max === undefined ? {} : { lt: p.max }),
      })),
      outOfRange: { color: NO_DATA_HEX },
    },
    geo: {
      map: input.mapName,
      nameProperty: 'code',
      roam: false,
      top: 34,
      bottom: legendRows === 2 ? 56 : 34,
      left: 4,
      right: 4,
      itemStyle: { areaColor: NO_DATA_HEX, borderColor: '#ffffff', borderWidth: 0.6 },
      emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffe066' } },
      select: { disabled: true },
    },
    series: [
      {
        type: 'map',
        geoIndex: 0,
        data: [...input.features.keys()].map((code) => ({
          name: code,
          value: byCode.get(code)?.value ?? Number.NaN,
        })),
      },
    ],
  };
}
