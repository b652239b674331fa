import type { Hono } from 'hono';
import { can } from '@papi/domain';
import {
  getHealth,
  getInstallation,
  getInUseSinceSetting,
  putInUseSinceSetting,
} from '@papi/contracts';
import { badRequest, forbidden } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import { getInUseSince, saveInUseSince } from './in-use-since.ts';
import { register, type AppEnv } from '../../platform/http.ts';
import { currentMigration } from '../../db/migrate.ts';
import { findUnitById } from '../units/units.repository.ts';
import { todayVn } from '../../platform/clock.ts';
import { getInstallationSetting, installationRootId } from './settings.service.ts';
import { APP_VERSION } from '../../version.ts';
import { diskSpace } from '../../platform/files/disk-space.ts';

export function registerSystemRoutes(app: Hono<AppEnv>) {
  register(app, getHealth, async ({ c }) => {
    const disk = await diskSpace(c.var.config);
    return {
      status: disk.low ? ('degraded' as const) : ('ok' as const),
      database: c.var.database.kind,
      migration: await currentMigration(c.var.database),
      version: APP_VERSION,
      disk,
    };
  });

  register(app, getInstallation, async ({ db }) => {
    const installation = await getInstallationSetting(db);
    const unit = (await findUnitById(db, await installationRootId(db, installation), todayVn()))!;
    return {
      name: installation.name,
      demo: installation.demo,
      inUseSince: await getInUseSince(db),
      scopeUnit: {
        id: unit.id,
        code: unit.code,
        name: unit.name,
        fullName: unit.fullName,
        level: unit.level,
      },
    };
  });

  register(app, getInUseSinceSetting, async ({ db }) => ({ date: await getInUseSince(db) }));

  // One date for the whole installation: only the admins at its top unit change it.
  register(app, putInUseSinceSetting, async ({ body, session, db }) => {
    const root = await findUnitById(
      db,
      await installationRootId(db, await getInstallationSetting(db)),
      todayVn(),
    );
    if (!root || !can(session.actor, 'settings.write', { unitPath: root.path })) {
      throw forbidden('Chỉ quản trị viên của cả hệ thống được sửa ngày bắt đầu sử dụng.');
    }
    if (body.date > todayVn()) {
      throw badRequest('DATE_IN_FUTURE', 'Ngày bắt đầu sử dụng không được sau hôm nay.');
    }
    const before = await getInUseSince(db);
    await saveInUseSince(db, body.date);
    await recordAudit(db, session, {
      action: 'update',
      entity: 'setting',
      entityId: 'in_use_since',
      unitPath: root.path,
      summary: `Sửa ngày bắt đầu sử dụng hệ thống thành ${body.date.split('-').reverse().join('/')}`,
      before: { date: before },
      after: { date: body.date },
    });
    return { date: body.date };
  });
}
