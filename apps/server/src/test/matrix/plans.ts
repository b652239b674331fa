import { expect } from 'vitest';
import type { Role } from '@papi/domain';
import type { ActorDef, Outcome, Relation, Target, UnitKey, World } from './world.ts';
import type { RouteSpec } from './design.ts';
import type { TestClient, TestResponse } from '../harness.ts';
import { countRows, expectApiError, type Paged } from '../helpers.ts';
import { samplePlan, sampleTasks } from '../../modules/plans/plans.samples.ts';
import { renderPlanDocx } from '../../platform/documents/plan-docx.ts';
import { MOC_CHAU_2022 } from '../../platform/documents/plan-docx.fixture.ts';

/** A plan's .docx as this system prints it, in base64, made once. */
let word: Promise<string> | null = null;
const wordSample = () =>
  (word ??= renderPlanDocx(MOC_CHAU_2022).then((b) => Buffer.from(b).toString('base64')));

/**
 * Plans: read in scope; drafted (created, edited, tasks saved) by admins and coordinators in
 * scope and by their own unit's People's Committee officers — never by a sở's officer
 * (`tuphap`), who acts for their agency only. The workflow is the issuing unit's own: its
 * coordinators and People's Committee officers submit and withdraw, its leader returns and
 * issues, coordinator or leader closes, and any of its drafting roles or leader amends.
 * In scope but not allowed: 403.
 */
export const inScope = (r: Relation) => r === 'own' || r === 'below';
export const read = (_role: Role, r: Relation): Outcome => (inScope(r) ? 'allowed' : 'hidden');
/** An officer drafts only for their own unit, and only when they speak for it. */
const drafts = (role: Role, r: Relation, a: ActorDef) =>
  role === 'admin' || role === 'coordinator' || (role === 'officer' && r === 'own' && a.forUnit);
export const draftWrite = (role: Role, r: Relation, a: ActorDef): Outcome =>
  !inScope(r) ? 'hidden' : drafts(role, r, a) ? 'allowed' : 'forbidden';
const workflow =
  (...roles: Role[]) =>
  (role: Role, r: Relation, a: ActorDef): Outcome =>
    !inScope(r)
      ? 'hidden'
      : r === 'own' && roles.includes(role) && (role !== 'officer' || a.forUnit)
        ? 'allowed'
        : 'forbidden';

type Status = 'draft' | 'submitted' | 'issued';

/** A complete plan of the target unit, made by the national admin, put in a status. */
export async function planAt(w: World, t: Target, status: Status, title?: string) {
  const res = await w.national.post<{ id: number; version: number }>(
    '/api/plans',
    samplePlan(t.unitId, title),
  );
  if (res.status !== 201) throw new Error(`plan setup: ${JSON.stringify(res.body)}`);
  const tasks = sampleTasks({ id: t.agencyId, name: `Cơ quan mẫu ${t.auditToken}` });
  const put = await w.national.request<{ version: number }>(
    'PUT',
    `/api/plans/${res.body.id}/tasks`,
    {
      version: res.body.version,
      tasks,
    },
  );
  if (put.status !== 200) throw new Error(`plan tasks: ${JSON.stringify(put.body)}`);
  if (status !== 'draft') {
    await w.ctx.database.pool.query('update plan set status = $2 where id = $1', [
      res.body.id,
      status,
    ]);
  }
  return { id: res.body.id, version: put.body.version };
}

/** One readable plan per target unit, shared by the read probes. */
const shared = new WeakMap<World, Map<UnitKey, Promise<{ id: number; version: number }>>>();
export function sharedPlan(w: World, t: Target) {
  let byUnit = shared.get(w);
  if (!byUnit) shared.set(w, (byUnit = new Map()));
  let p = byUnit.get(t.key);
  if (!p) byUnit.set(t.key, (p = planAt(w, t, 'draft', `Kế hoạch mẫu ${t.auditToken}`)));
  return p;
}

export const planRow = async (w: World, id: number) =>
  (
    await w.ctx.database.pool.query<{ row: unknown }>(
      `select row_to_json(p) as row, (select json_agg(t order by t.id) from plan_task t
          where t.plan_id = p.id) as tasks from plan p where p.id = $1`,
      [id],
    )
  ).rows[0] ?? null;

export function refusal(res: TestResponse<unknown>): Outcome {
  const outcome: Outcome = res.status === 404 ? 'hidden' : 'forbidden';
  const code = outcome === 'hidden' ? 'NOT_FOUND' : 'FORBIDDEN';
  expect(expectApiError(res, res.status, code).details).toBeUndefined();
  return outcome;
}

/** A write; refused, it says nothing and changes neither the rows nor the audit log. */
export async function write(
  w: World,
  state: () => Promise<unknown>,
  send: () => Promise<TestResponse<Record<string, unknown>>>,
  ok: number,
  whenAllowed: (body: Record<string, unknown>) => void = () => {},
): Promise<Outcome> {
  const audits = () => countRows(w.ctx, 'audit_log');
  const [before, count] = [await state(), await audits()];
  const res = await send();
  if (res.status === ok) {
    whenAllowed(res.body);
    expect(await audits()).toBe(count + 1);
    return 'allowed';
  }
  const outcome = refusal(res);
  expect(await state()).toEqual(before);
  expect(await audits()).toBe(count);
  return outcome;
}

export async function get(client: TestClient, path: string): Promise<Outcome> {
  const res = await client.get(path);
  return res.status === 200 ? 'allowed' : refusal(res);
}

const transition = (
  action: string,
  from: Status,
  to: string,
  expected: (role: Role, relation: Relation, actor: ActorDef) => Outcome,
): RouteSpec => ({
  kind: 'scoped',
  expected,
  probe: async (w, a, t) => {
    const p = await planAt(w, t, from);
    return write(
      w,
      () => planRow(w, p.id),
      () =>
        a.client.post(`/api/plans/${p.id}/${action}`, {
          version: p.version,
          // Returning needs a reason (the author reads it on the plan).
          ...(action === 'return' ? { reason: 'Cần bổ sung nội dung.' } : {}),
        }),
      200,
      (body) => expect(body.status).toBe(to),
    );
  },
});

export const PLAN_MATRIX: Record<string, RouteSpec> = {
  'GET /api/plans': {
    kind: 'scoped',
    expected: read,
    probe: async (w, a, t) => {
      const p = await sharedPlan(w, t);
      const res = await a.client.get<Paged<{ id: number }>>(
        `/api/plans?q=${encodeURIComponent(`Kế hoạch mẫu ${t.auditToken}`)}`,
      );
      expect(res.status).toBe(200);
      if (res.body.items.some((i) => i.id === p.id)) return 'allowed';
      expect(res.body.items).toEqual([]);
      return 'hidden';
    },
  },
  'GET /api/plans/:id': {
    kind: 'scoped',
    expected: read,
    probe: async (w, a, t) => get(a.client, `/api/plans/${(await sharedPlan(w, t)).id}`),
  },
  'GET /api/plans/:id/diff': {
    kind: 'scoped',
    expected: read,
    probe: async (w, a, t) => get(a.client, `/api/plans/${(await sharedPlan(w, t)).id}/diff`),
  },
  'GET /api/plans/:id/group-members': {
    kind: 'scoped',
    expected: read,
    probe: async (w, a, t) =>
      get(
        a.client,
        `/api/plans/${(await sharedPlan(w, t)).id}/group-members?label=${encodeURIComponent('UBND các xã, phường')}`,
      ),
  },
  'GET /api/plans/:id/issue-proposal': {
    kind: 'scoped',
    expected: read,
    probe: async (w, a, t) =>
      get(a.client, `/api/plans/${(await sharedPlan(w, t)).id}/issue-proposal`),
  },
  'PUT /api/plans/:id/waivers': {
    kind: 'scoped',
    expected: draftWrite,
    probe: async (w, a, t) => {
      const p = await planAt(w, t, 'draft');
      return write(
        w,
        () => planRow(w, p.id),
        () =>
          a.client.request('PUT', `/api/plans/${p.id}/waivers`, {
            version: p.version,
            waivers: [{ rule: 'lead_is_single_agency', reason: a.username }],
          }),
        200,
        (body) => expect(body.waivers).toHaveLength(1),
      );
    },
  },
  'GET /api/plans/:id/agencies': {
    kind: 'scoped',
    expected: read,
    probe: async (w, a, t) =>
      get(a.client, `/api/plans/${(await sharedPlan(w, t)).id}/agencies?q=so`),
  },
  'GET /api/plans/:id/obligations/all': {
    kind: 'scoped',
    expected: read,
    probe: async (w, a, t) =>
      get(a.client, `/api/plans/${(await sharedPlan(w, t)).id}/obligations/all?level=department`),
  },
  'POST /api/plans/:id/obligations/all': {
    kind: 'scoped',
    expected: draftWrite,
    probe: async (w, a, t) => {
      const p = await planAt(w, t, 'draft');
      const send = () =>
        a.client.post<Record<string, unknown>>(`/api/plans/${p.id}/obligations/all`, {
          version: p.version,
          level: 'commune',
          addressees: 'UBND các xã, phường',
          deadline: { kind: 'relative', days: 30, after: 'issuance' },
        });
      if (t.key === 'mocchau' || t.key === 'othercommune') {
        // A ward has no communes below it: past the rights check, nothing to oblige.
        const res = await send();
        if (res.status !== 400) return refusal(res);
        expectApiError(res, 400, 'NOTHING_TO_OBLIGE');
        return 'allowed';
      }
      return write(
        w,
        () => planRow(w, p.id),
        send,
        200,
        (body) => expect(body.added).toBeGreaterThan(0),
      );
    },
  },
  'GET /api/plans/:id/document': {
    kind: 'scoped',
    expected: read,
    probe: async (w, a, t) => get(a.client, `/api/plans/${(await sharedPlan(w, t)).id}/document`),
  },
  'POST /api/plans': {
    kind: 'scoped',
    expected: draftWrite,
    probe: (w, a, t) =>
      write(
        w,
        () => countRows(w.ctx, 'plan where unit_id = $1', [t.unitId]),
        () => a.client.post('/api/plans', samplePlan(t.unitId, `Dự thảo của ${a.username}`)),
        201,
        (body) => expect(body.unit).toMatchObject({ id: t.unitId }),
      ),
  },
  'POST /api/plans/word/preview': {
    kind: 'scoped',
    expected: draftWrite,
    probe: async (_w, a, t) => {
      const res = await a.client.post<{ title: string }>('/api/plans/word/preview', {
        unitId: t.unitId,
        filename: 'ke-hoach.docx',
        contentBase64: await wordSample(),
      });
      if (res.status !== 200) return refusal(res);
      expect(res.body.title).toBe(MOC_CHAU_2022.subject);
      return 'allowed';
    },
  },
  'PATCH /api/plans/:id': {
    kind: 'scoped',
    expected: draftWrite,
    probe: async (w, a, t) => {
      const p = await planAt(w, t, 'draft');
      return write(
        w,
        () => planRow(w, p.id),
        () => a.client.patch(`/api/plans/${p.id}`, { version: p.version, title: a.username }),
        200,
        (body) => expect(body.title).toBe(a.username),
      );
    },
  },
  'PUT /api/plans/:id/tasks': {
    kind: 'scoped',
    expected: draftWrite,
    probe: async (w, a, t) => {
      const p = await planAt(w, t, 'draft');
      return write(
        w,
        () => planRow(w, p.id),
        () =>
          a.client.request('PUT', `/api/plans/${p.id}/tasks`, { version: p.version, tasks: [] }),
        200,
        (body) => expect(body.tasks).toEqual([]),
      );
    },
  },
  'POST /api/plans/:id/submit': transition(
    'submit',
    'draft',
    'submitted',
    workflow('coordinator', 'officer'),
  ),
  'POST /api/plans/:id/withdraw': transition(
    'withdraw',
    'submitted',
    'draft',
    workflow('coordinator', 'officer'),
  ),
  'POST /api/plans/:id/return': transition('return', 'submitted', 'draft', workflow('leader')),
  'POST /api/plans/:id/issue': transition('issue', 'submitted', 'issued', workflow('leader')),
  'POST /api/plans/:id/close': transition(
    'close',
    'issued',
    'closed',
    workflow('coordinator', 'leader'),
  ),
  'POST /api/plans/:id/amend': {
    kind: 'scoped',
    expected: workflow('coordinator', 'officer', 'leader'),
    probe: async (w, a, t) => {
      const p = await planAt(w, t, 'issued');
      return write(
        w,
        () => countRows(w.ctx, 'plan where amends_plan_id = $1', [p.id]),
        () => a.client.post(`/api/plans/${p.id}/amend`),
        201,
        (body) => expect(body).toMatchObject({ amendsPlanId: p.id, status: 'draft' }),
      );
    },
  },
};
