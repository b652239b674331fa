import fs from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { AppError, errorResponse } from './platform/errors.ts';
import type { AppEnv } from './platform/http.ts';
import { buildOpenApiDocument } from './platform/openapi.ts';
import { registerDocs } from './platform/docs.ts';
import { registerSystemRoutes } from './modules/system/system.routes.ts';
import { registerAuthRoutes } from './modules/auth/auth.routes.ts';
import { registerUnitRoutes } from './modules/units/units.routes.ts';
import { registerAgencyRoutes } from './modules/agencies/agencies.routes.ts';
import { registerUserRoutes } from './modules/users/users.routes.ts';
import { registerAuditRoutes } from './modules/audit/audit.routes.ts';
import { registerIndexRoutes } from './modules/indices/indices.routes.ts';
import { APP_VERSION } from './version.ts';

export const MAX_BODY_BYTES = 1024 * 1024;

export function createApp(database: Database, config: Config) {
  const app = new Hono<AppEnv>();
  app.onError((err, c) => errorResponse(c, err));
  app.use('*', async (c, next) => {
    c.set('database', database);
    c.set('config', config);
    await next();
  });
  app.use('/api/*', secureHeaders());
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new AppError(413, 'PAYLOAD_TOO_LARGE', 'Dữ liệu gửi lên quá lớn (tối đa 1 MB).');
      },
    }),
  );

  registerSystemRoutes(app);
  registerAuthRoutes(app);
  registerUnitRoutes(app);
  registerAgencyRoutes(app);
  registerUserRoutes(app);
  registerAuditRoutes(app);
  registerIndexRoutes(app);

  const openApi = buildOpenApiDocument(APP_VERSION);
  app.get('/api/openapi.json', (c) => c.json(openApi));
  registerDocs(app);
  app.all('/api/*', (c) =>
    c.json(
      {
        code: 'NOT_FOUND',
        message: `Không có API ${c.req.method} ${c.req.path}.`,
        details: undefined,
      },
      404,
    ),
  );
  serveWeb(app, config.webDist);
  return app;
}

/** The built web app, with every unknown path answered by index.html (client routing). */
function serveWeb(app: Hono<AppEnv>, webDist: string) {
  const index = path.join(webDist, 'index.html');
  app.use('/assets/*', serveStatic({ root: path.relative(process.cwd(), webDist) }));
  app.get('*', (c) => {
    if (!fs.existsSync(index)) {
      return c.text('Giao diện web chưa được build: chạy "npm run build".', 503);
    }
    return c.html(fs.readFileSync(index, 'utf8'));
  });
}
