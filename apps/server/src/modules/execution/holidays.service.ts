import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { buildCalendar, type Holiday, type WorkCalendar } from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import { holiday } from './execution.table.ts';

const SHIPPED = path.resolve(import.meta.dirname, '../../../data/holidays/vn.json');

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
  forgetCalendar();
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
  forgetCalendar();
}

/**
 * The whole calendar (a few dozen rows a year). Nearly every task and report request
 * needs it, so it is kept for a second: one query per second instead of one per request
 * (npm run bench: a quarter of a single-task read on PGlite). This process's writes drop
 * it at once; another process's holiday edit shows within the second.
 */
let cached: { at: number; calendar: Promise<WorkCalendar> } | null = null;
const CALENDAR_TTL_MS = 1000;

export function loadCalendar(db: Executor): Promise<WorkCalendar> {
  const now = Date.now();
  if (cached && now - cached.at < CALENDAR_TTL_MS) return cached.calendar;
  const calendar = db
    .execute<Holiday & Record<string, unknown>>(
      sql`select date::text as date, name, kind from holiday`,
    )
    .then((r) => buildCalendar(r.rows));
  // A failed read (e.g. a rolled-back transaction) is not kept.
  calendar.catch(() => (cached = null));
  cached = { at: now, calendar };
  return calendar;
}

/** After any holiday write: the next read sees it. */
export function forgetCalendar() {
  cached = null;
}
