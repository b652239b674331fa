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

/** Width a one-row legend needs: ~0.6 em a character (Vietnamese marks included), a swatch and gap. */
export function legendRowWidth(labels: readonly string[], fontSize: number, gap: number): number {
  const items = labels.reduce((n, l) => n + l.length * fontSize * 0.6 + 14 + 5, 0);
  return items + gap * Math.max(0, labels.length - 1);
}

/**
 * Every commune of the map gets an entry: one without data is drawn grey with its name (a
 * region left out of the series would take the series' default colour). The map sits
 * between the title row (title left, save tool right) and the legend at the bottom: one
 * row when it fits the chart's width, else one item a line (ECharts does not wrap a visual
 * map), so neither the tool nor the map ever covers the legend, at 390 px as at 1366 px.
 */
export function communeMapOption(input: {
  mapName: string;
  /** Every feature of the map: code → commune name. */
  features: ReadonlyMap<string, string>;
  areas: readonly CommuneArea[];
  pieces: readonly CommunePiece[];
  /** Tooltip of a commune without data, from its name. */
  noDataTooltip: (name: string) => string;
  /** The chart's width in pixels (0 before it is measured: one row). */
  width: number;
}): ChartOption {
  const byCode = new Map(input.areas.map((a) => [a.code, a]));
  const fontSize = input.width > 0 && input.width < 480 ? 11 : 12;
  const gap = 12;
  const fits =
    input.width === 0 ||
    legendRowWidth(
      input.pieces.map((p) => p.label),
      fontSize,
      gap,
    ) <=
      input.width - 16;
  const legendHeight = fits ? 18 : input.pieces.length * (fontSize + 8);
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
      orient: fits ? 'horizontal' : 'vertical',
      // A vertical piecewise map lists the last piece first: read top-down as in the row.
      inverse: !fits,
      left: fits ? 'center' : 8,
      bottom: 4,
      itemWidth: 14,
      itemHeight: 10,
      itemGap: fits ? gap : 8,
      textStyle: { fontSize },
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
      bottom: legendHeight + 14,
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
