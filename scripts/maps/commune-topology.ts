/**
 * Simplification of a province's commune topology that never loses a ring: the pure part of
 * build-commune-maps.ts (no I/O).
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type CommuneFeature = Feature<Polygon | MultiPolygon, { code: string; name: string }>;
export type CommuneTopology = Topology<{
  communes: GeometryCollection<{ code: string; name: string }>;
}>;

/** Rings of a polygonal geometry. */
export function ringsOf(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/** Shoelace area of a ring, in square degrees. */
export function ringArea(ring: Position[]): number {
  let twice = 0;
  for (let i = 0; i + 1 < ring.length; i += 1) {
    twice += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  }
  return Math.abs(twice) / 2;
}

/**
 * ≈ 120 m² (11 m × 11 m): the source has a few zero-area rings (four points 0.1 m apart),
 * drawing artefacts below any map's precision; every ring at least this large must survive.
 */
export const SIGNIFICANT_RING = 1e-8;

/** A ring that still encloses an area. */
export const isRealRing = (ring: Position[]) => ringArea(ring) > 0;

export const countVertices = (f: CommuneFeature) =>
  ringsOf(f.geometry).reduce((n, r) => n + r.length - 1, 0);

type WeightedArc = [number, number, number][];

/**
 * Visvalingam weights guard no ring: an island is one closed arc whose interior points may
 * all fall under the threshold, leaving first = last. Like mapshaper's keep-shapes, but for
 * every ring: a ring of one arc keeps that arc's three heaviest interior points (a
 * quadrilateral), a ring of two arcs the heaviest of each; three arcs or more keep their
 * distinct endpoints anyway. `rings` lists each ring's arc indices (negative = reversed).
 */
export function protectRings(arcs: WeightedArc[], rings: readonly number[][]): void {
  const keepTop = (index: number, keep: number) => {
    const arc = arcs[index < 0 ? ~index : index]!;
    const interior = arc.slice(1, -1).sort((a, b) => b[2] - a[2]);
    for (const p of interior.slice(0, keep)) p[2] = Infinity;
  };
  for (const ring of rings) {
    if (ring.length === 1) keepTop(ring[0]!, 3);
    else if (ring.length === 2) for (const a of ring) keepTop(a, 1);
  }
}

/** Arc-index rings of every polygon of a geometry collection. */
function topologyRings(topo: CommuneTopology): number[][] {
  return topo.objects.communes.geometries.flatMap((g) =>
    g.type === 'Polygon' ? g.arcs : g.type === 'MultiPolygon' ? g.arcs.flat() : [],
  );
}

/** Points kept at a weight threshold (arc endpoints count once per arc). */
function keptPoints(arcs: WeightedArc[], minWeight: number): number {
  let n = 0;
  for (const arc of arcs) for (const p of arc) if (p[2] >= minWeight) n += 1;
  return n;
}

export interface SimplifyResult {
  topology: CommuneTopology;
  minWeight: number;
  arcs: number;
  sharedArcs: number;
  pointsKept: number;
}

/**
 * Shared-arc topology of the communes (a border is one arc, so neighbours cannot part),
 * simplified at `minWeight` (planar triangle area in square degrees) or more if the province
 * would keep more than `maxPoints`, then quantized to `quantization` steps across its box.
 */
export function simplifyCommunes(
  communes: FeatureCollection<Polygon | MultiPolygon, { code: string; name: string }>,
  options: { snap: number; minWeight: number; maxPoints: number; quantization: number },
): SimplifyResult {
  const topo = topology({ communes }, options.snap) as unknown as CommuneTopology;
  const rings = topologyRings(topo);
  const uses = new Map<number, number>();
  for (const a of rings.flat()) {
    const i = a < 0 ? ~a : a;
    uses.set(i, (uses.get(i) ?? 0) + 1);
  }
  const pre = presimplify(topo);
  const arcs = pre.arcs as unknown as WeightedArc[];
  protectRings(arcs, rings);
  let minWeight = options.minWeight;
  while (keptPoints(arcs, minWeight) > options.maxPoints) minWeight *= 1.25;
  const simple = simplify(pre, minWeight) as unknown as CommuneTopology;
  const out = quantize(simple, options.quantization) as CommuneTopology;
  return {
    topology: out,
    minWeight,
    arcs: topo.arcs.length,
    sharedArcs: [...uses.values()].filter((n) => n > 1).length,
    pointsKept: keptPoints(arcs, minWeight),
  };
}

/** Real rings per commune code of a finished topology. */
export function ringsPerCommune(topo: CommuneTopology): Map<string, number> {
  const fc = feature(topo, topo.objects.communes) as FeatureCollection<
    Polygon | MultiPolygon,
    { code: string }
  >;
  const out = new Map<string, number>();
  for (const f of fc.features) {
    out.set(f.properties.code, ringsOf(f.geometry).filter(isRealRing).length);
  }
  return out;
}
