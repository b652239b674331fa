import { eq } from 'drizzle-orm';
import { ZPublicPageSetting, type TPublicPageSetting } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import { remembered } from '../../platform/cache.ts';
import { now } from '../../platform/clock.ts';
import { setting } from '../system/settings.table.ts';

/**
 * What the public transparency page shows, one choice per installation, stored in `setting`
 * under its own key. Without a stored choice the page is on with every section: the
 * province's issued plans and results are public documents.
 */
const KEY = 'public_page';

export const DEFAULT_PUBLIC_PAGE: TPublicPageSetting = {
  enabled: true,
  sections: {
    plans: true,
    progress: true,
    reporting: true,
    index: true,
    surveys: true,
    feedback: true,
  },
};

export function getPublicPageSetting(db: Executor): Promise<TPublicPageSetting> {
  // Read on every public view: remembered for a second like the other hot lookups.
  return remembered(db, 'public-page-setting', '', async () => {
    const [row] = await db.select().from(setting).where(eq(setting.key, KEY));
    const parsed = row ? ZPublicPageSetting.safeParse(row.value) : null;
    return parsed?.success ? parsed.data : DEFAULT_PUBLIC_PAGE;
  });
}

export async function savePublicPageSetting(db: Executor, value: TPublicPageSetting) {
  await db
    .insert(setting)
    .values({ key: KEY, value })
    .onConflictDoUpdate({ target: setting.key, set: { value, updatedAt: now() } });
}

/**
 * Whether the public pages show answered feedback and the citizens' form (the feedback
 * module's pages under /cong-khai/<unit>/ ask this too): on unless the page or the section is off.
 */
export async function feedbackSectionEnabled(db: Executor): Promise<boolean> {
  const s = await getPublicPageSetting(db);
  return s.enabled && s.sections.feedback;
}
