import { expect } from 'vitest';
import type { Role } from '@papi/domain';
import type { Outcome, Relation, World } from './world.ts';
import type { RouteSpec } from './design.ts';
import type { TestResponse } from '../harness.ts';
import { countRows, type Paged } from '../helpers.ts';
import { get, inScope, read, refusal, write } from './plans.ts';
import { actorFacts, agencyFor, evidenceOf, taskOf } from './execution-world.ts';

/**
 * Task execution. Reading follows the unit scope; progress, cancellation and uploads
 * belong to the lead agency's staff (contributions to a cooperating agency's). In each
 * actor's own unit the probe's task names the actor's agency; the demo admin and viewer
 * belong to no agency, and a viewer never writes. Elsewhere the task names another agency.
 */
const agencyStaff = (role: Role) =>
  role === 'coordinator' || role === 'leader' || role === 'officer';
const agencyWrite = (role: Role, r: Relation): Outcome =>
  !inScope(r) ? 'hidden' : r === 'own' && agencyStaff(role) ? 'allowed' : 'forbidden';
/** Only the uploader deletes: in the own unit the file is the actor's. */
const uploaderDelete = (_role: Role, r: Relation): Outcome =>
  !inScope(r) ? 'hidden' : r === 'own' ? 'allowed' : 'forbidden';

const stateRow = async (w: World, taskId: number) =>
  (
    await w.ctx.database.pool.query(
      `select row_to_json(s) as row, (select count(*) from task_progress where task_id = $1) as n
         from task_state s where task_id = $1`,
      [taskId],
    )
  ).rows[0];

const version = async (w: World, taskId: number) =>
  (
    await w.ctx.database.pool.query<{ version: number }>(
      'select version from task_state where task_id = $1',
      [taskId],
    )
  ).rows[0]!.version;

const PDF = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');

async function multipart(w: World, cookie: string, csrf: string, path: string) {
  const form = new FormData();
  form.append('file', new Blob([PDF]), 'minh-chung.pdf');
  const res = await w.ctx.app.request(path, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrf },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

export const EXECUTION_MATRIX: Record<string, RouteSpec> = {
  'GET /api/tasks': {
    kind: 'scoped',
    expected: read,
    probe: async (w, a, t) => {
      const id = await taskOf(w, t, t.agencyId);
      const res = await a.client.get<Paged<{ id: number }>>(`/api/tasks?q=mtx${id}`);
      expect(res.status).toBe(200);
      return res.body.items.some((i) => i.id === id) ? 'allowed' : 'hidden';
    },
  },
  'GET /api/tasks/:id': {
    kind: 'scoped',
    expected: read,
    probe: async (w, a, t) => get(a.client, `/api/tasks/${await taskOf(w, t, t.agencyId)}`),
  },
  'GET /api/tasks/:id/progress': {
    kind: 'scoped',
    expected: read,
    probe: async (w, a, t) =>
      get(a.client, `/api/tasks/${await taskOf(w, t, t.agencyId)}/progress`),
  },
  'GET /api/tasks/:id/evidence': {
    kind: 'scoped',
    expected: read,
    probe: async (w, a, t) =>
      get(a.client, `/api/tasks/${await taskOf(w, t, t.agencyId)}/evidence`),
  },
  'POST /api/tasks/:id/progress': {
    kind: 'scoped',
    expected: agencyWrite,
    probe: async (w, a, t) => {
      const id = await taskOf(w, t, await agencyFor(w, a, t));
      const v = await version(w, id);
      return write(
        w,
        () => stateRow(w, id),
        () =>
          a.client.post(`/api/tasks/${id}/progress`, {
            version: v,
            reportedOn: '2023-06-01',
            percent: 30,
            note: `Cập nhật của ${a.username}`,
          }),
        201,
        (body) => expect(body.percent).toBe(30),
      );
    },
  },
  'POST /api/tasks/:id/contributions': {
    kind: 'scoped',
    expected: agencyWrite,
    probe: async (w, a, t) => {
      const id = await taskOf(w, t, t.agencyId, [await agencyFor(w, a, t)]);
      return write(
        w,
        () => stateRow(w, id),
        () =>
          a.client.post(`/api/tasks/${id}/contributions`, {
            reportedOn: '2023-06-01',
            note: `Phối hợp của ${a.username}`,
          }),
        201,
        (body) => expect(body.kind).toBe('contribution'),
      );
    },
  },
  'POST /api/tasks/:id/cancel': {
    kind: 'scoped',
    expected: agencyWrite,
    probe: async (w, a, t) => {
      const id = await taskOf(w, t, await agencyFor(w, a, t));
      const v = await version(w, id);
      return write(
        w,
        () => stateRow(w, id),
        () => a.client.post(`/api/tasks/${id}/cancel`, { version: v, reason: 'Thử phân quyền' }),
        200,
        (body) => expect(body.status).toBe('cancelled'),
      );
    },
  },
  'POST /api/tasks/:id/evidence': {
    kind: 'scoped',
    expected: agencyWrite,
    probe: async (w, a, t) => {
      const id = await taskOf(w, t, await agencyFor(w, a, t));
      return write(
        w,
        () => countRows(w.ctx, 'evidence_file where task_id = $1', [id]),
        () =>
          multipart(w, a.client.cookie, a.client.csrfToken, `/api/tasks/${id}/evidence`) as Promise<
            TestResponse<Record<string, unknown>>
          >,
        201,
        (body) => expect(body.mime).toBe('application/pdf'),
      );
    },
  },
  'GET /api/evidence/:id/download': {
    kind: 'scoped',
    expected: read,
    probe: async (w, a, t) => {
      const id = await evidenceOf(w, t, await taskOf(w, t, t.agencyId), t.userId);
      return get(a.client, `/api/evidence/${id}/download`);
    },
  },
  'DELETE /api/evidence/:id': {
    kind: 'scoped',
    expected: uploaderDelete,
    probe: async (w, a, t) => {
      const taskId = await taskOf(w, t, t.agencyId);
      const own = (await actorFacts(w, a)).path === t.path;
      const id = await evidenceOf(w, t, taskId, own ? a.userId : t.userId);
      return write(
        w,
        () => countRows(w.ctx, 'evidence_file where id = $1', [id]),
        () => a.client.request('DELETE', `/api/evidence/${id}`),
        200,
      );
    },
  },
  'GET /api/monitoring/overdue': {
    kind: 'scoped',
    expected: read,
    probe: async (_w, a, t) => get(a.client, `/api/monitoring/overdue?unitId=${t.unitId}`),
  },
  'GET /api/monitoring/tasks': {
    kind: 'scoped',
    expected: read,
    probe: async (_w, a, t) => get(a.client, `/api/monitoring/tasks?unitId=${t.unitId}`),
  },
  'GET /api/my-work': {
    kind: 'scoped',
    expected: read,
    probe: async (_w, a, t) => get(a.client, `/api/my-work?unitId=${t.unitId}&kind=task`),
  },
  'GET /api/dashboard': {
    kind: 'scoped',
    expected: read,
    probe: async (_w, a, t) => get(a.client, `/api/dashboard?unitId=${t.unitId}`),
  },
  'GET /api/monitoring/overdue-obligations': {
    kind: 'scoped',
    expected: read,
    probe: async (_w, a, t) =>
      get(a.client, `/api/monitoring/overdue-obligations?unitId=${t.unitId}`),
  },
  // The managers of a unit or above remind whoever owes an overdue task; nothing is written
  // but the audit entry and the event.
  'POST /api/monitoring/remind': {
    kind: 'scoped',
    expected: (role, r) =>
      !inScope(r)
        ? 'hidden'
        : ['admin', 'coordinator', 'leader'].includes(role)
          ? 'allowed'
          : 'forbidden',
    probe: async (w, a, t) => {
      const id = await taskOf(w, t, t.agencyId);
      // Due after the demo's first day of use: overdue, not history.
      await w.ctx.database.pool.query(
        `update task_state set due_on = '2026-06-01' where task_id = $1`,
        [id],
      );
      const audits = await countRows(w.ctx, 'audit_log');
      const res = await a.client.post('/api/monitoring/remind', { kind: 'task', taskId: id });
      if (res.status === 200) {
        expect(await countRows(w.ctx, 'audit_log')).toBe(audits + 1);
        return 'allowed';
      }
      expect(await countRows(w.ctx, 'audit_log')).toBe(audits);
      return refusal(res);
    },
  },
};
