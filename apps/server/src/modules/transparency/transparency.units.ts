import { sql } from 'drizzle-orm';
import { foldVietnamese } from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import { remembered } from '../../platform/cache.ts';
import { getInstallationSetting, installationRootId } from '../system/settings.service.ts';

/** A unit of this installation as the public page names it. */
export interface PublicUnit {
  id: number;
  code: string;
  name: string;
  fullName: string;
  level: 'country' | 'province' | 'commune';
  path: string;
  /** The readable address part: "phuong-moc-chau" (the code works too). */
  slug: string;
  parentId: number | null;
}

/** "Phường Mộc Châu" → "phuong-moc-chau": folded like search, words joined by hyphens. */
export const unitSlug = (fullName: string) =>
  foldVietnamese(fullName)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * The installation's current units: its top unit and every unit of today's era below it
 * (never a district or a commune that ceased on 30/06/2025). Remembered for a second.
 */
export function installationUnits(db: Executor, today: string): Promise<PublicUnit[]> {
  return remembered(db, 'public-units', today, async () => {
    const rootId = await installationRootId(db, await getInstallationSetting(db));
    const r = await db.execute<{
      id: number;
      code: string;
      name: string;
      full_name: string;
      level: PublicUnit['level'];
      path: string;
      parent_id: number | null;
    }>(sql`
      select u.id, u.code, u.name, u.full_name, u.level, u.path, u.parent_id
        from admin_unit root join admin_unit u on u.path like root.path || '%'
       where root.id = ${rootId}
         and (u.id = root.id or (u.era = 'post2025' and u.level in ('province', 'commune')))
         and (u.valid_from is null or u.valid_from <= ${today}::date)
         and (u.valid_to is null or u.valid_to >= ${today}::date)
       order by u.path`);
    return r.rows.map((u) => ({
      id: u.id,
      code: u.code,
      name: u.name,
      fullName: u.full_name,
      level: u.level,
      path: u.path,
      slug: unitSlug(u.full_name),
      parentId: u.parent_id,
    }));
  });
}

/** The unit an address names (slug or code), or the top unit when none; null outside. */
export async function findPublicUnit(
  db: Executor,
  today: string,
  key: string | undefined,
): Promise<{ unit: PublicUnit; all: PublicUnit[] } | null> {
  const all = await installationUnits(db, today);
  if (!key) return { unit: all[0]!, all };
  const k = key.toLowerCase();
  const unit = all.find((u) => u.slug === k) ?? all.find((u) => u.code === key);
  return unit ? { unit, all } : null;
}
