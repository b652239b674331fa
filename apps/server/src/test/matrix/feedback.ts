import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { makeTrackingCode, type Role } from '@papi/domain';
import type { TFeedbackDetail, TFeedbackItem } from '@papi/contracts';
import type { Outcome, Relation, Target, World } from './world.ts';
import type { RouteSpec } from './design.ts';
import { countRows, expectApiError } from '../helpers.ts';

/**
 * Citizen feedback: a case at the target unit, given to the target's sample agency (not the
 * actor's own). Managers, leaders and viewers read it in scope, officers of other agencies
 * never; coordinators and admins route it and may draft in its stead; leaders approve.
 */
const inScope = (r: Relation) => r === 'own' || r === 'below';
const reads = (role: Role, r: Relation) => inScope(r) && role !== 'officer';
const read = (role: Role, r: Relation): Outcome => (reads(role, r) ? 'allowed' : 'hidden');
const routes = (role: Role, r: Relation): Outcome =>
  !reads(role, r) ? 'hidden' : role === 'admin' || role === 'coordinator' ? 'allowed' : 'forbidden';
const approves = (role: Role, r: Relation): Outcome =>
  !reads(role, r) ? 'hidden' : role === 'leader' ? 'allowed' : 'forbidden';

function refusal(res: { status: number; body: unknown }): Outcome {
  if (res.status === 404) {
    expect(expectApiError(res, 404, 'NOT_FOUND').details).toBeUndefined();
    return 'hidden';
  }
  expect(expectApiError(res, 403, 'FORBIDDEN').details).toBeUndefined();
  return 'forbidden';
}

/** A case at the target unit in the given state (SQL, like a citizen's submission). */
async function caseAt(w: World, t: Target, status: string): Promise<number> {
  const code = makeTrackingCode(2026, randomBytes(8));
  const r = await w.ctx.database.pool.query<{ id: number }>(
    `insert into feedback (code, unit_id, unit_path, handler_path, topic, body, public_allowed,
       status, last_action, assignee_agency_id, received_on, due_on, answer, source_hash,
       text_hash, search)
     values ($1, $2, $3, $3, 'D5', 'Phản ánh mẫu của ma trận quyền', true, $4, 'assign', $5,
       '2026-11-20', '2026-12-04', $6, 'x', 'y', 'phan anh mau') returning id`,
    [
      code,
      t.unitId,
      t.path,
      status,
      status === 'received' ? null : t.agencyId,
      status === 'drafted' ? 'Dự thảo trả lời mẫu' : null,
    ],
  );
  return r.rows[0]!.id;
}

/** Another agency of the target unit to pass a case on to. */
async function otherAgency(w: World, t: Target): Promise<number> {
  const r = await w.ctx.database.pool.query<{ id: number }>(
    `insert into agency (unit_id, name, kind, search) values ($1, 'Cơ quan nhận chuyển', 'khac',
       'co quan nhan chuyen') returning id`,
    [t.unitId],
  );
  return r.rows[0]!.id;
}

const steps = (id: number, w: World) =>
  countRows(w.ctx, 'feedback_step where feedback_id = $1', [id]);
const audits = (w: World) => countRows(w.ctx, `audit_log where entity = 'feedback'`);

/** One workflow action: refused → nothing changed; allowed → one step, one audit entry. */
function action(
  path: string,
  from: string,
  expected: (role: Role, r: Relation) => Outcome,
  body: (w: World, t: Target) => Promise<Record<string, unknown>>,
  to: string,
): RouteSpec {
  return {
    kind: 'scoped',
    expected,
    probe: async (w, a, t) => {
      const id = await caseAt(w, t, from);
      const before = [await steps(id, w), await audits(w)];
      const res = await a.client.post<TFeedbackDetail>(
        path.replace(':id', String(id)),
        await body(w, t),
      );
      if (res.status !== 200) {
        expect([await steps(id, w), await audits(w)]).toEqual(before);
        return refusal(res);
      }
      expect(res.body.status).toBe(to);
      expect([await steps(id, w), await audits(w)]).toEqual([before[0]! + 1, before[1]! + 1]);
      return 'allowed';
    },
  };
}

export const FEEDBACK_MATRIX: Record<string, RouteSpec> = {
  'GET /api/feedback': {
    kind: 'scoped',
    expected: read,
    probe: async (w, a, t) => {
      const id = await caseAt(w, t, 'assigned');
      const res = await a.client.get<{ items: TFeedbackItem[] }>('/api/feedback?pageSize=200');
      expect(res.status).toBe(200);
      return res.body.items.some((i) => i.id === id) ? 'allowed' : 'hidden';
    },
  },
  'GET /api/feedback/:id': {
    kind: 'scoped',
    expected: read,
    probe: async (w, a, t) => {
      const id = await caseAt(w, t, 'assigned');
      const res = await a.client.get<TFeedbackDetail>(`/api/feedback/${id}`);
      if (res.status !== 200) return refusal(res);
      expect(res.body.id).toBe(id);
      return 'allowed';
    },
  },
  'POST /api/feedback/:id/assign': action(
    '/api/feedback/:id/assign',
    'received',
    routes,
    async (_w, t) => ({ version: 1, agencyId: t.agencyId }),
    'assigned',
  ),
  'POST /api/feedback/:id/transfer': action(
    '/api/feedback/:id/transfer',
    'assigned',
    routes,
    async (w, t) => ({ version: 1, agencyId: await otherAgency(w, t), reason: 'Sai thẩm quyền' }),
    'assigned',
  ),
  'POST /api/feedback/:id/draft': action(
    '/api/feedback/:id/draft',
    'assigned',
    routes,
    async () => ({ version: 1, answer: 'Nội dung trả lời của ma trận quyền.' }),
    'drafted',
  ),
  'POST /api/feedback/:id/approve': action(
    '/api/feedback/:id/approve',
    'drafted',
    approves,
    async () => ({ version: 1, publish: true }),
    'answered',
  ),
  'POST /api/feedback/:id/return': action(
    '/api/feedback/:id/return',
    'drafted',
    approves,
    async () => ({ version: 1, reason: 'Cần bổ sung căn cứ' }),
    'assigned',
  ),
  'GET /api/feedback-files/:id/download': {
    kind: 'scoped',
    expected: read,
    probe: async (w, a, t) => {
      const id = await caseAt(w, t, 'assigned');
      const f = await w.ctx.database.pool.query<{ id: number }>(
        `insert into feedback_file (feedback_id, original_name, mime, size, sha256, storage_key)
         values ($1, 'anh.png', 'image/png', 1, 'x', $2) returning id`,
        [id, `feedback/matrix/${id}`],
      );
      const file = path.join(w.ctx.dataDir, 'files', 'feedback', 'matrix', String(id));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, 'png');
      const res = await a.client.get(`/api/feedback-files/${f.rows[0]!.id}/download`);
      if (res.status !== 200) return refusal(res);
      return 'allowed';
    },
  },
  'GET /api/feedback-stats': {
    kind: 'self',
    probe: async (_w, a) => {
      const res = await a.client.get<{ rows: unknown[] }>('/api/feedback-stats');
      return res.status === 200 ? 'allowed' : refusal(res);
    },
  },
  'GET /api/feedback-settings': {
    kind: 'scoped',
    expected: (_role, r) => (inScope(r) ? 'allowed' : 'hidden'),
    probe: async (_w, a, t) => {
      const res = await a.client.get<{ unitId: number }>(
        `/api/feedback-settings?unitId=${t.unitId}`,
      );
      if (res.status !== 200) return refusal(res);
      expect(res.body.unitId).toBe(t.unitId);
      return 'allowed';
    },
  },
  // The actor's own unit, whatever the target: its admins and coordinators.
  'PUT /api/feedback-settings': {
    kind: 'scoped',
    expected: (role) => (role === 'admin' || role === 'coordinator' ? 'allowed' : 'forbidden'),
    probe: async (w, a) => {
      const before = await countRows(w.ctx, `audit_log where entity = 'feedback_setting'`);
      const res = await a.client.request('PUT', '/api/feedback-settings', { answerDays: 12 });
      const after = await countRows(w.ctx, `audit_log where entity = 'feedback_setting'`);
      if (res.status !== 200) {
        expect(after).toBe(before);
        return refusal(res);
      }
      expect(after).toBe(before + 1);
      return 'allowed';
    },
  },
};
