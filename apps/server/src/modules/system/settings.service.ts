import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../db/client.ts';
import { setting } from './settings.table.ts';
import { now } from '../../platform/clock.ts';

/** Which part of the country this installation serves: a province code, or the nation. */
export const ZInstallationSetting = z.object({
  name: z.string(),
  /** Post-2025 province code, or null for a national installation. */
  provinceCode: z.string().nullable(),
  demo: z.boolean().default(false),
});
export type InstallationSetting = z.infer<typeof ZInstallationSetting>;

const DEFAULT: InstallationSetting = { name: 'PAPI Hub', provinceCode: null, demo: false };

export async function getInstallationSetting(db: Executor): Promise<InstallationSetting> {
  const [row] = await db.select().from(setting).where(eq(setting.key, 'installation'));
  return row ? ZInstallationSetting.parse(row.value) : DEFAULT;
}

export async function saveInstallationSetting(db: Executor, value: InstallationSetting) {
  await db
    .insert(setting)
    .values({ key: 'installation', value })
    .onConflictDoUpdate({ target: setting.key, set: { value, updatedAt: now() } });
}

/** The unit at the top of the installation: the province (current era) or the country. */
export async function installationRootId(db: Executor, s: InstallationSetting): Promise<number> {
  const result = s.provinceCode
    ? await db.execute<{ id: number }>(
        sql`select id from admin_unit where era = 'post2025' and level = 'province' and code = ${s.provinceCode}`,
      )
    : await db.execute<{ id: number }>(sql`select id from admin_unit where level = 'country'`);
  const id = result.rows[0]?.id;
  if (!id) throw new Error('Chưa nhập danh mục đơn vị hành chính (npm run cli -- import-units).');
  return id;
}
