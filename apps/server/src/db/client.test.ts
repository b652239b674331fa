import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/harness.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('database client', () => {
  it('keeps the event loop free while a slow query runs', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    await ctx.database.pool.query('select pg_sleep(0.5)');
    clearInterval(timer);
    // In-thread PGlite would freeze the loop for the whole query (ticks ≈ 0).
    expect(ticks).toBeGreaterThan(20);
  });

  it('returns DATE columns as ISO strings, not shifted Date objects', async () => {
    const { rows } = await ctx.database.pool.query(`select date '2025-07-01' as d`);
    expect(rows[0].d).toBe('2025-07-01');
  });
});

describe('after a failed query', () => {
  it('serves the next query on a fresh connection', async () => {
    // pg-pool drops a connection that saw an error; PGlite must accept its replacement.
    await expect(ctx.database.pool.query('select 1/0')).rejects.toThrow('division by zero');
    const { rows } = await ctx.database.pool.query('select 2 as x');
    expect(rows[0].x).toBe(2);
  });
});
