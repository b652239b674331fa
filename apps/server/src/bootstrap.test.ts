import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { papiCommuneInstrument, sipasServiceInstrument, type Edition } from '@papi/domain';
import { createTestContext, type TestContext } from './test/harness.ts';
import { countRows } from './test/helpers.ts';
import { bootstrap } from './bootstrap.ts';
import { currentMigration, latestMigrationTag } from './db/migrate.ts';
import { SHIPPED_CODES } from './modules/surveys/surveys.seed.ts';
import { findFramework } from './modules/indices/indices.repository.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => {
  await ctx.close();
});

// A restart skips work that a first start does: these hold the shortcuts to the same result.
describe('a restart on a database already set up', () => {
  it('is at the newest migration, and starting again changes nothing', async () => {
    expect(await currentMigration(ctx.database)).toBe(latestMigrationTag());
    const tables = ['survey_instrument', 'survey_instrument_version', 'plan_solution', 'holiday'];
    const before = await Promise.all(tables.map((t) => countRows(ctx, t)));
    await bootstrap(ctx.database, { demo: true });
    expect(await Promise.all(tables.map((t) => countRows(ctx, t)))).toEqual(before);
    expect(await currentMigration(ctx.database)).toBe(latestMigrationTag());
  });

  it('knows the shipped instruments by the codes their documents carry', async () => {
    const framework = await findFramework(ctx.database.db, 'PAPI');
    const edition = framework!.editions.find((e) => e.code === 'papi-2018') as Edition;
    expect([papiCommuneInstrument(edition).code, sipasServiceInstrument().code]).toEqual([
      ...SHIPPED_CODES,
    ]);
  });
});
