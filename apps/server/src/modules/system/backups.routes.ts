import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Hono } from 'hono';
import { sql } from 'drizzle-orm';
import { createBackupNow, downloadBackup, listBackups } from '@papi/contracts';
import { can } from '@papi/domain';
import { register, registerDownload, type AppEnv } from '../../platform/http.ts';
import type { Session } from '../../platform/auth/session.ts';
import type { Executor } from '../../db/client.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import { getInstallationSetting, installationRootId } from './settings.service.ts';
import { listBackupFiles, runBackup } from './backups.service.ts';

/**
 * A backup holds every account's password hash and every unit's evidence, so only an admin
 * of the installation's top unit may make or download one (not a ward's or another
 * province's admin). Returns the top unit's path for the audit line.
 */
async function requireInstallationAdmin(db: Executor, session: Session): Promise<string> {
  const rootId = await installationRootId(db, await getInstallationSetting(db));
  const r = await db.execute<{ path: string }>(
    sql`select path from admin_unit where id = ${rootId}`,
  );
  const rootPath = r.rows[0]!.path;
  if (!can(session.actor, 'backup.manage', { unitPath: rootPath })) {
    throw forbidden('Chỉ quản trị hệ thống của đơn vị cấp cao nhất được sao lưu dữ liệu.');
  }
  return rootPath;
}

export function registerBackupRoutes(app: Hono<AppEnv>) {
  register(app, listBackups, async ({ session, db, c }) => {
    await requireInstallationAdmin(db, session);
    const config = c.var.config;
    return {
      items: await listBackupFiles(config),
      scheduleHour: config.backupHour,
      keep: config.backupKeep,
    };
  });

  register(app, createBackupNow, async ({ session, db, c }) => {
    const unitPath = await requireInstallationAdmin(db, session);
    const result = await runBackup(c.var.database, c.var.config, db);
    await recordAudit(db, session, {
      action: 'export',
      entity: 'backup',
      entityId: result.name,
      unitPath,
      summary: `Sao lưu toàn bộ dữ liệu: ${result.tables} bảng, ${result.rows} dòng, ${result.files} tệp minh chứng`,
      after: result,
    });
    return result;
  });

  registerDownload(app, downloadBackup, async ({ params, session, db, c }) => {
    const unitPath = await requireInstallationAdmin(db, session);
    const file = path.join(c.var.config.backupDir, params.name);
    const body = await fsp.readFile(file).catch(() => null);
    if (!body) throw notFound('Bản sao lưu');
    // Reads are not audited elsewhere; taking all data out of the building is.
    await recordAudit(db, session, {
      action: 'export',
      entity: 'backup',
      entityId: params.name,
      unitPath,
      summary: `Tải về bản sao lưu ${params.name}`,
    });
    return { filename: params.name, body: new Uint8Array(body), contentType: 'application/gzip' };
  });
}
