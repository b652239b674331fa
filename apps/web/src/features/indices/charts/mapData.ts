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

/** Fetches a TopoJSON file once and registers its `object` in ECharts under `name`. */
async function loadMap(name: string, url: string, object: string): Promise<string> {
  if (echarts.getMap(name)) return name;
  const response = await fetch(url);
  // A server that answers unknown paths with index.html returns 200 text/html here.
  if (!response.ok || !(response.headers.get('content-type') ?? '').includes('json')) {
    throw new Error(translate('indices.map.loadError', { url, status: response.status }));
  }
  const topology = (await response.json()) as Topology<Record<string, GeometryCollection>>;
  // The province files are not simplified and the commune files keep every ring: the
  // Hoàng Sa and Trường Sa polygons stay in their MultiPolygons, so the map's bounding box
  // always includes them.
  const geojson = feature(topology, topology.objects[object]!);
  echarts.registerMap(name, geojson as unknown as MapSource);
  return name;
}

/** Loads, converts and registers a province map once per page load. */
export function useProvinceMap(year: number) {
  const name = mapFileFor(year);
  return useQuery({
    queryKey: ['maps', name],
    queryFn: () => loadMap(name, `/maps/${name}.topo.json`, 'provinces'),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: 1,
    meta: { silent: true },
  });
}

/** ECharts name of a province's commune map. */
export const communeMapName = (provinceCode: string) => `communes-${provinceCode}`;

/**
 * A post-2025 province's communes and wards (public/maps/communes/<code>.topo.json, ~50 KB
 * gzipped): fetched only when a board asks for it (`provinceCode` null: nothing fetched).
 */
export function useCommuneMap(provinceCode: string | null) {
  return useQuery({
    queryKey: ['maps', 'communes', provinceCode],
    queryFn: () =>
      loadMap(
        communeMapName(provinceCode!),
        `/maps/communes/${provinceCode}.topo.json`,
        'communes',
      ),
    enabled: provinceCode !== null && /^\d{2}$/.test(provinceCode),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: 1,
    meta: { silent: true },
  });
}

/** Features of a registered map: code → name (its features carry `code` and `name`). */
export function mapFeatures(name: string): Map<string, string> {
  const map = echarts.getMap(name) as
    { geoJSON?: { features?: { properties?: { code?: string; name?: string } }[] } } | undefined;
  return new Map(
    (map?.geoJSON?.features ?? []).flatMap((f) =>
      f.properties?.code ? [[f.properties.code, f.properties.name ?? f.properties.code]] : [],
    ),
  );
}

/** Archipelago labels placed on their islands (lon, lat). */
export const ARCHIPELAGOS = [
  { key: 'indices.map.hoangSa', coord: [112.0, 16.5] },
  { key: 'indices.map.truongSa', coord: [114.0, 10.0] },
] as const;
