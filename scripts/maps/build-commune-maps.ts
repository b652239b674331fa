/**
 * Builds apps/web/public/maps/communes/<provinceCode>.topo.json from the per-commune GeoJSON
 * of thanglequoc/vietnamese-provinces-database (3,321 files, ~620 MB). Run by hand when the
 * source changes, never in CI:
 *
 *   npx tsx scripts/maps/build-commune-maps.ts [path/to/mirror.git] [--only 14,48]
 *
 * Every ring of the source is kept (islands, islets): the script fails if one is lost.
 * Prints the per-province table SOURCE.md carries.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import {
  countVertices,
  ringArea,
  ringsOf,
  ringsPerCommune,
  simplifyCommunes,
  SIGNIFICANT_RING,
  type CommuneFeature,
} from './commune-topology.ts';

const EXPECTED_COMMIT = 'cd58063299585146ded3981f2272946ef19ced54';
const DEFAULT_MIRROR = '/work/.mirror/thanglequoc+vietnamese-provinces-database/repo';
const OUT = path.resolve(import.meta.dirname, '../../apps/web/public/maps/communes');
/** ≈ 1,200 m² at the equator: a commune map read at province scale shows no less. */
const MIN_WEIGHT = 5e-7;
/** Keeps each province file near 200 KB (≈ 8 bytes a point in delta-encoded JSON). */
const MAX_POINTS = 14_000;
/** 1e5 steps across the province's box: ≤ 11 m even across Khánh Hoà with Trường Sa. */
const QUANTIZATION = 1e5;

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1]!.split(',') : null;
const mirror =
  args.find((a, i) => !a.startsWith('--') && (onlyAt < 0 || i !== onlyAt + 1)) ?? DEFAULT_MIRROR;

const git = (argv: string[], input?: string) =>
  execFileSync('git', ['-C', mirror, ...argv], { input, maxBuffer: 1 << 30 });

const commit = git(['rev-parse', 'HEAD']).toString().trim();
if (commit !== EXPECTED_COMMIT) {
  console.warn(`Mirror is at ${commit}, SOURCE.md describes ${EXPECTED_COMMIT}: update it.`);
}

/** Blobs of many paths in one `git cat-file --batch` (3,321 `git show` took minutes). */
function readBlobs(paths: string[]): string[] {
  const out = git(['cat-file', '--batch'], paths.map((p) => `HEAD:${p}`).join('\n') + '\n');
  const blobs: string[] = [];
  let at = 0;
  for (const p of paths) {
    const eol = out.indexOf(10, at);
    const header = out.subarray(at, eol).toString();
    const size = Number(header.split(' ')[2]);
    if (!Number.isFinite(size)) throw new Error(`${p}: ${header}`);
    blobs.push(out.subarray(eol + 1, eol + 1 + size).toString('utf8'));
    at = eol + 1 + size + 1;
  }
  return blobs;
}

const files = git(['ls-tree', '-r', '--name-only', 'HEAD', 'json/geojson'])
  .toString()
  .split('\n')
  .filter((f) => /\/wards\/\d{5}_[^/]+\.geojson$/.test(f));
const byProvince = new Map<string, string[]>();
for (const f of files) {
  const province = /json\/geojson\/(\d{2})_/.exec(f)![1]!;
  if (only && !only.includes(province)) continue;
  byProvince.set(province, [...(byProvince.get(province) ?? []), f]);
}

fs.mkdirSync(OUT, { recursive: true });
const rows: string[] = [];
const totals = { communes: 0, vIn: 0, vOut: 0, ringsIn: 0, ringsOut: 0, raw: 0, gz: 0 };
for (const [province, paths] of [...byProvince.entries()].sort()) {
  const features: CommuneFeature[] = readBlobs(paths).flatMap((text, i) => {
    const fc = JSON.parse(text) as FeatureCollection<
      Polygon | MultiPolygon,
      { code: string; name: string }
    >;
    if (fc.features.length !== 1) throw new Error(`${paths[i]}: ${fc.features.length} features`);
    const f = fc.features[0]!;
    return [
      {
        type: 'Feature',
        properties: { code: f.properties.code, name: f.properties.name },
        geometry: f.geometry,
      },
    ];
  });
  const ringsIn = new Map(
    features.map((f) => [
      f.properties.code,
      ringsOf(f.geometry).filter((r) => ringArea(r) >= SIGNIFICANT_RING).length,
    ]),
  );
  const artefacts = features.flatMap((f) =>
    ringsOf(f.geometry)
      .filter((r) => ringArea(r) < SIGNIFICANT_RING)
      .map(() => f.properties.code),
  );
  if (artefacts.length > 0)
    console.error(`${province}: tiny source rings in ${artefacts.join(', ')}`);
  const vIn = features.reduce((n, f) => n + countVertices(f), 0);
  const result = simplifyCommunes(
    { type: 'FeatureCollection', features },
    {
      snap: Number(process.env.SNAP ?? 1e6),
      minWeight: MIN_WEIGHT,
      maxPoints: MAX_POINTS,
      quantization: QUANTIZATION,
    },
  );
  const ringsOut = ringsPerCommune(result.topology);
  for (const [code, n] of ringsIn) {
    if ((ringsOut.get(code) ?? 0) < n) {
      throw new Error(`${province}/${code}: ${n} rings in the source, ${ringsOut.get(code)} kept`);
    }
  }
  delete result.topology.bbox;
  const json = JSON.stringify(result.topology);
  fs.writeFileSync(path.join(OUT, `${province}.topo.json`), json);
  const raw = Buffer.byteLength(json);
  const gz = zlib.gzipSync(json, { level: 9 }).length;
  const vOut = result.topology.arcs.reduce((n, a) => n + a.length, 0);
  const nRings = [...ringsIn.values()].reduce((a, b) => a + b, 0);
  totals.communes += features.length;
  totals.vIn += vIn;
  totals.vOut += vOut;
  totals.ringsIn += nRings;
  totals.ringsOut += [...ringsOut.values()].reduce((a, b) => a + b, 0);
  totals.raw += raw;
  totals.gz += gz;
  rows.push(
    `| ${province} | ${features.length} | ${vIn.toLocaleString('en')} | ${vOut.toLocaleString('en')} | ` +
      `${result.arcs} (${result.sharedArcs} shared) | ${nRings} | ${(raw / 1024).toFixed(0)} | ` +
      `${(gz / 1024).toFixed(0)} | ${result.minWeight.toExponential(2)} |`,
  );
  console.error(`${province}: ${features.length} communes, ${(raw / 1024).toFixed(0)} KB`);
}
console.log(
  '| province | communes | vertices in | arc points out | arcs | rings | KB | KB gz | min weight |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
console.log(rows.join('\n'));
console.log(
  `| all | ${totals.communes} | ${totals.vIn.toLocaleString('en')} | ${totals.vOut.toLocaleString('en')} | | ` +
    `${totals.ringsIn} (out ${totals.ringsOut}) | ${(totals.raw / 1024).toFixed(0)} | ${(totals.gz / 1024).toFixed(0)} | |`,
);
