import { expect } from 'vitest';
import type { Role } from '@papi/domain';
import { DEMO_IN_USE_SINCE, DEMO_PASSWORD } from '../../seed/demo.ts';
import type { TestClient, TestResponse } from '../harness.ts';
import { countRows, expectApiError, snapshotRow, type Paged } from '../helpers.ts';
import type { Actor, ActorDef, Outcome, Relation, Target, World } from './world.ts';
import { INDEX_MATRIX } from './indices.ts';
import { PLAN_MATRIX } from './plans.ts';
import { CONSOLIDATED_MATRIX, NOTIFICATION_MATRIX } from './notifications.ts';
import { EXECUTION_MATRIX } from './execution.ts';
import { REPORT_MATRIX } from './reports.ts';
import { PLAN_CASCADE_MATRIX } from './plans-cascade.ts';
import { PLAN_SOLUTION_MATRIX } from './plan-solutions.ts';
import { BACKUP_MATRIX } from './backups.ts';
import { DELEGATION_MATRIX } from './delegations.ts';
import { SURVEY_MATRIX } from './surveys.ts';
import { SURVEY_PUBLIC_MATRIX } from './surveys-public.ts';
import { SURVEY_IMPORT_MATRIX } from './surveys-import.ts';
import { SURVEY_RESULT_MATRIX } from './surveys-results.ts';
import { TRANSPARENCY_MATRIX } from './transparency.ts';
import { EMULATION_MATRIX } from './emulation.ts';
import { PROGRAMME_MATRIX } from './programmes.ts';
import { FEEDBACK_MATRIX } from './feedback.ts';

/**
 * The authorization design, written out by hand (not derived from POLICIES, so the test
 * checks the table rather than repeating it). Each route has the expected outcome per
 * role and relation, and a probe that performs the request and reports what happened.
 */
export type RouteSpec =
  | { kind: 'public'; probe: (w: World, actor: Actor | null) => Promise<Outcome> }
  | { kind: 'self'; probe: (w: World, actor: Actor) => Promise<Outcome> }
  | {
      kind: 'scoped';
      /** `actor`: for rules that follow the agency (a sở officer vs the unit's own staff). */
      expected: (role: Role, relation: Relation, actor: ActorDef) => Outcome;
      probe: (w: World, actor: Actor, target: Target) => Promise<Outcome>;
    };

const inScope = (r: Relation) => r === 'own' || r === 'below';
const manages = (role: Role) => role === 'admin' || role === 'coordinator';
const readsUsers = (role: Role) => manages(role) || role === 'leader';

const read = (_role: Role, r: Relation): Outcome => (inScope(r) ? 'allowed' : 'hidden');
const agencyWrite = (role: Role, r: Relation): Outcome =>
  !inScope(r) ? 'hidden' : manages(role) ? 'allowed' : 'forbidden';
const userList = (role: Role, r: Relation): Outcome =>
  readsUsers(role) && inScope(r) ? 'allowed' : 'hidden';
/** Roles that may assign no role at all are refused before the unit is looked at. */
const userCreate = (role: Role, r: Relation): Outcome =>
  !manages(role) ? 'forbidden' : inScope(r) ? 'allowed' : 'hidden';
const userWrite = (role: Role, r: Relation): Outcome =>
  !(readsUsers(role) && inScope(r)) ? 'hidden' : manages(role) ? 'allowed' : 'forbidden';
const auditRead = (role: Role, r: Relation): Outcome =>
  role !== 'admin' ? 'forbidden' : inScope(r) ? 'allowed' : 'hidden';

/** 404 and 403 must say nothing about the record: no details, just code and message. */
function refusal(res: TestResponse<unknown>): Outcome {
  if (res.status === 404) {
    expect(expectApiError(res, 404, 'NOT_FOUND').details).toBeUndefined();
    return 'hidden';
  }
  expect(expectApiError(res, 403, 'FORBIDDEN').details).toBeUndefined();
  return 'forbidden';
}

const auditCount = (w: World) => countRows(w.ctx, 'audit_log');

/** Runs a write; when refused, proves the row (or row count) and the audit log are unchanged. */
async function write(
  w: World,
  state: () => Promise<unknown>,
  send: () => Promise<TestResponse<Record<string, unknown>>>,
  whenAllowed: (res: TestResponse<Record<string, unknown>>) => Promise<void>,
): Promise<Outcome> {
  const [before, audits] = [await state(), await auditCount(w)];
  const res = await send();
  if (res.status === 200 || res.status === 201) {
    await whenAllowed(res);
    expect(await auditCount(w)).toBe(audits + 1);
    return 'allowed';
  }
  const outcome = refusal(res);
  expect(await state()).toEqual(before);
  expect(await auditCount(w)).toBe(audits);
  return outcome;
}

const versionOf = async (w: World, table: 'agency' | 'app_user', id: number) =>
  (
    await w.ctx.database.pool.query<{ version: number }>(
      `select version from ${table} where id = $1`,
      [id],
    )
  ).rows[0]!.version;

async function ids(client: TestClient, path: string) {
  const res = await client.get<Paged<{ id: number }>>(path);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items.map((i) => i.id);
}

export const MATRIX: Record<string, RouteSpec> = {
  ...INDEX_MATRIX,
  ...PLAN_MATRIX,
  ...NOTIFICATION_MATRIX,
  ...CONSOLIDATED_MATRIX,
  ...EXECUTION_MATRIX,
  ...REPORT_MATRIX,
  ...PLAN_CASCADE_MATRIX,
  ...PLAN_SOLUTION_MATRIX,
  ...BACKUP_MATRIX,
  ...DELEGATION_MATRIX,
  ...SURVEY_MATRIX,
  ...SURVEY_PUBLIC_MATRIX,
  ...SURVEY_IMPORT_MATRIX,
  ...SURVEY_RESULT_MATRIX,
  ...TRANSPARENCY_MATRIX,
  ...EMULATION_MATRIX,
  ...PROGRAMME_MATRIX,
  ...FEEDBACK_MATRIX,
  'GET /api/health': {
    kind: 'public',
    probe: async (w, a) => {
      const res = await (a?.client ?? w.ctx.client()).get('/api/health');
      return res.status === 200 ? 'allowed' : refusal(res);
    },
  },
  'GET /api/settings/in-use-since': {
    kind: 'self',
    probe: async (_w, a) => {
      const res = await a.client.get('/api/settings/in-use-since');
      return res.status === 200 ? 'allowed' : refusal(res);
    },
  },
  // One date for the installation: only its top unit's admins (the demo admin, at Sơn La).
  'PUT /api/settings/in-use-since': {
    kind: 'scoped',
    expected: (role) => (role === 'admin' ? 'allowed' : 'forbidden'),
    probe: async (w, a) => {
      const before = await auditCount(w);
      const res = await a.client.request('PUT', '/api/settings/in-use-since', {
        date: DEMO_IN_USE_SINCE,
      });
      if (res.status === 200) {
        expect(await auditCount(w)).toBe(before + 1);
        return 'allowed';
      }
      expect(await auditCount(w)).toBe(before);
      return refusal(res);
    },
  },
  'GET /api/installation': {
    kind: 'public',
    probe: async (w, a) => {
      const res = await (a?.client ?? w.ctx.client()).get('/api/installation');
      return res.status === 200 ? 'allowed' : refusal(res);
    },
  },
  'POST /api/auth/login': {
    kind: 'public',
    probe: async (w, a) => {
      const res = await w.ctx.client().login(a?.username ?? 'xem');
      return res.status === 200 ? 'allowed' : refusal(res);
    },
  },
  'POST /api/auth/logout': {
    kind: 'self',
    probe: async (w, a) => {
      const own = await w.ctx.as(a.username);
      if ((await own.post('/api/auth/logout')).status !== 200) return 'forbidden';
      expect((await own.get('/api/auth/me')).status).toBe(401);
      expect((await a.client.get('/api/auth/me')).status).toBe(200); // other sessions stay
      return 'allowed';
    },
  },
  'GET /api/auth/me': {
    kind: 'self',
    probe: async (_w, a) => {
      const res = await a.client.get<{ id: number }>('/api/auth/me');
      expect(res.body.id).toBe(a.userId);
      return res.status === 200 ? 'allowed' : refusal(res);
    },
  },
  'POST /api/auth/change-password': {
    kind: 'self',
    // Reaching the password check (WRONG_PASSWORD) shows the route is open to the role;
    // the request names no other user, so it can only ever act on the caller.
    probe: async (w, a) => {
      const before = await snapshotRow(w.ctx, 'app_user', a.userId);
      const res = await a.client.post('/api/auth/change-password', {
        currentPassword: `${DEMO_PASSWORD}-sai`,
        newPassword: 'Mat-khau-moi-2026',
      });
      if (res.status === 403) return refusal(res);
      expectApiError(res, 400, 'WRONG_PASSWORD');
      expect(await snapshotRow(w.ctx, 'app_user', a.userId)).toEqual(before);
      return 'allowed';
    },
  },
  'GET /api/units': {
    kind: 'scoped',
    expected: read,
    probe: async (_w, a, t) => {
      const found = await ids(a.client, `/api/units?q=${encodeURIComponent(t.name)}&limit=500`);
      const children = await a.client.get(`/api/units?parentId=${t.unitId}`);
      const outcome = children.status === 200 ? 'allowed' : refusal(children);
      expect(found.includes(t.unitId)).toBe(outcome === 'allowed');
      return outcome;
    },
  },
  'GET /api/units/:id': {
    kind: 'scoped',
    expected: read,
    probe: async (_w, a, t) => {
      const res = await a.client.get<{ id: number }>(`/api/units/${t.unitId}`);
      if (res.status !== 200) return refusal(res);
      expect(res.body.id).toBe(t.unitId);
      return 'allowed';
    },
  },
  'GET /api/agencies': {
    kind: 'scoped',
    expected: read,
    probe: async (_w, a, t) => {
      const list = await ids(
        a.client,
        `/api/agencies?unitId=${t.unitId}&includeInactive=true&pageSize=500`,
      );
      if (list.includes(t.agencyId)) return 'allowed';
      expect(list).toEqual([]);
      return 'hidden';
    },
  },
  'POST /api/agencies': {
    kind: 'scoped',
    expected: agencyWrite,
    probe: (w, a, t) =>
      write(
        w,
        () => countRows(w.ctx, 'agency where unit_id = $1', [t.unitId]),
        () =>
          a.client.post('/api/agencies', {
            unitId: t.unitId,
            name: `Thử ${a.username}`,
            kind: 'khac',
          }),
        async (res) => expect(res.body.unitId).toBe(t.unitId),
      ),
  },
  'PATCH /api/agencies/:id': {
    kind: 'scoped',
    expected: agencyWrite,
    probe: async (w, a, t) => {
      const version = await versionOf(w, 'agency', t.agencyId);
      return write(
        w,
        () => snapshotRow(w.ctx, 'agency', t.agencyId),
        () => a.client.patch(`/api/agencies/${t.agencyId}`, { version, shortName: a.username }),
        async (res) =>
          expect(res.body).toMatchObject({ shortName: a.username, version: version + 1 }),
      );
    },
  },
  'GET /api/users': {
    kind: 'scoped',
    expected: userList,
    probe: async (_w, a, t) => {
      const list = await ids(a.client, `/api/users?unitId=${t.unitId}&pageSize=200`);
      if (list.includes(t.userId)) return 'allowed';
      expect(list.filter((id) => id !== a.userId)).toEqual([]);
      return 'hidden';
    },
  },
  'POST /api/users': {
    kind: 'scoped',
    expected: userCreate,
    probe: (w, a, t) => {
      const username = `mx-${a.username}-${t.key}`;
      return write(
        w,
        () => countRows(w.ctx, 'app_user where username = $1', [username]),
        () =>
          a.client.post('/api/users', {
            username,
            fullName: 'Người thử',
            role: 'viewer',
            unitId: t.unitId,
          }),
        async (res) => expect(res.body).toMatchObject({ user: { username, unitId: t.unitId } }),
      );
    },
  },
  'PATCH /api/users/:id': {
    kind: 'scoped',
    expected: userWrite,
    probe: async (w, a, t) => {
      const version = await versionOf(w, 'app_user', t.userId);
      return write(
        w,
        () => snapshotRow(w.ctx, 'app_user', t.userId),
        () =>
          a.client.patch(`/api/users/${t.userId}`, { version, fullName: `Sửa bởi ${a.username}` }),
        async (res) => expect(res.body).toMatchObject({ fullName: `Sửa bởi ${a.username}` }),
      );
    },
  },
  'POST /api/users/:id/reset-password': {
    kind: 'scoped',
    expected: userWrite,
    probe: (w, a, t) =>
      write(
        w,
        () => snapshotRow(w.ctx, 'app_user', t.userId),
        () => a.client.post(`/api/users/${t.userId}/reset-password`),
        async (res) => expect(typeof res.body.temporaryPassword).toBe('string'),
      ),
  },
  'GET /api/audit': {
    kind: 'scoped',
    expected: auditRead,
    probe: async (_w, a, t) => {
      const res = await a.client.get<Paged<{ entity: string; entityId: string }>>(
        `/api/audit?q=${t.auditToken}&pageSize=200`,
      );
      if (res.status !== 200) return refusal(res);
      const created = res.body.items.some(
        (e) => e.entity === 'agency' && e.entityId === String(t.agencyId),
      );
      if (!created) expect(res.body).toEqual({ items: [], total: 0 });
      return created ? 'allowed' : 'hidden';
    },
  },
};
