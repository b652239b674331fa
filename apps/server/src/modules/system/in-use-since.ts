import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { remembered } from '../../platform/cache.ts';
import { now, todayVn } from '../../platform/clock.ts';
import { setting } from './settings.table.ts';

/**
 * The day this installation began to be used: periods and obligations that ended before it
 * are history, never overdue (domain isOverdue). Stored as a JSON string under its own key.
 */
const KEY = 'in_use_since';

/** The SQL twin of reading the setting: a scalar subquery (one InitPlan per statement). */
export const inUseSinceSql = sql`coalesce((select (st.value #>> '{}')::date from setting st
   where st.key = 'in_use_since'), '-infinity'::date)`;

export function getInUseSince(db: Executor): Promise<string> {
  return remembered(db, 'in-use-since', '', async () => {
    const [row] = await db.select().from(setting).where(eq(setting.key, KEY));
    // Before bootstrap stored it (an old data directory): nothing is history.
    return typeof row?.value === 'string' ? row.value : '0001-01-01';
  });
}

export async function saveInUseSince(db: Executor, date: string) {
  await db
    .insert(setting)
    .values({ key: KEY, value: date })
    .onConflictDoUpdate({ target: setting.key, set: { value: date, updatedAt: now() } });
}

/** On every start: an installation without the date is in use from today (its first start). */
export async function ensureInUseSince(db: Executor) {
  await db.insert(setting).values({ key: KEY, value: todayVn() }).onConflictDoNothing();
}
