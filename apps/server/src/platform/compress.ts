import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

const gzip = promisify(zlib.gzip);

/**
 * Gzips JSON answers of at least `minBytes` for clients that accept it: pages of tasks or
 * reporters run to 100–230 KB and shrink to about a tenth. Hono's compress middleware
 * cannot apply a size threshold here (c.json sets no Content-Length), and compressing a
 * 200-byte answer costs more than it saves. zlib runs in libuv's thread pool, off the
 * event loop. Downloads (docx, xlsx, pdf) are compressed formats already and pass as they are.
 */
export function compressJson(minBytes = 2048): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    if (
      c.req.method === 'HEAD' ||
      res.headers.has('Content-Encoding') ||
      !(res.headers.get('Content-Type') ?? '').startsWith('application/json') ||
      !/\bgzip\b/i.test(c.req.header('Accept-Encoding') ?? '')
    ) {
      return;
    }
    const body = Buffer.from(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    headers.append('Vary', 'Accept-Encoding');
    if (body.length < minBytes) {
      c.res = new Response(body, { status: res.status, headers });
      return;
    }
    headers.set('Content-Encoding', 'gzip');
    headers.delete('Content-Length');
    c.res = new Response(await gzip(body, { level: 6 }), { status: res.status, headers });
  };
}
