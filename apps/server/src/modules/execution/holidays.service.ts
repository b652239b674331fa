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
        sql`select distinct extract(year from date)::int as y from holiday where unit_id is null`,
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

interface HolidayRow extends Holiday {
  /** null: the installation's calendar; else the path of the province that owns the day. */
  unitPath: string | null;
}

/** The days that apply at a unit: national ones, with its province's own winning by date. */
export function daysFor(rows: readonly HolidayRow[], unitPath?: string): Holiday[] {
  const byDate = new Map<string, Holiday>();
  for (const r of rows) if (r.unitPath === null) byDate.set(r.date, r);
  if (unitPath) {
    for (const r of rows) if (r.unitPath && unitPath.startsWith(r.unitPath)) byDate.set(r.date, r);
  }
  return [...byDate.values()]
    .map(({ date, name, kind }) => ({ date, name, kind }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** Every holiday row (a few dozen a year per calendar), remembered for a second. */
function allHolidays(
  db: Executor,
): Promise<{ rows: HolidayRow[]; calendars: Map<string, WorkCalendar> }> {
  return remembered(db, 'calendar', '', async () => {
    const r = await db.execute<Holiday & { unit_path: string | null } & Record<string, unknown>>(
      sql`select h.date::text as date, h.name, h.kind, u.path as unit_path
            from holiday h left join admin_unit u on u.id = h.unit_id`,
    );
    const rows = r.rows.map(({ date, name, kind, unit_path }) => ({
      date,
      name,
      kind,
      unitPath: unit_path,
    }));
    return { rows, calendars: new Map<string, WorkCalendar>() };
  });
}

/** A year's days as they apply at a unit (none: the installation's calendar alone). */
export async function listHolidays(db: Executor, year: number, unitPath?: string) {
  const { rows } = await allHolidays(db);
  return daysFor(rows, unitPath).filter((d) => d.date.startsWith(`${year}-`));
}

/** A calendar's own days of a year: the installation's (unitId null) or one province's. */
export async function ownHolidays(db: Executor, year: number, unitId: number | null) {
  const r = await db.execute<Holiday & Record<string, unknown>>(sql`
    select date::text as date, name, kind from holiday
     where date >= ${`${year}-01-01`}::date and date <= ${`${year}-12-31`}::date
       and unit_id is not distinct from ${unitId} order by date`);
  return r.rows.map(({ date, name, kind }) => ({ date, name, kind }));
}

/** Replaces one calendar's days of a year; other provinces' and the national stay. */
export async function replaceHolidays(
  db: Executor,
  year: number,
  days: Holiday[],
  unitId: number | null = null,
) {
  await db.execute(sql`
    delete from holiday where date >= ${`${year}-01-01`}::date and date <= ${`${year}-12-31`}::date
       and unit_id is not distinct from ${unitId}`);
  if (days.length > 0) await db.insert(holiday).values(days.map((d) => ({ ...d, unitId })));
  forgetCalendar(db);
}

/**
 * The working-day calendar at a unit (its province's own days over the national ones; no
 * unit: the national calendar alone). Nearly every task and report request needs it:
 * remembered for a second (platform/cache.ts; npm run bench: a quarter of a single-task
 * read on PGlite). A write request of this process drops it once committed.
 */
export async function loadCalendar(db: Executor, unitPath?: string): Promise<WorkCalendar> {
  const { rows, calendars } = await allHolidays(db);
  const key = unitPath ?? '';
  let calendar = calendars.get(key);
  if (!calendar) calendars.set(key, (calendar = buildCalendar(daysFor(rows, unitPath))));
  return calendar;
}

/** After a holiday write outside a request (bootstrap, tests): the next read sees it. */
export function forgetCalendar(db: Executor) {
  forgetRemembered(db);
}
