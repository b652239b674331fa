// The public transparency page under load (issue #15): p50/p99 of GET /cong-khai at
// concurrency 1 and 64 against a static file of the same server (the ratio is what counts:
// the machine is shared), both asked as a browser asks (gzip), and the page's first-load
// bytes (it loads nothing else: styles and the one script are inline, no images or fonts).
// A private server on a fresh PGlite data dir with the demo province (Sơn La, 75 communes).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { HttpLoad, type LoadResult } from './load.ts';
import { startServer } from '../test-server.ts';

const REQUESTS = Number(process.env.PUBLIC_BENCH_REQUESTS ?? 2000);
const MAX_MS = Number(process.env.PUBLIC_BENCH_MAX_MS ?? 20_000);
// One address sends everything here: the per-address limit would answer 429.
process.env.PUBLIC_PAGE_RATE_LIMIT = '100000000';

/** A built file the server sends from disk (the largest stylesheet of the web build). */
function staticFile(): string {
  const dir = path.resolve(import.meta.dirname, '../../apps/web/dist/assets');
  const css = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.css'))
    .map((f) => ({ f, size: fs.statSync(path.join(dir, f)).size }))
    .sort((a, b) => b.size - a.size)[0];
  if (!css) throw new Error('no stylesheet in apps/web/dist/assets');
  return `/assets/${css.f}`;
}

/** Bytes on the wire for one cold request: status line, headers and (gzipped) body. */
function firstLoad(
  base: string,
  p: string,
): Promise<{ status: number; bytes: number; html: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${base}${p}`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          const head = `HTTP/1.1 ${res.statusCode} ${res.statusMessage}\r\n${res.rawHeaders
            .map((h, i) => (i % 2 ? `${h}\r\n` : `${h}: `))
            .join('')}\r\n`;
          const html =
            res.headers['content-encoding'] === 'gzip'
              ? zlib.gunzipSync(body).toString()
              : body.toString();
          resolve({
            status: res.statusCode ?? 0,
            bytes: Buffer.byteLength(head) + body.length,
            html,
          });
        });
      })
      .on('error', reject);
  });
}

const ms = (n: number) => n.toFixed(1);
const server = await startServer();
const port = Number(new URL(server.baseUrl).port);
const load = new HttpLoad(port);
try {
  const page = await firstLoad(server.baseUrl, '/cong-khai');
  if (page.status !== 200) throw new Error(`/cong-khai answered ${page.status}`);
  const subresources = (page.html.match(/<(img|link|script)\b[^>]*\b(src|href)=/g) ?? []).length;
  console.log(
    `Public page /cong-khai: first load ${(page.bytes / 1024).toFixed(1)} KB on the wire ` +
      `(gzipped HTML + headers), ${subresources} further requests; budget 100 KB.`,
  );
  const file = staticFile();
  const gzip = { 'accept-encoding': 'gzip' };
  const run = (p: string, c: number): Promise<LoadResult> =>
    load.run(p, '', c, { maxRequests: REQUESTS, maxMs: MAX_MS }, gzip);
  console.log(
    `\n| concurrency | /cong-khai p50 | p99 | static ${file} p50 | p99 | ratio p50 | ratio p99 | page req/s |`,
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const c of [1, 64]) {
    // Warm both first: the page's first rendering and the file's first read are not the load.
    await run('/cong-khai', c);
    await run(file, c);
    const p = await run('/cong-khai', c);
    const s = await run(file, c);
    if (p.failures || s.failures)
      console.error(`  failures: page ${p.failures}, static ${s.failures}`);
    console.log(
      `| ${c} | ${ms(p.p50)} ms | ${ms(p.p99)} ms | ${ms(s.p50)} ms | ${ms(s.p99)} ms | ` +
        `${(p.p50 / s.p50).toFixed(2)} | ${(p.p99 / s.p99).toFixed(2)} | ${p.rps.toFixed(0)} |`,
    );
  }
} finally {
  await load.close();
  await server.stop();
}
