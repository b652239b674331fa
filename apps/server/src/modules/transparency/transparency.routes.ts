import type { Hono } from 'hono';
import { can } from '@papi/domain';
import { getPublicPageSetting, putPublicPageSetting } from '@papi/contracts';
import { recordAudit } from '../../platform/audit.ts';
import { forbidden } from '../../platform/errors.ts';
import { register, type AppEnv } from '../../platform/http.ts';
import { installationPath } from '../indices/indices.import.routes.ts';
import { findSoffice } from '../indices/report/report.pdf.ts';
import { forgetPublicPages } from './transparency.cache.ts';
import * as settings from './transparency.settings.ts';

/** The public page's settings: read by every signed-in user, set at the installation's top. */
export function registerTransparencySettingRoutes(app: Hono<AppEnv>) {
  register(app, getPublicPageSetting, async ({ db, c }) => ({
    ...(await settings.getPublicPageSetting(db)),
    pdfAvailable: findSoffice(c.var.config.soffice) !== null,
  }));

  register(app, putPublicPageSetting, async ({ body, session, db, c }) => {
    const unitPath = await installationPath(db);
    if (!can(session.actor, 'public.configure', { unitPath }))
      throw forbidden(
        'Chỉ quản trị viên và cán bộ điều phối của cả hệ thống được sửa trang công khai.',
      );
    const before = await settings.getPublicPageSetting(db);
    await settings.savePublicPageSetting(db, body);
    await recordAudit(db, session, {
      action: 'update',
      entity: 'setting',
      entityId: 'public_page',
      unitPath,
      summary: body.enabled ? 'Sửa các mục hiển thị của trang công khai' : 'Tắt trang công khai',
      before,
      after: body,
    });
    forgetPublicPages();
    return { ...body, pdfAvailable: findSoffice(c.var.config.soffice) !== null };
  });
}
