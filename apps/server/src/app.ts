import fs from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { AppError, errorResponse } from './platform/errors.ts';
import { localizeError } from './platform/english/translate.ts';
import { forgetRemembered } from './platform/cache.ts';
import { compressJson } from './platform/compress.ts';
import { securityHeaders } from './platform/security-headers.ts';
import type { AppEnv } from './platform/http.ts';
import { buildOpenApiDocument } from './platform/openapi.ts';
import { registerDocs } from './platform/docs.ts';
import { registerSystemRoutes } from './modules/system/system.routes.ts';
import { registerBackupRoutes } from './modules/system/backups.routes.ts';
import { registerAuthRoutes } from './modules/auth/auth.routes.ts';
import { registerUnitRoutes } from './modules/units/units.routes.ts';
import { registerAgencyRoutes } from './modules/agencies/agencies.routes.ts';
import { registerUserRoutes } from './modules/users/users.routes.ts';
import { registerDelegationRoutes } from './modules/delegations/delegations.routes.ts';
import { registerEmulationRoutes } from './modules/emulation/emulation.routes.ts';
import { registerSurveyRoutes } from './modules/surveys/surveys.routes.ts';
import { registerPublicSurveyRoutes } from './modules/surveys/surveys.public.routes.ts';
import { registerFeedbackRoutes } from './modules/feedback/feedback.routes.ts';
import { registerPublicFeedbackRoutes } from './modules/feedback/feedback.public.routes.ts';
import { registerSurveyImportRoutes } from './modules/surveys/surveys.import.routes.ts';
import { registerSurveyResultRoutes } from './modules/surveys/surveys.results.routes.ts';
import { registerProgrammeRoutes } from './modules/programmes/programmes.routes.ts';
import { registerAuditRoutes } from './modules/audit/audit.routes.ts';
import { registerIndexRoutes } from './modules/indices/indices.routes.ts';
import { registerIndexReportRoutes } from './modules/indices/report/report.routes.ts';
import { registerIndexImportRoutes } from './modules/indices/indices.import.routes.ts';
import { registerIndexTargetRoutes } from './modules/indices/index-targets.routes.ts';
import { registerImpactRoutes } from './modules/indices/impact/impact.routes.ts';
import { registerPlanRoutes } from './modules/plans/plans.routes.ts';
import { registerNotificationRoutes } from './modules/notifications/notifications.routes.ts';
import { registerConsolidatedRoutes } from './modules/consolidated/consolidated.routes.ts';
import { registerExecutionRoutes } from './modules/execution/execution.routes.ts';
import { subscribeExecution } from './modules/execution/execution.events.ts';
import { registerReportingRoutes } from './modules/reports/reports.module.ts';
import { registerOverdueRoutes } from './modules/overdue/overdue.routes.ts';
import { registerMyWorkRoutes } from './modules/my-work/my-work.routes.ts';
import { registerTransparencySettingRoutes } from './modules/transparency/transparency.routes.ts';
import { registerTransparencyRoutes } from './modules/transparency/transparency.public.routes.ts';
import { APP_VERSION } from './version.ts';
import { ALL_ROUTES } from '@papi/contracts';
import { now } from './platform/clock.ts';
import { SERVER_NOW_HEADER } from '@papi/contracts';

export const MAX_BODY_BYTES = 1024 * 1024;

const limitBody = (maxSize: number, message: string) =>
  bodyLimit({
    maxSize,
    onError: () => {
      throw new AppError(413, 'PAYLOAD_TOO_LARGE', message);
    },
  });

/**
 * Routes whose contract allows more than 1 MB get their own limit: base64 JSON imports
 * (the file is about three quarters of the body) and multipart uploads, whose file limit
 * is EVIDENCE_MAX_BYTES (the envelope's 256 KB on top).
 */
const largeBodyRoutes = (config: Config) =>
  ALL_ROUTES.filter((r) => r.maxBodyBytes).map((r) => {
    const max = r.upload ? config.evidenceMaxBytes + 256 * 1024 : r.maxBodyBytes!;
    const fileMb = Math.round((r.upload ? config.evidenceMaxBytes : max * 0.75) / MAX_BODY_BYTES);
    return {
      method: r.method.toUpperCase(),
      path: new RegExp(`^${r.path.replace(/:[A-Za-z]+/g, '[^/]+')}$`),
      limit: limitBody(max, `Tệp gửi lên quá lớn (tối đa khoảng ${fileMb} MB).`),
    };
  });

export function createApp(database: Database, config: Config) {
  const app = new Hono<AppEnv>();
  app.onError((err, c) => errorResponse(c, err));
  app.use('*', async (c, next) => {
    c.set('database', database);
    c.set('config', config);
    try {
      await next();
    } finally {
      // A write request has committed (or rolled back) by now: what this process remembered
      // may be stale (platform/cache.ts).
      if (c.req.method !== 'GET' && c.req.method !== 'HEAD') forgetRemembered(database.db);
    }
  });
  app.use('*', securityHeaders());
  // The browser judges "today" (default dates, due-state colours) by the server's clock,
  // not its own: a wrong PC clock, or a test or demo on a set day, then agree with the server.
  app.use('/api/*', async (c, next) => {
    await next();
    c.header(SERVER_NOW_HEADER, now().toISOString());
  });
  const LARGE_BODY_ROUTES = largeBodyRoutes(config);
  const standardLimit = limitBody(MAX_BODY_BYTES, 'Dữ liệu gửi lên quá lớn (tối đa 1 MB).');
  app.use('/api/*', (c, next) => {
    const own = LARGE_BODY_ROUTES.find((r) => r.method === c.req.method && r.path.test(c.req.path));
    return (own?.limit ?? standardLimit)(c, next);
  });

  // Pages of tasks or reporters run to 100–230 KB of JSON: compressed they are a tenth.
  // Small answers are sent as they are (compressing them costs more than it saves).
  app.use('/api/*', compressJson(2048));

  registerSystemRoutes(app);
  registerBackupRoutes(app);
  registerAuthRoutes(app);
  registerUnitRoutes(app);
  registerAgencyRoutes(app);
  registerUserRoutes(app);
  registerDelegationRoutes(app);
  registerEmulationRoutes(app);
  registerSurveyRoutes(app);
  registerSurveyImportRoutes(app);
  registerSurveyResultRoutes(app);
  registerProgrammeRoutes(app);
  registerAuditRoutes(app);
  registerIndexRoutes(app);
  registerIndexReportRoutes(app);
  registerIndexImportRoutes(app);
  registerIndexTargetRoutes(app);
  registerImpactRoutes(app);
  registerPlanRoutes(app);
  registerNotificationRoutes(app);
  registerConsolidatedRoutes(app);
  registerExecutionRoutes(app);
  registerReportingRoutes(app);
  registerMyWorkRoutes(app);
  registerOverdueRoutes(app);
  registerTransparencySettingRoutes(app);
  registerFeedbackRoutes(app);
  subscribeExecution(database);

  // Built on first request, not at start: turning every contract into JSON Schema took
  // ~0.35 s of each restart (--cpu-prof), and most processes never serve the document.
  let openApi: ReturnType<typeof buildOpenApiDocument> | null = null;
  app.get('/api/openapi.json', (c) => c.json((openApi ??= buildOpenApiDocument(APP_VERSION))));
  registerDocs(app);
  registerPublicSurveyRoutes(app);
  registerTransparencyRoutes(app);
  registerPublicFeedbackRoutes(app);
  app.all('/api/*', (c) =>
    c.json(
      localizeError(c, {
        code: 'NOT_FOUND',
        message: `Không có API ${c.req.method} ${c.req.path}.`,
        details: undefined,
      }),
      404,
    ),
  );
  serveWeb(app, config.webDist);
  return app;
}

/** Vite's output under assets/ carries a content hash in its name (index-B3x9a1.js). */
const IMMUTABLE_ASSET = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;
/** Boundary maps (public/maps): unhashed, but rebuilt only when their source changes. */
const MAP_FILE = /^\/maps\/.+\.json$/;
const MAP_CACHE = 'public, max-age=604800';

/** The built web app, with every unknown path answered by index.html (client routing). */
function serveWeb(app: Hono<AppEnv>, webDist: string) {
  const index = path.join(webDist, 'index.html');
  // Hashed build files never change under their name; anything else is checked again.
  app.use('*', async (c, next) => {
    await next();
    if (c.res.status === 200 && !c.req.path.startsWith('/api/')) {
      const immutable = IMMUTABLE_ASSET.test(c.req.path);
      // A week for the maps: a province board's commune map (~50 KB gzipped) is not fetched
      // again on every visit; a rebuilt map reaches everyone within the week.
      c.header(
        'Cache-Control',
        immutable
          ? 'public, max-age=31536000, immutable'
          : MAP_FILE.test(c.req.path)
            ? MAP_CACHE
            : 'no-cache',
      );
    }
  });
  // Every file the build produced (assets, maps, icons); anything else is a client route.
  app.use(
    '*',
    serveStatic({
      root: path.relative(process.cwd(), webDist),
      // The build wrote .br and .gz copies (scripts/vite-precompress.ts): no work per request.
      precompressed: true,
    }),
  );
  app.get('*', (c) => {
    if (!fs.existsSync(index)) {
      return c.text('Giao diện web chưa được build: chạy "npm run build".', 503);
    }
    return c.html(fs.readFileSync(index, 'utf8'));
  });
}
