import type { Hono } from 'hono';
import { getHealth, getInstallation } from '@papi/contracts';
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
      scopeUnit: {
        id: unit.id,
        code: unit.code,
        name: unit.name,
        fullName: unit.fullName,
        level: unit.level,
      },
    };
  });
}
