import { sql } from 'drizzle-orm';
import type { Database } from './db/client.ts';
import { runMigrations } from './db/migrate.ts';
import { importAdminUnits, type UnitImportResult } from './modules/units/units.import.ts';
import { DEMO_PROVINCE_CODE, seedDemo, type DemoAccount } from './seed/demo.ts';
import { seedDemoWork } from './seed/demo-work.ts';
import { importShippedPapi } from './modules/indices/indices.shipped.ts';
import { importShippedHolidays } from './modules/execution/holidays.service.ts';
import { seedDefaultRegimes } from './modules/reports/regimes.seed.ts';
import { seedSolutions } from './modules/plans/plan-solutions.repository.ts';
import { seedShippedInstruments } from './modules/surveys/surveys.seed.ts';
import { ensureInUseSince } from './modules/system/in-use-since.ts';

export interface BootstrapResult {
  unitsImported: UnitImportResult | null;
  demoAccounts: DemoAccount[] | null;
}

/** Migrates, imports the administrative units on first start, and seeds demo data when asked. */
export async function bootstrap(
  database: Database,
  /** demoWork: also issued demo plans with progress (the app does; the test template does not). */
  options: { demo: boolean; demoWork?: boolean },
): Promise<BootstrapResult> {
  await runMigrations(database);
  const { db } = database;
  const count = async (table: string) =>
    (await db.execute<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(table)}`))
      .rows[0]!.n;
  const unitsImported =
    (await count('admin_unit')) === 0 ? await db.transaction((tx) => importAdminUnits(tx)) : null;
  // Official PAPI results ship with the product: loaded once, like the unit catalogue.
  if ((await count('index_framework')) === 0) await db.transaction((tx) => importShippedPapi(tx));
  // The solution library's shipped rows: upserted by seed key on every start (idempotent).
  await db.transaction((tx) => seedSolutions(tx));
  // The shipped survey instruments: added once by code, never overwritten.
  await db.transaction((tx) => seedShippedInstruments(tx));
  const demoAccounts =
    options.demo && (await count('app_user')) === 0
      ? await db.transaction((tx) => seedDemo(tx))
      : null;
  // Holidays of shipped years not yet loaded, the default reporting regimes once, and the
  // day the installation began to be used (the demo sets its own).
  await db.transaction(async (tx) => {
    await ensureInUseSince(tx);
    await importShippedHolidays(tx);
    await seedDefaultRegimes(tx);
  });
  if (demoAccounts && options.demoWork)
    demoAccounts.push(...(await db.transaction((tx) => seedDemoWork(tx, DEMO_PROVINCE_CODE))));
  return { unitsImported, demoAccounts };
}
