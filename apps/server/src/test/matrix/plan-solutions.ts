import { expect } from 'vitest';
import type { Role } from '@papi/domain';
import type { Outcome, Relation, Target, World } from './world.ts';
import type { RouteSpec } from './design.ts';
import { countRows, snapshotRow, type Paged } from '../helpers.ts';
import { draftWrite, planAt, planRow, refusal, write } from './plans.ts';

/**
 * The solution library: a unit's solutions are read in its subtree and by the units it
 * sits under (so "above" reads), written by admins and coordinators in scope; above the
 * actor a solution is visible but read-only (403).
 */
const manages = (role: Role) => role === 'admin' || role === 'coordinator';
const solutionRead = (_role: Role, r: Relation): Outcome =>
  r === 'sibling' ? 'hidden' : 'allowed';
const solutionCreate = (role: Role, r: Relation): Outcome =>
  r === 'sibling' || r === 'above' ? 'hidden' : manages(role) ? 'allowed' : 'forbidden';
const solutionWrite = (role: Role, r: Relation): Outcome =>
  r === 'sibling' ? 'hidden' : r === 'above' || !manages(role) ? 'forbidden' : 'allowed';

let serial = 0;
/** A solution of the target unit, written directly, with a token to find it by search. */
async function solutionAt(w: World, t: Target) {
  const token = `gp${t.key}${++serial}`;
  const r = await w.ctx.database.pool.query<{ id: number }>(
    `insert into plan_solution (framework_code, dimension_code, title, content, unit_id, search)
     values ('PAPI', 'D1', $1, 'Nội dung', $2, $3) returning id`,
    [`Giải pháp ${token}`, t.unitId, `d1 giai phap ${token} noi dung`],
  );
  return { id: r.rows[0]!.id, token };
}

const shippedId = async (w: World) =>
  (
    await w.ctx.database.pool.query<{ id: number }>(
      `select id from plan_solution where unit_id is null order by id limit 1`,
    )
  ).rows[0]!.id;

export const PLAN_SOLUTION_MATRIX: Record<string, RouteSpec> = {
  'GET /api/plan-solutions': {
    kind: 'scoped',
    expected: solutionRead,
    probe: async (w, a, t) => {
      const s = await solutionAt(w, t);
      const res = await a.client.get<Paged<{ id: number }>>(`/api/plan-solutions?q=${s.token}`);
      expect(res.status).toBe(200);
      if (res.body.items.some((i) => i.id === s.id)) return 'allowed';
      expect(res.body.items).toEqual([]);
      return 'hidden';
    },
  },
  'GET /api/plan-solutions/:id': {
    kind: 'scoped',
    expected: solutionRead,
    probe: async (w, a, t) => {
      const res = await a.client.get(`/api/plan-solutions/${(await solutionAt(w, t)).id}`);
      return res.status === 200 ? 'allowed' : refusal(res);
    },
  },
  'POST /api/plan-solutions': {
    kind: 'scoped',
    expected: solutionCreate,
    probe: (w, a, t) =>
      write(
        w,
        () => countRows(w.ctx, 'plan_solution where unit_id = $1', [t.unitId]),
        () =>
          a.client.post('/api/plan-solutions', {
            unitId: t.unitId,
            dimensionCode: 'D2',
            title: `Giải pháp của ${a.username}`,
            content: 'Công khai dự toán ngân sách.',
          }),
        201,
        (body) => expect(body.unit).toMatchObject({ id: t.unitId }),
      ),
  },
  'PATCH /api/plan-solutions/:id': {
    kind: 'scoped',
    expected: solutionWrite,
    probe: async (w, a, t) => {
      const s = await solutionAt(w, t);
      return write(
        w,
        () => snapshotRow(w.ctx, 'plan_solution', s.id),
        () => a.client.patch(`/api/plan-solutions/${s.id}`, { version: 1, title: a.username }),
        200,
        (body) => expect(body.title).toBe(a.username),
      );
    },
  },
  'DELETE /api/plan-solutions/:id': {
    kind: 'scoped',
    expected: solutionWrite,
    probe: async (w, a, t) => {
      const s = await solutionAt(w, t);
      return write(
        w,
        () => countRows(w.ctx, 'plan_solution where id = $1', [s.id]),
        () => a.client.request('DELETE', `/api/plan-solutions/${s.id}`, { version: 1 }),
        200,
      );
    },
  },
  'POST /api/plans/:id/solutions': {
    kind: 'scoped',
    expected: draftWrite,
    probe: async (w, a, t) => {
      const p = await planAt(w, t, 'draft');
      const solutionId = await shippedId(w);
      return write(
        w,
        () => planRow(w, p.id),
        () => a.client.post(`/api/plans/${p.id}/solutions`, { version: p.version, solutionId }),
        200,
        (body) => expect((body.tasks as unknown[]).length).toBe(9),
      );
    },
  },
};
