import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { buildCalendar, type Holiday, type WorkCalendar } from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import { holiday } from './execution.table.ts';
import { forgetRemembered, remembered } from '../../platform/cache.ts';
import { SHIPPED_DATA_DIR } from '../../paths.ts';

const SHIPPED = path.join(SHIPPED_DATA_DIR, 'holidays/vn.json');

interface ShippedFile {
  years: Record<string, { status: string; days: Holiday[] }>;
}

/** Loads the shipped holidays of every year the table does not have yet (admin edits stay). */
export async function importShippedHolidays(db: Executor): Promise<number> {
  const file = JSON.parse(fs.readFileSync(SHIPPED, 'utf8')) as ShippedFile;
  const have = new Set(
    (
      await db.execute<{ y: number }>(
        sql`select distinct extract(year from date)::int as y from holiday`,
      )
    ).rows.map((r) => r.y),
  );
  const rows = Object.entries(file.years)
    .filter(([year]) => !have.has(Number(year)))
    .flatMap(([, y]) => y.days);
  if (rows.length > 0) await db.insert(holiday).values(rows).onConflictDoNothing();
  forgetCalendar(db);
  return rows.length;
}

export async function listHolidays(db: Executor, year: number): Promise<Holiday[]> {
  const r = await db.execute<Holiday & Record<string, unknown>>(sql`
    select date::text as date, name, kind from holiday
     where date >= ${`${year}-01-01`}::date and date <= ${`${year}-12-31`}::date order by date`);
  return r.rows;
}

export async function replaceHolidays(db: Executor, year: number, days: Holiday[]) {
  await db.execute(sql`
    delete from holiday where date >= ${`${year}-01-01`}::date and date <= ${`${year}-12-31`}::date`);
  if (days.length > 0) await db.insert(holiday).values(days);
  forgetCalendar(db);
}

/**
 * The whole calendar (a few dozen rows a year). Nearly every task and report request
 * needs it: remembered for a second (platform/cache.ts; npm run bench: a quarter of a
 * single-task read on PGlite). A write request of this process drops it once committed.
 */
export function loadCalendar(db: Executor): Promise<WorkCalendar> {
  return remembered(db, 'calendar', '', async () => {
    const r = await db.execute<Holiday & Record<string, unknown>>(
      sql`select date::text as date, name, kind from holiday`,
    );
    return buildCalendar(r.rows);
  });
}

/** After a holiday write outside a request (bootstrap, tests): the next read sees it. */
export function forgetCalendar(db: Executor) {
  forgetRemembered(db);
}
