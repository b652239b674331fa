import { expect } from 'vitest';
import type { Role } from '@papi/domain';
import type { Outcome, Relation, Target, World } from './world.ts';
import type { RouteSpec } from './design.ts';
import { countRows, type Paged } from '../helpers.ts';
import { base64 } from '../index-files.ts';
import { draftWrite, get, inScope, planAt, read, refusal, sharedPlan, write } from './plans.ts';

/**
 * Cascade, copy, appendix and plan-type routes. Obligations belong to the obliged unit
 * (start: its drafters) and to the parent plan's unit (remind: its admins, coordinators,
 * leaders); the probes make the obliged unit and the parent's unit the same target.
 */
const reminder = (role: Role, r: Relation): Outcome =>
  !inScope(r)
    ? 'hidden'
    : role === 'admin' || role === 'coordinator' || role === 'leader'
      ? 'allowed'
      : 'forbidden';
const configurer = (role: Role): Outcome =>
  role === 'admin' || role === 'coordinator' ? 'allowed' : 'forbidden';

let serial = 0;
/** An issued plan of the target obliging the target itself (rows are written directly). */
async function obligationAt(w: World, t: Target) {
  const p = await planAt(w, t, 'issued');
  const r = await w.ctx.database.pool.query<{ id: number }>(
    `insert into plan_obligation (parent_plan_id, obligation_id, unit_id, due)
     values ($1, $2, $3, '2030-01-01') returning id`,
    [p.id, `mx${++serial}`, t.unitId],
  );
  return r.rows[0]!.id;
}

const obligationRow = async (w: World, id: number) =>
  (
    await w.ctx.database.pool.query(
      `select child_plan_id, last_reminded_at from plan_obligation where id = $1`,
      [id],
    )
  ).rows[0];

/** A one-task appendix naming the target's agency, the way the test world names it. */
const appendixFile = (t: Target) => ({
  filename: 'phu-luc.csv',
  contentBase64: base64(
    `STT,Nội dung,Lĩnh vực,Cơ quan chủ trì,Thời gian hoàn thành,Kết quả/sản phẩm\n1.1,Đối thoại,D1,Cơ quan mẫu ${t.auditToken},30/6/2023,Báo cáo\n`,
  ),
});

async function planTypesVersion(w: World) {
  const res = await w.national.get<{ version: number }>('/api/plan-types');
  return res.body.version;
}

export const PLAN_CASCADE_MATRIX: Record<string, RouteSpec> = {
  'GET /api/plan-obligations': {
    kind: 'scoped',
    expected: read,
    probe: async (w, a, t) => {
      const id = await obligationAt(w, t);
      const res = await a.client.get<Paged<{ id: number }>>(
        `/api/plan-obligations?unitId=${t.unitId}&pageSize=200`,
      );
      expect(res.status).toBe(200);
      if (res.body.items.some((o) => o.id === id)) return 'allowed';
      expect(res.body.items).toEqual([]);
      return 'hidden';
    },
  },
  'POST /api/plan-obligations/:id/start': {
    kind: 'scoped',
    expected: draftWrite,
    probe: async (w, a, t) => {
      const id = await obligationAt(w, t);
      return write(
        w,
        async () => [await obligationRow(w, id), await countRows(w.ctx, 'plan')],
        () => a.client.post(`/api/plan-obligations/${id}/start`),
        201,
        (body) => expect(body).toMatchObject({ status: 'draft', unit: { id: t.unitId } }),
      );
    },
  },
  'POST /api/plan-obligations/:id/remind': {
    kind: 'scoped',
    expected: reminder,
    probe: async (w, a, t) => {
      const id = await obligationAt(w, t);
      return write(
        w,
        async () => [await obligationRow(w, id), await countRows(w.ctx, 'domain_event')],
        () => a.client.post(`/api/plan-obligations/${id}/remind`),
        200,
        (body) => expect(body.lastRemindedAt).not.toBeNull(),
      );
    },
  },
  'GET /api/plans/:id/compliance': {
    kind: 'scoped',
    expected: read,
    probe: async (w, a, t) => get(a.client, `/api/plans/${(await sharedPlan(w, t)).id}/compliance`),
  },
  'GET /api/plans/:id/trace': {
    kind: 'scoped',
    expected: read,
    probe: async (w, a, t) => get(a.client, `/api/plans/${(await sharedPlan(w, t)).id}/trace`),
  },
  'POST /api/plans/:id/copy': {
    kind: 'scoped',
    expected: draftWrite,
    probe: async (w, a, t) => {
      const p = await sharedPlan(w, t);
      return write(
        w,
        () => countRows(w.ctx, 'plan where unit_id = $1', [t.unitId]),
        () => a.client.post(`/api/plans/${p.id}/copy`, { year: 2024 }),
        201,
        (body) => expect(body).toMatchObject({ year: 2024, status: 'draft' }),
      );
    },
  },
  'GET /api/plans/:id/appendix': {
    kind: 'scoped',
    expected: read,
    probe: async (w, a, t) => get(a.client, `/api/plans/${(await sharedPlan(w, t)).id}/appendix`),
  },
  'POST /api/plans/:id/appendix/import/preview': {
    kind: 'scoped',
    expected: draftWrite,
    probe: async (w, a, t) => {
      const p = await sharedPlan(w, t);
      const res = await a.client.post<{ errors: number; unknownAgencies: unknown[] }>(
        `/api/plans/${p.id}/appendix/import/preview`,
        appendixFile(t),
      );
      if (res.status !== 200) return refusal(res);
      expect(res.body).toMatchObject({ errors: 0, unknownAgencies: [] });
      return 'allowed';
    },
  },
  'POST /api/plans/:id/appendix/import': {
    kind: 'scoped',
    expected: draftWrite,
    probe: async (w, a, t) => {
      const p = await planAt(w, t, 'draft');
      const mapping = { number: 'A', content: 'B', dimension: 'C', lead: 'D', deadline: 'E' };
      return write(
        w,
        async () => [
          await countRows(w.ctx, 'plan_task where plan_id = $1', [p.id]),
          await countRows(w.ctx, 'plan where id = $1 and version = $2', [p.id, p.version]),
        ],
        () =>
          a.client.post(`/api/plans/${p.id}/appendix/import`, {
            ...appendixFile(t),
            mapping,
            mode: 'replace',
            version: p.version,
          }),
        201,
        (body) => expect(body.imported).toBe(1),
      );
    },
  },
  'GET /api/plan-types': {
    kind: 'scoped',
    expected: () => 'allowed',
    probe: (_w, a) => get(a.client, '/api/plan-types'),
  },
  'PUT /api/plan-types': {
    kind: 'scoped',
    expected: configurer,
    probe: async (w, a) => {
      const version = await planTypesVersion(w);
      return write(
        w,
        () => planTypesVersion(w),
        () => a.client.request('PUT', '/api/plan-types', { version, overrides: {} }),
        200,
        (body) => expect(body.version).toBe(version + 1),
      );
    },
  },
};
