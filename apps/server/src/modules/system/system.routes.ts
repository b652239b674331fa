import type { Hono } from 'hono';
import { getHealth, getInstallation } from '@papi/contracts';
import { register, type AppEnv } from '../../platform/http.ts';
import { currentMigration } from '../../db/migrate.ts';
import { findUnitById } from '../units/units.repository.ts';
import { todayVn } from '../../platform/clock.ts';
import { getInstallationSetting, installationRootId } from './settings.service.ts';
import { APP_VERSION } from '../../version.ts';

export function registerSystemRoutes(app: Hono<AppEnv>) {
  register(app, getHealth, async ({ c }) => ({
    status: 'ok' as const,
    database: c.var.database.kind,
    migration: await currentMigration(c.var.database),
    version: APP_VERSION,
  }));

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
