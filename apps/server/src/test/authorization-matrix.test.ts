import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROUTES, buildPath } from '@papi/contracts';
import { createTestContext, type TestContext } from './harness.ts';
import { SAMPLE_PARAMS, expectApiError, routeKey, snapshotRow, type Paged } from './helpers.ts';
import { MATRIX } from './matrix/design.ts';
import { unitRightsCases } from './matrix/unit-rights.ts';
import { ACTORS, UNIT_LABELS, buildWorld, scopePathsOf, type World } from './matrix/world.ts';
import { todayVn } from '../platform/clock.ts';

let ctx: TestContext;
let w: World;
beforeAll(async () => {
  ctx = await createTestContext();
  w = await buildWorld(ctx);
});
afterAll(() => ctx.close());

const actor = (username: string) => w.actors.get(username)!;

it('has a matrix entry for every route of ALL_ROUTES, and none for routes that do not exist', () => {
  expect(Object.keys(MATRIX).sort()).toEqual(ALL_ROUTES.map(routeKey).sort());
});

const actorRows = ACTORS.map((a) => [a.username, a.role] as const);

describe.each(ALL_ROUTES.map((route) => [routeKey(route), route] as const))('%s', (key, route) => {
  const spec = MATRIX[key];
  if (!spec) {
    it('has a matrix entry', () => expect.fail(`${key} is missing from MATRIX`));
    return;
  }
  if (route.auth !== false) {
    it('anonymous → 401', async () => {
      const path = buildPath(route.path, SAMPLE_PARAMS);
      const body = route.method === 'get' ? undefined : {};
      const res = await w.ctx.client().request(route.method.toUpperCase(), path, body);
      expectApiError(res, 401, 'UNAUTHENTICATED');
    });
  }
  if (spec.kind === 'public') {
    it('anonymous → allowed', async () => expect(await spec.probe(w, null)).toBe('allowed'));
    it.each(actorRows)('%s (%s) → allowed', async (username) => {
      expect(await spec.probe(w, actor(username))).toBe('allowed');
    });
  } else if (spec.kind === 'self') {
    it.each(actorRows)('%s (%s) · self → allowed', async (username) => {
      expect(await spec.probe(w, actor(username))).toBe('allowed');
    });
  } else {
    const cells = ACTORS.flatMap((a) =>
      a.targets.map(
        ([relation, unit]) =>
          [
            `${a.username} (${a.role}) · ${relation} = ${UNIT_LABELS[unit]}`,
            spec.expected(a.role, relation, a),
            a.username,
            unit,
          ] as const,
      ),
    );
    it.each(cells)('%s → %s', async (_label, expected, username, unit) => {
      expect(await spec.probe(w, actor(username), w.targets[unit])).toBe(expected);
    });
  }
});

describe('rights that follow the unit and the agency', () => unitRightsCases(() => w));

describe('role ceiling and self-service limits', () => {
  const userOf = async (username: string) =>
    (
      await ctx.database.pool.query<{ id: number; version: number }>(
        'select id, version from app_user where username = $1',
        [username],
      )
    ).rows[0]!;
  const refused = async (id: number, send: () => Promise<{ status: number; body: unknown }>) => {
    const before = await snapshotRow(ctx, 'app_user', id);
    expectApiError(await send(), 403, 'FORBIDDEN');
    expect(await snapshotRow(ctx, 'app_user', id)).toEqual(before);
  };

  it('coordinator cannot create an admin', async () => {
    const res = await actor('noivu').client.post('/api/users', {
      username: 'coord-made-admin',
      fullName: 'Không được tạo',
      role: 'admin',
      unitId: w.targets.sonla.unitId,
    });
    expectApiError(res, 403, 'FORBIDDEN');
    expect(await userOf('coord-made-admin')).toBeUndefined();
  });

  it.each([
    ['edit', (v: number) => ({ version: v, fullName: 'Đổi tên quản trị' })],
    ['deactivate', (v: number) => ({ version: v, active: false })],
  ] as const)('coordinator cannot %s an admin', async (_what, body) => {
    const admin = await userOf('admin');
    const c = actor('noivu').client;
    await refused(admin.id, () => c.patch(`/api/users/${admin.id}`, body(admin.version)));
  });

  it("coordinator cannot reset an admin's password", async () => {
    const admin = await userOf('admin');
    const c = actor('noivu').client;
    await refused(admin.id, () => c.post(`/api/users/${admin.id}/reset-password`));
  });

  it('coordinator cannot grant admin, but an admin can', async () => {
    const target = await userOf('mtx-sonla');
    const c = actor('noivu').client;
    await refused(target.id, () =>
      c.patch(`/api/users/${target.id}`, { version: target.version, role: 'admin' }),
    );
    const res = await actor('admin').client.patch(`/api/users/${target.id}`, {
      version: target.version,
      role: 'admin',
    });
    expect(res.body).toMatchObject({ role: 'admin' });
  });

  it.each(['role', 'active'] as const)('admin cannot change their own %s', async (field) => {
    const me = actor('admin');
    const { version } = await userOf('admin');
    const body = field === 'role' ? { version, role: 'viewer' } : { version, active: false };
    await refused(me.userId, () => me.client.patch(`/api/users/${me.userId}`, body));
  });

  it.each(['tuphap', 'xem', 'xa'])(
    '%s sees their own account but cannot edit it',
    async (username) => {
      const me = actor(username);
      const { version } = await userOf(username);
      await refused(me.userId, () =>
        me.client.patch(`/api/users/${me.userId}`, { version, fullName: 'Tự sửa' }),
      );
    },
  );
});

describe('zero leaks: everything an actor can list lies in their scope', () => {
  const outside = (paths: string[], scope: string[]) =>
    paths.filter((p) => !scope.some((s) => p.startsWith(s)));
  const pathsOf = async (sql: string, ids: (number | string)[]) =>
    (await ctx.database.pool.query<{ path: string }>(sql, [ids])).rows.map((r) => r.path);

  it.each(actorRows)('%s (%s)', async (username) => {
    const a = actor(username);
    const scope = await scopePathsOf(ctx, a.userId);

    const agencies = await a.client.get<Paged<{ id: number }>>(
      '/api/agencies?includeInactive=true&pageSize=500',
    );
    const agencyPaths = await pathsOf(
      'select u.path from agency a join admin_unit u on u.id = a.unit_id where a.id = any($1)',
      agencies.body.items.map((i) => i.id),
    );
    expect(outside(agencyPaths, scope)).toEqual([]);
    expect(agencies.body.total).toBeGreaterThan(0);

    const users = await a.client.get<Paged<{ id: number }>>('/api/users?pageSize=200');
    const userIds = users.body.items.map((i) => i.id);
    if (a.role === 'officer' || a.role === 'viewer') expect(userIds).toEqual([a.userId]);
    const userPaths = await pathsOf(
      'select u.path from app_user us join admin_unit u on u.id = us.unit_id where us.id = any($1)',
      userIds,
    );
    expect(outside(userPaths, scope)).toEqual([]);

    for (const asOf of ['2024-01-01', todayVn()]) {
      const units = await a.client.get<{ items: { id: number }[] }>(
        `/api/units?q=xa&asOf=${asOf}&limit=500`,
      );
      const unitPaths = await pathsOf(
        'select path from admin_unit where id = any($1)',
        units.body.items.map((u) => u.id),
      );
      expect(outside(unitPaths, scope)).toEqual([]);
    }

    const audit = await a.client.get<Paged<{ id: number }>>('/api/audit?pageSize=200');
    if (a.role !== 'admin') {
      expectApiError(audit, 403, 'FORBIDDEN');
      return;
    }
    const auditPaths = await pathsOf(
      'select unit_path as path from audit_log where id = any($1)',
      audit.body.items.map((e) => e.id),
    );
    expect(auditPaths.length).toBeGreaterThan(0);
    expect(outside(auditPaths, scope)).toEqual([]);
  });

  it("the Sơn La admin never sees the national admin's work in Lai Châu", async () => {
    const { auditToken, agencyId } = w.targets.laichau;
    const national = await w.national.get<Paged<{ entityId: string }>>(
      `/api/audit?q=${auditToken}`,
    );
    expect(national.body.items.map((e) => e.entityId)).toContain(String(agencyId));
    const mine = await actor('admin').client.get<Paged<{ entityId: string; username: string }>>(
      '/api/audit?entity=agency&pageSize=200',
    );
    const seen = mine.body.items.map((e) => e.entityId);
    expect(seen).not.toContain(String(agencyId));
    expect(seen).toContain(String(w.targets.sonla.agencyId)); // the same admin's work in Sơn La
  });
});
