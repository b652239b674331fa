import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { DEMO_PASSWORD } from '../../seed/demo.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('login', () => {
  it('refuses a wrong password with a Vietnamese message', async () => {
    const res = await ctx.client().login('admin', 'sai-mat-khau-1');
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({
      code: 'INVALID_CREDENTIALS',
      message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    });
  });

  it('sets an HttpOnly SameSite=Strict cookie and returns the user with a CSRF token', async () => {
    const res = await ctx.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'noivu', password: DEMO_PASSWORD }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/papi_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const body = (await res.json()) as { role: string; csrfToken: string };
    expect(body.role).toBe('coordinator');
    expect(body.csrfToken.length).toBeGreaterThan(20);
  });

  it("names the user's province: a ward's province, a province itself", async () => {
    const provinceOf = async (username: string) => {
      const res = await ctx.client().login(username, DEMO_PASSWORD);
      return (res.body as unknown as { province: { name: string; level: string } | null }).province;
    };
    expect(await provinceOf('xa')).toMatchObject({ name: 'Sơn La', level: 'province' });
    expect(await provinceOf('noivu')).toMatchObject({ name: 'Sơn La', level: 'province' });
  });

  it('locks a username after five failures, even with the right password', async () => {
    const client = ctx.client();
    for (let i = 0; i < 5; i++)
      expect((await client.login('xem', `wrong-${i}-pass`)).status).toBe(401);
    const res = await client.login('xem');
    expect(res.status).toBe(429);
    expect(res.body).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
  });
});

describe('session and CSRF', () => {
  it('rejects writes without the CSRF token', async () => {
    const client = await ctx.as('admin');
    client.csrfToken = '';
    const res = await client.post('/api/users/1/reset-password');
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'CSRF' });
  });

  it('answers 401 without a session and ends the session at logout', async () => {
    expect((await ctx.client().get('/api/auth/me')).status).toBe(401);
    const client = await ctx.as('lanhdao');
    expect((await client.get('/api/auth/me')).status).toBe(200);
    expect((await client.post('/api/auth/logout')).status).toBe(200);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });
});

describe('forced password change', () => {
  it('blocks everything but the change until the password is changed', async () => {
    await ctx.database.pool.query(
      `update app_user set must_change_password = true where username = 'tuphap'`,
    );
    const client = await ctx.as('tuphap');
    expect((await client.get('/api/auth/me')).body).toMatchObject({ mustChangePassword: true });
    const blocked = await client.get('/api/units');
    expect(blocked.status).toBe(403);
    expect(blocked.body).toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED' });

    const weak = await client.post('/api/auth/change-password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'short',
    });
    expect(weak.status).toBe(400);
    expect(weak.body).toMatchObject({ code: 'WEAK_PASSWORD' });
    expect(String(weak.body.message)).toContain('ít nhất 10 ký tự');

    const wrong = await client.post('/api/auth/change-password', {
      currentPassword: 'not-the-password-1',
      newPassword: 'Moc-Chau-2026',
    });
    expect(wrong.body).toMatchObject({ code: 'WRONG_PASSWORD' });

    const ok = await client.post('/api/auth/change-password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'Moc-Chau-2026',
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ mustChangePassword: false });
    expect((await client.get('/api/units')).status).toBe(200);
    expect((await ctx.client().login('tuphap', 'Moc-Chau-2026')).status).toBe(200);
  });
});
