import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestContext, type TestClient, type TestContext } from '../test/harness.ts';
import { expectApiError } from '../test/helpers.ts';
import { forgetRemembered, remembered } from './cache.ts';

let ctx: TestContext;
let admin: TestClient;
beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.as('admin');
});
afterAll(() => ctx.close());

const userRow = async (username: string) =>
  (
    await ctx.database.pool.query<{ id: number; version: number }>(
      'select id, version from app_user where username = $1',
      [username],
    )
  ).rows[0]!;

describe('remembered lookups', () => {
  it('shares a load in flight, keeps it for the TTL, and forgets on demand', async () => {
    const db = ctx.database.db;
    let loads = 0;
    const load = async () => ++loads;
    const [a, b] = await Promise.all([
      remembered(db, 'test', 'k', load, 50),
      remembered(db, 'test', 'k', load, 50),
    ]);
    expect([a, b, loads]).toEqual([1, 1, 1]);
    expect(await remembered(db, 'test', 'k', load, 50)).toBe(1);
    await new Promise((r) => setTimeout(r, 60));
    expect(await remembered(db, 'test', 'k', load, 50)).toBe(2);
    forgetRemembered(db);
    expect(await remembered(db, 'test', 'k', load, 50)).toBe(3);
  });

  it('does not keep a failed load', async () => {
    const db = ctx.database.db;
    let calls = 0;
    const failing = () => {
      calls += 1;
      return calls === 1 ? Promise.reject(new Error('down')) : Promise.resolve('ok');
    };
    await expect(remembered(db, 'test', 'fail', failing)).rejects.toThrow('down');
    expect(await remembered(db, 'test', 'fail', failing)).toBe('ok');
  });

  it('is not used inside a transaction (it must see its own writes)', async () => {
    const db = ctx.database.db;
    await remembered(db, 'test', 'tx', async () => 'outside');
    const inside = await db.transaction((tx) => remembered(tx, 'test', 'tx', async () => 'inside'));
    expect(inside).toBe('inside');
    await db.execute(sql`select 1`);
  });
});

describe('remembered sessions', () => {
  it('a role change by the admin applies to the very next request', async () => {
    // A leader lists the users of the unit; a viewer sees only themself (the session's role).
    const lanhdao = await ctx.as('lanhdao');
    const listed = async () => (await lanhdao.get<{ total: number }>('/api/users')).body.total;
    expect(await listed()).toBeGreaterThan(1);
    const { id, version } = await userRow('lanhdao');
    expect((await admin.patch(`/api/users/${id}`, { version, role: 'viewer' })).status).toBe(200);
    expect(await listed()).toBe(1);
    await admin.patch(`/api/users/${id}`, { version: version + 1, role: 'leader' });
  });

  it('a deactivated account is refused at once, though its session was just used', async () => {
    const xem = await ctx.as('xem');
    expect((await xem.get('/api/auth/me')).status).toBe(200);
    const { id, version } = await userRow('xem');
    expect((await admin.patch(`/api/users/${id}`, { version, active: false })).status).toBe(200);
    expectApiError(await xem.get('/api/auth/me'), 401, 'UNAUTHENTICATED');
    await admin.patch(`/api/users/${id}`, { version: version + 1, active: true });
  });

  it('a logout in another server process is seen here within a second', async () => {
    const tuphap = await ctx.as('tuphap');
    expect((await tuphap.get('/api/auth/me')).status).toBe(200);
    // Another process's logout: the row goes without this process writing anything.
    await ctx.queryElsewhere(
      `delete from user_session where user_id = (select id from app_user where username = 'tuphap')`,
    );
    await new Promise((r) => setTimeout(r, 1100));
    expectApiError(await tuphap.get('/api/auth/me'), 401, 'UNAUTHENTICATED');
  });
});
