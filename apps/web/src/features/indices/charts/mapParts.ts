/** Pieces every province map shares (indices and monitoring). */

/** The fitted, non-roaming province layer; regions are matched by their `code`. */
export function provinceGeo(mapName: string, areaColor: string) {
  return {
    map: mapName,
    nameProperty: 'code',
    roam: false,
    // Fit everything, archipelagos included; leave room for the legend and labels.
    layoutCenter: ['50%', '50%'],
    layoutSize: '96%',
    itemStyle: { areaColor, borderColor: '#ffffff', borderWidth: 0.4 },
    emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffe066' } },
    select: { disabled: true },
  };
}

/** Hoàng Sa and Trường Sa named on their islands. */
export function archipelagoSeries(
  archipelagos: { name: string; coord: readonly [number, number] }[],
  compact: boolean,
) {
  return {
    type: 'scatter',
    coordinateSystem: 'geo',
    silent: true,
    tooltip: { show: false },
    symbolSize: 5,
    itemStyle: { color: '#495057' },
    label: {
      show: true,
      formatter: '{b}',
      position: 'bottom',
      fontSize: compact ? 10 : 12,
      color: '#212529',
      fontStyle: 'italic',
    },
    data: archipelagos.map((a) => ({ name: a.name, value: [...a.coord] })),
  };
}
