import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SERVER_NOW_HEADER } from '@papi/contracts';
import { createTestContext, type TestContext } from '../test/harness.ts';
import { TEST_NOW, useTestClock } from '../test/test-clock.ts';
import { advanceClock, dayVn, now, nowMs, setClock, todayVn, yearVn } from './clock.ts';
import { forgetRemembered } from './cache.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());
afterEach(() => useTestClock());

describe('the one clock', () => {
  it('starts every test file on the test instant, not the wall clock', () => {
    expect(nowMs() - Date.parse(TEST_NOW)).toBeGreaterThanOrEqual(0);
    // The file has been running a few seconds at most, however far the real date is.
    expect(nowMs() - Date.parse(TEST_NOW)).toBeLessThan(120_000);
  });

  it('ticks on from the instant it was set to, and jumps when told', async () => {
    setClock('2027-03-10T08:00:00+07:00');
    const first = nowMs();
    await new Promise((r) => setTimeout(r, 20));
    expect(nowMs()).toBeGreaterThan(first);
    advanceClock(2 * 86_400_000);
    expect(todayVn()).toBe('2027-03-12');
  });

  it('counts the day on the Vietnamese calendar at both ends of the year', () => {
    setClock('2026-12-31T23:30:00+07:00'); // 16:30 UTC, same day
    expect(todayVn()).toBe('2026-12-31');
    expect(yearVn()).toBe(2026);
    setClock('2027-01-01T00:30:00+07:00'); // still 31/12 in UTC
    expect(todayVn()).toBe('2027-01-01');
    expect(yearVn()).toBe(2027);
    expect(dayVn('2026-12-31T17:30:00Z')).toBe('2027-01-01');
    setClock('2028-02-29T12:00:00+07:00');
    expect(todayVn()).toBe('2028-02-29');
  });

  it('refuses an instant that is not a date', () => {
    expect(() => setClock('ngày mai')).toThrow(/không hợp lệ/);
  });

  it('starts a server process on PAPI_NOW', async () => {
    vi.stubEnv('PAPI_NOW', '2030-05-04T10:00:00+07:00');
    vi.resetModules();
    const fresh = await import('./clock.ts');
    expect(fresh.todayVn()).toBe('2030-05-04');
    vi.unstubAllEnvs();
  });
});

describe('everything that stamps time follows it', () => {
  it('states the server time on every API response, for the web app', async () => {
    setClock('2029-07-01T09:00:00+07:00');
    const res = await ctx.app.request('/api/health');
    const stated = Date.parse(res.headers.get(SERVER_NOW_HEADER) ?? '');
    expect(Math.abs(stated - Date.parse('2029-07-01T02:00:00Z'))).toBeLessThan(5_000);
  });

  it('stamps rows and audit entries with the clock, not the database server time', async () => {
    setClock('2031-01-02T09:00:00+07:00');
    const noivu = await ctx.as('noivu'); // a session from 2026 would have expired by then
    const sonla = await ctx.unitId('post2025', 'province', '14');
    const res = await noivu.post<{ id: number }>('/api/agencies', {
      unitId: sonla,
      name: 'Trung tâm kiểm thử đồng hồ',
      kind: 'ban_nganh',
    });
    expect(res.status).toBe(201);
    const row = await ctx.database.pool.query(
      `select a.created_at, (select max(at) from audit_log l where l.entity_id = a.id::text
                               and l.entity = 'agency') as audited
         from agency a where a.id = $1`,
      [res.body.id],
    );
    expect(dayVn(row.rows[0].created_at)).toBe('2031-01-02');
    expect(dayVn(row.rows[0].audited)).toBe('2031-01-02');
  });

  it('ends an idle session by the clock', async () => {
    const xa = await ctx.as('xa');
    expect((await xa.get('/api/auth/me')).status).toBe(200);
    advanceClock(9 * 60 * 60 * 1000); // past the 8-hour idle limit
    forgetRemembered(ctx.database.db);
    expect((await xa.get('/api/auth/me')).status).toBe(401);
  });

  it('gives now() as a Date of the same instant', () => {
    setClock('2026-06-15T00:00:00Z');
    expect(Math.abs(now().getTime() - Date.parse('2026-06-15T00:00:00Z'))).toBeLessThan(1_000);
  });
});
