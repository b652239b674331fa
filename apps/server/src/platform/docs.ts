import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Hono } from 'hono';
import type { AppEnv } from './http.ts';

const require = createRequire(import.meta.url);
// Served from the npm package, not a CDN: installations may have no internet access.
const SWAGGER_DIR = path.dirname(require.resolve('swagger-ui-dist/package.json'));
const FILES: Record<string, string> = {
  'swagger-ui.css': 'text/css',
  'swagger-ui-bundle.js': 'text/javascript',
  'swagger-ui-standalone-preset.js': 'text/javascript',
  'favicon-32x32.png': 'image/png',
};

const PAGE = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>PAPI Hub API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/api/docs/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`;

const INIT = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui' });`;

export function registerDocs(app: Hono<AppEnv>) {
  app.get('/api/docs', (c) => c.html(PAGE));
  app.get('/api/docs/init.js', (c) => c.body(INIT, 200, { 'content-type': 'text/javascript' }));
  app.get('/api/docs/:file', (c) => {
    const file = c.req.param('file');
    const type = FILES[file];
    if (!type) return c.json({ code: 'NOT_FOUND', message: 'Không có tệp này.' }, 404);
    return c.body(fs.readFileSync(path.join(SWAGGER_DIR, file)), 200, { 'content-type': type });
  });
}
