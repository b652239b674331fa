import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAuditEntry, TUser } from '@papi/contracts';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { countRows, expectApiError, snapshotRow, type Paged } from '../../test/helpers.ts';
import { generateTemporaryPassword } from '../../platform/auth/password-hash.ts';

type Created = { user: TUser; temporaryPassword: string };

let ctx: TestContext;
let admin: TestClient;
let sonla: number;
let mocChau: number;
let mocChauAgency: number;
let sonlaAgency: number;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.as('admin');
  sonla = await ctx.unitId('post2025', 'province', '14');
  const r = await ctx.database.pool.query<{ unit_id: number; agency_id: number }>(
    `select unit_id, agency_id from app_user where username = 'xa'`,
  );
  [mocChau, mocChauAgency] = [r.rows[0]!.unit_id, r.rows[0]!.agency_id];
  const a = await ctx.database.pool.query<{ agency_id: number }>(
    `select agency_id from app_user where username = 'tuphap'`,
  );
  sonlaAgency = a.rows[0]!.agency_id;
});
afterAll(() => ctx.close());

const list = async (query: string) => (await admin.get<Paged<TUser>>(`/api/users?${query}`)).body;
const userRow = async (username: string) =>
  (
    await ctx.database.pool.query<{ id: number; version: number }>(
      'select id, version from app_user where username = $1',
      [username],
    )
  ).rows[0]!;
const create = (body: Record<string, unknown>) =>
  admin.post<Created>('/api/users', {
    fullName: 'Người mới',
    role: 'viewer',
    unitId: sonla,
    ...body,
  });
const auditOf = async (userId: number) =>
  (await admin.get<Paged<TAuditEntry>>('/api/audit?entity=user&pageSize=200')).body.items.filter(
    (e) => e.entityId === String(userId),
  );

describe('list', () => {
  it('lists every account of the scope and searches without accents', async () => {
    const all = await list('pageSize=200');
    expect(all.items.map((u) => u.username).sort()).toEqual([
      'admin',
      'lanhdao',
      'lanhdaoxa',
      'noivu',
      'tuphap',
      'xa',
      'xem',
    ]);
    expect(all.items[0]).not.toHaveProperty('passwordHash');
    expect((await list('q=lo%20thi%20mai')).items.map((u) => u.username)).toEqual(['tuphap']);
    expect((await list(`unitId=${mocChau}`)).items).toMatchObject([
      { username: 'lanhdaoxa', agencyId: mocChauAgency },
      { username: 'xa', agencyId: mocChauAgency },
    ]);
  });

  it('pages and keeps the total past the last page', async () => {
    const [one, two] = [await list('pageSize=4&page=1'), await list('pageSize=4&page=2')];
    expect([one.items.length, two.items.length, one.total]).toEqual([4, 3, 7]);
    expect(await list('pageSize=4&page=3')).toEqual({ items: [], total: 7 });
  });
});

describe('create', () => {
  it('returns a temporary password that works once and forces a change', async () => {
    const res = await create({
      username: 'Nguyen.Van.B',
      fullName: 'Nguyễn Văn B',
      email: 'b@sonla.gov.vn',
      role: 'officer',
      unitId: mocChau,
      agencyId: mocChauAgency,
    });
    expect(res.status).toBe(201);
    const { user, temporaryPassword } = res.body;
    expect(user).toMatchObject({
      username: 'nguyen.van.b',
      mustChangePassword: true,
      version: 1,
      active: true,
    });
    const client = ctx.client();
    expect((await client.login('nguyen.van.b', temporaryPassword)).body).toMatchObject({
      mustChangePassword: true,
    });
    expectApiError(await client.get('/api/units'), 403, 'PASSWORD_CHANGE_REQUIRED');
    const changed = await client.post('/api/auth/change-password', {
      currentPassword: temporaryPassword,
      newPassword: 'Chieng-Di-2026',
    });
    expect(changed.body).toMatchObject({ mustChangePassword: false });
    expect((await client.get('/api/units')).status).toBe(200);

    const entries = await auditOf(user.id);
    expect(entries.map((e) => [e.action, e.username])).toEqual([
      ['password', 'nguyen.van.b'],
      ['create', 'admin'],
    ]);
    const entry = entries[1];
    expect(entry).toMatchObject({
      username: 'admin',
      after: { role: 'officer', unitId: mocChau },
    });
    expect(JSON.stringify(entry)).not.toContain(temporaryPassword);
  });

  it('refuses a username already taken, whatever its case', async () => {
    for (const username of ['xem', 'XEM']) {
      const body = expectApiError(await create({ username }), 409, 'CONFLICT');
      expect(body.message).toBe('Tên đăng nhập "xem" đã được dùng.');
    }
  });

  it('refuses an agency of another unit with 400 naming agencyId, and creates nothing', async () => {
    const before = await countRows(ctx, 'app_user');
    for (const agencyId of [mocChauAgency, 2_000_000_000]) {
      const body = expectApiError(
        await create({ username: 'sai.co.quan', agencyId }),
        400,
        'VALIDATION',
      );
      expect(body.details).toMatchObject({ issues: [{ path: 'agencyId' }] });
    }
    const email = expectApiError(
      await create({ username: 'sai.email', email: 'khong-phai-email' }),
      400,
    );
    expect(email.message).toContain('Địa chỉ email không hợp lệ.');
    expect(await countRows(ctx, 'app_user')).toBe(before);
  });

  it('makes temporary passwords without look-alike characters (0 O 1 l I)', () => {
    for (let i = 0; i < 300; i++) expect(generateTemporaryPassword()).toMatch(/^[^0O1lI]{13}$/);
  });
});

describe('update', () => {
  it('updates with the version it read and audits before and after', async () => {
    const { user } = (await create({ username: 'can.bo.c', role: 'viewer' })).body;
    const res = await admin.patch<TUser>(`/api/users/${user.id}`, {
      version: 1,
      fullName: 'Cán bộ C',
      role: 'officer',
      agencyId: sonlaAgency,
    });
    expect(res.body).toMatchObject({
      fullName: 'Cán bộ C',
      role: 'officer',
      agencyId: sonlaAgency,
      version: 2,
    });
    expect((await list('q=can%20bo%20c')).items.map((u) => u.id)).toEqual([user.id]);
    const [latest] = await auditOf(user.id);
    expect(latest).toMatchObject({
      action: 'update',
      before: { fullName: 'Người mới', role: 'viewer', agencyId: null },
      after: { fullName: 'Cán bộ C', role: 'officer', agencyId: sonlaAgency },
    });
  });

  it('deactivation ends the sessions and refuses login until reactivated', async () => {
    const xem = await ctx.as('xem');
    const { id, version } = await userRow('xem');
    expect((await admin.patch(`/api/users/${id}`, { version, active: false })).status).toBe(200);
    expectApiError(await xem.get('/api/auth/me'), 401, 'UNAUTHENTICATED');
    expect(await countRows(ctx, 'user_session where user_id = $1', [id])).toBe(0);
    expectApiError(await ctx.client().login('xem'), 403, 'ACCOUNT_DISABLED');
    await admin.patch(`/api/users/${id}`, { version: version + 1, active: true });
    expect((await ctx.client().login('xem')).status).toBe(200);
  });

  it('does not let an admin deactivate themselves', async () => {
    const { id, version } = await userRow('admin');
    const before = await snapshotRow(ctx, 'app_user', id);
    const body = expectApiError(
      await admin.patch(`/api/users/${id}`, { version, active: false }),
      403,
    );
    expect(body.message).toBe('Bạn không thể tự đổi vai trò hoặc khóa tài khoản của chính mình.');
    expect(await snapshotRow(ctx, 'app_user', id)).toEqual(before);
    expect((await admin.get('/api/auth/me')).status).toBe(200);
  });

  it('refuses a stale version with 409 in Vietnamese and changes nothing', async () => {
    const { id, version } = await userRow('lanhdao');
    await admin.patch(`/api/users/${id}`, { version, email: 'hung@sonla.gov.vn' });
    const before = await snapshotRow(ctx, 'app_user', id);
    const body = expectApiError(
      await admin.patch(`/api/users/${id}`, { version, fullName: 'Ghi đè' }),
      409,
      'CONFLICT',
    );
    expect(body.message).toBe(
      'Tài khoản đã được người khác sửa sau khi bạn mở. Vui lòng tải lại rồi sửa lại.',
    );
    expect(await snapshotRow(ctx, 'app_user', id)).toEqual(before);
  });

  it('answers 404 for an unknown account', async () => {
    expectApiError(await admin.patch('/api/users/2000000000', { version: 1 }), 404, 'NOT_FOUND');
    expectApiError(await admin.post('/api/users/2000000000/reset-password'), 404, 'NOT_FOUND');
  });
});

describe('reset password', () => {
  it('issues a temporary password, ends sessions and refuses the old password', async () => {
    const lanhdao = await ctx.as('lanhdao');
    const { id, version } = await userRow('lanhdao');
    const res = await admin.post<{ temporaryPassword: string }>(`/api/users/${id}/reset-password`);
    expect(res.status).toBe(200);
    expectApiError(await lanhdao.get('/api/auth/me'), 401);
    expectApiError(await ctx.client().login('lanhdao'), 401, 'INVALID_CREDENTIALS');
    const fresh = await ctx.client().login('lanhdao', res.body.temporaryPassword);
    expect(fresh.body).toMatchObject({ mustChangePassword: true });
    expect((await userRow('lanhdao')).version).toBe(version + 1);
    const [entry] = await auditOf(id);
    expect(entry).toMatchObject({ action: 'password', before: null, after: null });
    expect(JSON.stringify(entry)).not.toContain(res.body.temporaryPassword);
  });
});

describe('placement and self-service limits', () => {
  it('refuses accounts in a unit dissolved by the 2025 reorganisation', async () => {
    const quynhNhaiDistrict = await ctx.unitId('pre2025', 'district', '118');
    const res = await create({ username: 'giaithe', unitId: quynhNhaiDistrict, agencyId: null });
    expectApiError(res, 400, 'UNIT_NOT_CURRENT');
    expect(await countRows(ctx, `app_user where username = 'giaithe'`)).toBe(0);
  });

  it('does not let an administrator reset their own password through the admin action', async () => {
    const me = await userRow('admin');
    expectApiError(await admin.post(`/api/users/${me.id}/reset-password`), 403, 'FORBIDDEN');
  });
});

describe('a coordinator and their peers', () => {
  it('cannot reset or change a peer coordinator, only accounts beneath them', async () => {
    const make = async (username: string, unitId: number) =>
      (await create({ username, fullName: 'Đầu mối thử', role: 'coordinator', unitId })).body.user
        .id;
    const peer = await make('dieuphoi2', sonla);
    const ward = await make('dieuphoixa', mocChau);
    const noivu = await ctx.as('noivu');
    const before = await snapshotRow(ctx, 'app_user', peer);
    expectApiError(await noivu.post(`/api/users/${peer}/reset-password`), 403, 'FORBIDDEN');
    const { version } = await userRow('dieuphoi2');
    expectApiError(
      await noivu.patch(`/api/users/${peer}`, { version, fullName: 'Đổi tên' }),
      403,
      'FORBIDDEN',
    );
    expect(await snapshotRow(ctx, 'app_user', peer)).toEqual(before);
    // A ward's coordinator sits below the province's: that reset stays allowed.
    expect((await noivu.post(`/api/users/${ward}/reset-password`)).status).toBe(200);
  });
});
