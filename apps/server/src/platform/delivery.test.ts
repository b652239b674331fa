import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TestClient, type TestContext } from '../test/harness.ts';
import { createApp } from '../app.ts';
import { loadConfig } from '../config.ts';

/**
 * What a slow connection receives: the web build's precompressed files with long-lived
 * cache headers for hashed assets, and large API answers compressed.
 */
let ctx: TestContext;
let webDist: string;
let app: ReturnType<typeof createApp>;
const script = `console.log(${JSON.stringify('PAPI Hub '.repeat(400))});`;
const mapJson = JSON.stringify({ type: 'Topology', arcs: Array(400).fill([[1, 2]]) });

beforeAll(async () => {
  ctx = await createTestContext();
  webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'papi-web-'));
  fs.mkdirSync(path.join(webDist, 'assets'));
  fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><div id="root"></div>');
  const asset = path.join(webDist, 'assets/index-B3x9a1Qz.js');
  fs.writeFileSync(asset, script);
  fs.writeFileSync(`${asset}.br`, zlib.brotliCompressSync(script));
  fs.writeFileSync(`${asset}.gz`, zlib.gzipSync(script));
  fs.writeFileSync(path.join(webDist, 'favicon.svg'), '<svg/>');
  fs.mkdirSync(path.join(webDist, 'maps/communes'), { recursive: true });
  const map = path.join(webDist, 'maps/communes/14.topo.json');
  fs.writeFileSync(map, mapJson);
  fs.writeFileSync(`${map}.gz`, zlib.gzipSync(mapJson));
  app = createApp(ctx.database, { ...loadConfig({ DATA_DIR: ctx.dataDir }), webDist });
});
afterAll(async () => {
  fs.rmSync(webDist, { recursive: true, force: true });
  await ctx.close();
});

describe('web build delivery', () => {
  it('serves the brotli copy of a hashed asset to a browser that accepts it, cached for good', async () => {
    const res = await app.request('/assets/index-B3x9a1Qz.js', {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.length).toBeLessThan(script.length / 10);
    expect(zlib.brotliDecompressSync(body).toString()).toBe(script);
  });

  it('falls back to gzip, then to the plain file', async () => {
    const gz = await app.request('/assets/index-B3x9a1Qz.js', {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const plain = await app.request('/assets/index-B3x9a1Qz.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(script);
  });

  it('serves a commune map gzipped and cached for a week', async () => {
    const res = await app.request('/maps/communes/14.topo.json', {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('content-type')).toContain('json');
    expect(res.headers.get('cache-control')).toBe('public, max-age=604800');
    const body = zlib.gunzipSync(Buffer.from(await res.arrayBuffer())).toString();
    expect(body).toBe(mapJson);
  });

  it('has unhashed files and the app page checked again on every visit', async () => {
    const icon = await app.request('/favicon.svg');
    expect(icon.headers.get('cache-control')).toBe('no-cache');
    const route = await app.request('/ke-hoach/12');
    expect(route.status).toBe(200);
    expect(route.headers.get('cache-control')).toBe('no-cache');
  });
});

describe('API answers', () => {
  it('compresses a large JSON answer for a client that accepts gzip', async () => {
    const admin = new TestClient(app);
    await admin.login('admin');
    const res = await app.request('/api/openapi.json', {
      headers: { cookie: admin.cookie, 'accept-encoding': 'gzip' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const json = JSON.parse(zlib.gunzipSync(Buffer.from(await res.arrayBuffer())).toString());
    expect(Object.keys(json.paths).length).toBeGreaterThan(50);
  });

  it('sends a small answer as it is', async () => {
    const res = await app.request('/api/health', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBeNull();
  });
});
