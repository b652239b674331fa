import { useQuery } from '@tanstack/react-query';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { translate } from '../../../i18n/index.ts';
import { echarts } from './echarts.ts';

/** Pre-2025 results are drawn on the 63-province map, later years on the 34-province one. */
export function mapFileFor(year: number): string {
  return year <= 2024 ? 'vn-63-provinces' : 'vn-34-provinces';
}

type MapSource = Parameters<typeof echarts.registerMap>[1];

async function loadMap(name: string): Promise<string> {
  if (echarts.getMap(name)) return name;
  const url = `/maps/${name}.topo.json`;
  const response = await fetch(url);
  // A server that answers unknown paths with index.html returns 200 text/html here.
  if (!response.ok || !(response.headers.get('content-type') ?? '').includes('json')) {
    throw new Error(translate('indices.map.loadError', { url, status: response.status }));
  }
  const topology = (await response.json()) as Topology<{ provinces: GeometryCollection }>;
  // The files are not simplified: the Hoàng Sa and Trường Sa polygons stay in the Đà Nẵng
  // and Khánh Hòa MultiPolygons, so the map's bounding box always includes them.
  const geojson = feature(topology, topology.objects.provinces);
  echarts.registerMap(name, geojson as unknown as MapSource);
  return name;
}

/** Loads, converts and registers a province map once per page load. */
export function useProvinceMap(year: number) {
  const name = mapFileFor(year);
  return useQuery({
    queryKey: ['maps', name],
    queryFn: () => loadMap(name),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: 1,
    meta: { silent: true },
  });
}

/** Archipelago labels placed on their islands (lon, lat). */
export const ARCHIPELAGOS = [
  { key: 'indices.map.hoangSa', coord: [112.0, 16.5] },
  { key: 'indices.map.truongSa', coord: [114.0, 10.0] },
] as const;
