import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { expectApiError } from '../../test/helpers.ts';
import { DEMO_PASSWORD } from '../../seed/demo.ts';
import { advanceClock, setClock } from '../../platform/clock.ts';
import { TEST_NOW } from '../../test/test-clock.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());
afterEach(async () => {
  setClock(TEST_NOW);
  // Each test starts with no history: limits of one must not leak into the next.
  await ctx.database.pool.query('delete from login_attempt');
});

const MINUTE = 60_000;

/** A login as the node server would see it from `address` (the socket's peer). */
async function loginFrom(
  address: string,
  username: string,
  password: string,
  options: { app?: TestContext['app']; forwardedFor?: string } = {},
) {
  const res = await (options.app ?? ctx.app).request(
    '/api/auth/login',
    {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.forwardedFor ? { 'x-forwarded-for': options.forwardedFor } : {}),
      },
      body: JSON.stringify({ username, password }),
    },
    { incoming: { socket: { remoteAddress: address, remotePort: 40_000 } } },
  );
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const attempts = async (username: string) =>
  (
    await ctx.database.pool.query<{ ip: string; success: boolean }>(
      'select ip, success from login_attempt where username = $1 order by id',
      [username],
    )
  ).rows;

describe('login limits', () => {
  it('checks the password at most five times for 40 parallel wrong tries', async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => loginFrom('10.1.0.1', 'xem', `sai-mat-khau-${i}`)),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(35);
    // Only claimed attempts reach argon2: one row each.
    expect(await attempts('xem')).toHaveLength(5);
  });

  it('counts RTT1 and rtt1 as one username and says how long to wait', async () => {
    for (let i = 0; i < 5; i++) {
      const name = i % 2 ? 'XEM' : ' Xem';
      expect((await loginFrom('10.1.0.2', name, `sai-${i}-mat-khau`)).status).toBe(401);
    }
    const res = await loginFrom('10.1.0.2', 'xem', DEMO_PASSWORD);
    const error = expectApiError(res, 429, 'TOO_MANY_ATTEMPTS');
    expect(error.message).toBe('Đăng nhập sai quá nhiều lần. Thử lại sau 15 phút.');
    expect(error.details).toEqual({ retryAfterSeconds: 900 });
  });

  it('does not lock the real user out from another address', async () => {
    for (let i = 0; i < 8; i++) await loginFrom('203.0.113.9', 'xem', `tan-cong-${i}-x`);
    expectApiError(await loginFrom('203.0.113.9', 'xem', DEMO_PASSWORD), 429);
    expect((await loginFrom('10.1.0.3', 'xem', DEMO_PASSWORD)).status).toBe(200);
  });

  it('makes each wait after the limit longer than the last', async () => {
    for (let i = 0; i < 5; i++) await loginFrom('10.1.0.4', 'xem', `sai-${i}-mat-khau`);
    advanceClock(15 * MINUTE + 1000);
    expect((await loginFrom('10.1.0.4', 'xem', 'sai-lan-sau')).status).toBe(401);
    const second = expectApiError(await loginFrom('10.1.0.4', 'xem', DEMO_PASSWORD), 429);
    expect(second.message).toContain('Thử lại sau 30 phút');
    advanceClock(30 * MINUTE + 1000);
    expect((await loginFrom('10.1.0.4', 'xem', 'sai-lan-nua')).status).toBe(401);
    const third = expectApiError(await loginFrom('10.1.0.4', 'xem', DEMO_PASSWORD), 429);
    expect(third.message).toContain('Thử lại sau 1 giờ');
    // A right password after the wait resets the count for this address.
    advanceClock(60 * MINUTE + 1000);
    expect((await loginFrom('10.1.0.4', 'xem', DEMO_PASSWORD)).status).toBe(200);
    expect((await loginFrom('10.1.0.4', 'xem', 'sai-lai-lan-nua')).status).toBe(401);
  });

  it('holds back new addresses, not the usual one, once a username is attacked from many', async () => {
    expect((await loginFrom('10.1.0.5', 'xem', DEMO_PASSWORD)).status).toBe(200);
    for (let i = 0; i < 30; i++) await loginFrom(`198.51.100.${i + 1}`, 'xem', `doan-${i}-mk`);
    const fresh = expectApiError(await loginFrom('198.51.100.200', 'xem', DEMO_PASSWORD), 429);
    expect(fresh.message).toMatch(/Thử lại sau (\d+ phút|1 giờ)\./);
    expect((await loginFrom('10.1.0.5', 'xem', DEMO_PASSWORD)).status).toBe(200);
  });

  it('limits one address trying many usernames', async () => {
    for (let i = 0; i < 30; i++) await loginFrom('10.1.0.6', `khong-co-${i}`, 'sai-mat-khau-1');
    expectApiError(await loginFrom('10.1.0.6', 'xem', DEMO_PASSWORD), 429, 'TOO_MANY_ATTEMPTS');
  });
});

describe('client address behind a proxy', () => {
  it('reads X-Forwarded-For only from a proxy named in TRUST_PROXY', async () => {
    const behindProxy = createApp(
      ctx.database,
      loadConfig({ DATA_DIR: ctx.dataDir, TRUST_PROXY: '10.9.9.9, ::1' }),
    );
    const app = { app: behindProxy };
    await loginFrom('10.9.9.9', 'xem', 'sai-mk-1', { ...app, forwardedFor: '192.0.2.7' });
    // The client may prepend anything; the proxy appends the address it saw.
    await loginFrom('::ffff:10.9.9.9', 'xem', 'sai-mk-2', {
      ...app,
      forwardedFor: '1.1.1.1, 192.0.2.8',
    });
    // Not from the proxy: the header is the client's word and is ignored.
    await loginFrom('192.0.2.50', 'xem', 'sai-mk-3', { ...app, forwardedFor: '192.0.2.9' });
    await loginFrom('10.9.9.9', 'xem', 'sai-mk-4', { forwardedFor: '192.0.2.10' });
    expect((await attempts('xem')).map((a) => a.ip)).toEqual([
      '192.0.2.7',
      '192.0.2.8',
      '192.0.2.50',
      '10.9.9.9',
    ]);
  });
});

describe('new passwords', () => {
  it.each([
    ['Password12', 'quá dễ đoán'],
    ['aaaaaaaaa1', 'Ký tự lặp lại'],
    ['Matkhau@2026', 'danh sách mật khẩu phổ biến'],
    ['123456a@', 'ít nhất 10 ký tự'],
    ['Anh-Yeu-Em-123', 'danh sách mật khẩu phổ biến'],
    ['Sonla@2026!', 'tên đơn vị'],
    ['Tuphap-2026-x', 'tên đăng nhập'],
  ])('refuses %j with a Vietnamese reason', async (newPassword, reason) => {
    const client = await ctx.as('tuphap');
    const res = await client.post('/api/auth/change-password', {
      currentPassword: DEMO_PASSWORD,
      newPassword,
    });
    expect(expectApiError(res, 400, 'WEAK_PASSWORD').message).toContain(reason);
  });

  it('accepts a long passphrase', async () => {
    const client = await ctx.as('lanhdao');
    const res = await client.post('/api/auth/change-password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'Suoi-Mo-Cao-Nguyen-26',
    });
    expect(res.status).toBe(200);
  });
});
