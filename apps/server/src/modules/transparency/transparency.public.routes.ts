import type { Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { can } from '@papi/domain';
import { clientIp } from '../../platform/auth/client-ip.ts';
import { SESSION_COOKIE, loadSession } from '../../platform/auth/session.ts';
import { todayVn } from '../../platform/clock.ts';
import type { AppEnv } from '../../platform/http.ts';
import { renderPage, sendPage } from '../../platform/public/layout.ts';
import { WindowLimiter } from '../../platform/public/rate-limit.ts';
import { findSoffice } from '../indices/report/report.pdf.ts';
import { buildPage, cachedPage, type BuiltPage } from './transparency.cache.ts';
import { planDocx, planFileName, planPdf, publicPlan } from './transparency.downloads.ts';
import * as pages from './transparency.pages.ts';
import { gatherTransparency } from './transparency.service.ts';
import { getPublicPageSetting } from './transparency.settings.ts';
import { findPublicUnit } from './transparency.units.ts';

/**
 * The public transparency page: /cong-khai (the installation's top unit) and
 * /cong-khai/<unit> (a commune or ward by readable name or code). No account; HTML made on
 * the server, cacheable a minute, revalidated by ETag. `?xem-truoc=1` shows it to the
 * installation's admins and coordinators (session cookie) even while it is off.
 */
const MINUTE = 60_000;
const TEN_MINUTES = 10 * MINUTE;

function send(c: Context<AppEnv>, page: BuiltPage, cacheControl: string): Response {
  c.header('Content-Type', 'text/html; charset=utf-8');
  c.header('Cache-Control', cacheControl);
  c.header('Vary', 'Accept-Encoding');
  c.header('ETag', page.etag);
  const asked = c.req.header('If-None-Match') ?? '';
  if (asked.split(',').some((t) => t.trim().replace(/^W\//, '') === page.etag))
    return c.body(null, 304);
  if (/\bgzip\b/i.test(c.req.header('Accept-Encoding') ?? '')) {
    c.header('Content-Encoding', 'gzip');
    return c.body(page.gzipped as Uint8Array<ArrayBuffer>, 200);
  }
  return c.body(page.plain as Uint8Array<ArrayBuffer>, 200);
}

/** The installation's admins and coordinators (those who set the page) may preview it. */
async function mayPreview(c: Context<AppEnv>, rootPath: string): Promise<boolean> {
  if (c.req.query('xem-truoc') !== '1') return false;
  const token = getCookie(c, SESSION_COOKIE);
  const session = token ? await loadSession(c.var.database, token) : null;
  return !!session && can(session.actor, 'public.configure', { unitPath: rootPath });
}

export function registerTransparencyRoutes(app: Hono<AppEnv>) {
  // Per process and per app, like the survey pages' limits.
  let views: WindowLimiter | null = null;
  const downloads = new WindowLimiter(30, TEN_MINUTES);
  // Whether LibreOffice is there is looked up once per app, not on every view (file checks).
  let hasSoffice: boolean | undefined;
  const pdfOn = (c: Context<AppEnv>) => (hasSoffice ??= findSoffice(c.var.config.soffice) !== null);
  const limited = async (c: Context<AppEnv>, limiter: WindowLimiter) => {
    const wait = limiter.hit(clientIp(c));
    if (wait === null) return null;
    c.header('Retry-After', String(Math.ceil(wait / 1000)));
    return sendPage(c, pages.tooManyPage(Math.max(1, Math.ceil(wait / MINUTE))), 429);
  };

  const page = async (c: Context<AppEnv>) => {
    views ??= new WindowLimiter(c.var.config.publicPageRateLimit, MINUTE);
    const refused = await limited(c, views);
    if (refused) return refused;
    const db = c.var.database.db;
    const today = todayVn();
    const [setting, found] = await Promise.all([
      getPublicPageSetting(db),
      findPublicUnit(db, today, c.req.param('unit')),
    ]);
    const top = (await findPublicUnit(db, today, undefined))!.unit;
    const preview = await mayPreview(c, top.path);
    if (!setting.enabled && !preview) return sendPage(c, pages.unpublishedPage(), 404);
    if (!found) return sendPage(c, pages.unknownUnitPage(), 404);
    const pdf = pdfOn(c);
    const render = async () =>
      renderPage(
        pages.transparencyPage(
          await gatherTransparency(db, found.unit, found.all, today, setting.sections),
          top,
          setting.sections,
          { pdf, preview: preview ? (setting.enabled ? 'on' : 'off') : null },
        ),
      );
    if (preview) return send(c, await buildPage(await render()), 'private, no-store');
    const key = `${found.unit.id}|${JSON.stringify(setting.sections)}|${today}|${pdf}`;
    return send(c, await cachedPage(db, key, render), 'public, max-age=60');
  };
  app.get('/cong-khai', page);
  app.get('/cong-khai/:unit', page);

  app.get('/cong-khai/:unit/ke-hoach/:file', async (c) => {
    const refused = await limited(c, downloads);
    if (refused) return refused;
    const db = c.var.database.db;
    const today = todayVn();
    const m = /^(\d{1,9})\.(docx|pdf)$/.exec(c.req.param('file'));
    const [setting, found] = await Promise.all([
      getPublicPageSetting(db),
      findPublicUnit(db, today, c.req.param('unit')),
    ]);
    const plan =
      m && found && setting.enabled && setting.sections.plans
        ? await publicPlan(db, found.unit.id, Number(m[1]))
        : null;
    if (!m || !plan || (m[2] === 'pdf' && !pdfOn(c)))
      return sendPage(c, pages.missingFilePage(), 404);
    const pdf = m[2] === 'pdf';
    const body = pdf ? await planPdf(db, plan, c.var.config.soffice) : await planDocx(db, plan);
    const filename = planFileName(plan, pdf ? 'pdf' : 'docx');
    const ascii = filename
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/"/g, '');
    return c.body(body as Uint8Array<ArrayBuffer>, 200, {
      'content-type': pdf
        ? 'application/pdf'
        : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      'cache-control': 'public, max-age=3600',
    });
  });
}
