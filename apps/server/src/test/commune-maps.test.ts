/**
 * The commune maps the web app ships (apps/web/public/maps/communes, built by hand with
 * scripts/maps/build-commune-maps.ts) against the admin units the server imports.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';

import { SERVER_ROOT, SHIPPED_DATA_DIR } from '../paths.ts';

const dir = path.resolve(SERVER_ROOT, '../web/public/maps/communes');
const units = path.join(SHIPPED_DATA_DIR, 'admin-units/post2025');

function csv(file: string): Record<string, string>[] {
  const [head, ...lines] = fs.readFileSync(path.join(units, file), 'utf8').trim().split('\n');
  const keys = head!.split(',');
  // No field of these files holds a comma.
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [keys[i], v])));
}

type Communes = FeatureCollection<Polygon | MultiPolygon, { code: string; name: string }>;

function read(province: string): Communes {
  const file = path.join(dir, `${province}.topo.json`);
  const topo = JSON.parse(fs.readFileSync(file, 'utf8')) as Topology<{
    communes: GeometryCollection;
  }>;
  return feature(topo, topo.objects.communes) as unknown as Communes;
}

const rings = (g: Polygon | MultiPolygon) =>
  g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();

describe('commune maps', () => {
  const provinces = csv('provinces.csv').map((p) => p['code']!);
  const wards = csv('wards.csv');

  it('ship one file per post-2025 province, within the size budget', () => {
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.topo.json'));
    expect(files.map((f) => f.slice(0, 2)).sort()).toEqual([...provinces].sort());
    const sizes = files.map((f) => fs.statSync(path.join(dir, f)).size);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(250 * 1024);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(4 * 1024 * 1024);
  });

  it('hold exactly the communes of the admin-units data, by code and name', () => {
    let matched = 0;
    for (const province of provinces) {
      const expected = new Map(
        wards.filter((w) => w['province_code'] === province).map((w) => [w['code']!, w['name']]),
      );
      const fc = read(province);
      expect(fc.features.length, province).toBe(expected.size);
      for (const f of fc.features) {
        expect(f.properties.code).toMatch(/^\d{5}$/);
        expect(f.properties.name, f.properties.code).toBe(expected.get(f.properties.code));
        expect(rings(f.geometry).length, f.properties.code).toBeGreaterThan(0);
        matched += 1;
      }
    }
    expect(matched).toBe(3321);
  });

  it('keep the islands: every ring of the special zones and their far extent', () => {
    const check = (province: string, code: string, ringCount: number, east: number) => {
      const f = read(province).features.find((x) => x.properties.code === code)!;
      const rs = rings(f.geometry);
      expect(rs.length, code).toBe(ringCount);
      expect(Math.max(...rs.flat().map((p) => p[0]!)), code).toBeCloseTo(east, 1);
    };
    check('48', '20333', 46, 112.74); // Hoàng Sa
    check('56', '22736', 140, 117.83); // Trường Sa
    check('79', '26732', 16, 106.74); // Côn Đảo
    check('91', '31078', 26, 104.1); // Phú Quốc
    check('31', '11948', 1, 107.74); // Bạch Long Vĩ
  });
});
