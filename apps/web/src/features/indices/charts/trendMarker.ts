/**
 * A vertical marker at the year the framework changed (6 → 8 dimensions), for year axes.
 * Its label sits at the top of the plot: on an inverted axis (ranks) the line's end is the
 * bottom, where the label covered the year labels, so those charts pass `inverse`.
 */
export function frameworkChangeMarker(label: string, year = 2018, inverse = false) {
  return {
    silent: true,
    symbol: 'none',
    lineStyle: { color: '#868e96', type: 'dashed', width: 1.5 },
    label: {
      formatter: label,
      position: inverse ? 'start' : 'end',
      color: '#495057',
      fontSize: 11,
    },
    data: [{ xAxis: String(year) }],
  };
}

/** Okabe–Ito: a categorical palette safe for colour-blind readers, kept apart from the group scale. */
export const SERIES_COLORS = [
  '#E69F00',
  '#0072B2',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
] as const;
