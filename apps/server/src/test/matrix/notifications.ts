import { expect } from 'vitest';
import type { Role } from '@papi/domain';
import type { Actor, Outcome, Relation, World } from './world.ts';
import type { RouteSpec } from './design.ts';
import { expectApiError } from '../helpers.ts';

/**
 * Notifications and their settings belong to the person signed in: every role has its
 * own, nobody reaches anyone else's (another's notification answers 404).
 */
async function noticeFor(w: World, userId: number, title: string): Promise<number> {
  const r = await w.ctx.database.pool.query<{ id: number }>(
    `insert into notification (user_id, kind, title, dedupe_key)
     values ($1, 'report', $2, $3) returning id`,
    [userId, title, `matrix:${title}:${userId}:${Math.random()}`],
  );
  return r.rows[0]!.id;
}

/** Someone other than the actor, to prove their inbox stays out of reach. */
function otherThan(w: World, a: Actor): Actor {
  return [...w.actors.values()].find((o) => o.userId !== a.userId)!;
}

const ok = (status: number): Outcome => (status === 200 ? 'allowed' : 'forbidden');

export const NOTIFICATION_MATRIX: Record<string, RouteSpec> = {
  'GET /api/notifications': {
    kind: 'self',
    probe: async (w, a) => {
      const mine = await noticeFor(w, a.userId, `Của ${a.username}`);
      const theirs = await noticeFor(w, otherThan(w, a).userId, `Không phải của ${a.username}`);
      const res = await a.client.get<{ items: { id: number }[] }>(
        '/api/notifications?pageSize=100',
      );
      const seen = res.body.items.map((i) => i.id);
      expect(seen).toContain(mine);
      expect(seen).not.toContain(theirs);
      return ok(res.status);
    },
  },
  'GET /api/notifications/unread-count': {
    kind: 'self',
    probe: async (w, a) => {
      const before = await a.client.get<{ unread: number }>('/api/notifications/unread-count');
      await noticeFor(w, otherThan(w, a).userId, 'Đếm riêng');
      await noticeFor(w, a.userId, 'Đếm của tôi');
      const after = await a.client.get<{ unread: number }>('/api/notifications/unread-count');
      expect(after.body.unread).toBe(before.body.unread + 1);
      return ok(after.status);
    },
  },
  'POST /api/notifications/:id/read': {
    kind: 'self',
    probe: async (w, a) => {
      const theirs = await noticeFor(w, otherThan(w, a).userId, 'Của người khác');
      expectApiError(await a.client.post(`/api/notifications/${theirs}/read`), 404, 'NOT_FOUND');
      const mine = await noticeFor(w, a.userId, 'Đọc thử');
      const res = await a.client.post<{ readAt: string | null }>(`/api/notifications/${mine}/read`);
      expect(res.body.readAt).not.toBeNull();
      return ok(res.status);
    },
  },
  'POST /api/notifications/read-all': {
    kind: 'self',
    probe: async (w, a) => {
      const other = otherThan(w, a);
      const theirs = await noticeFor(w, other.userId, 'Vẫn chưa đọc');
      await noticeFor(w, a.userId, 'Đọc hết');
      const res = await a.client.post<{ marked: number }>('/api/notifications/read-all');
      expect(res.body.marked).toBeGreaterThanOrEqual(1);
      const row = await w.ctx.database.pool.query(
        'select read_at from notification where id = $1',
        [theirs],
      );
      expect(row.rows[0].read_at).toBeNull();
      return ok(res.status);
    },
  },
  'GET /api/notifications/preferences': {
    kind: 'self',
    probe: async (_w, a) => ok((await a.client.get('/api/notifications/preferences')).status),
  },
  'PUT /api/notifications/preferences': {
    kind: 'self',
    probe: async (w, a) => {
      const current = await a.client.get<Record<string, unknown>>('/api/notifications/preferences');
      const { emailAddress: _address, ...body } = current.body;
      const res = await a.client.request<{ digestHour: number }>(
        'PUT',
        '/api/notifications/preferences',
        { ...body, digestHour: 9 },
      );
      expect(res.body.digestHour).toBe(9);
      // Only the actor's row changed.
      const rows = await w.ctx.database.pool.query<{ user_id: number }>(
        'select user_id from notification_pref where digest_hour = 9',
      );
      expect(rows.rows.map((r) => r.user_id)).toContain(a.userId);
      return ok(res.status);
    },
  },
};

/** The consolidated report: the receiving level's managers (admin, coordinator, leader). */
const compiles = (role: Role, r: Relation): Outcome =>
  r !== 'own' && r !== 'below'
    ? 'hidden'
    : role === 'admin' || role === 'coordinator' || role === 'leader'
      ? 'allowed'
      : 'forbidden';

export const CONSOLIDATED_MATRIX: Record<string, RouteSpec> = {
  'GET /api/regimes/:id/consolidated': {
    kind: 'scoped',
    expected: compiles,
    probe: async (w, a, t) => {
      const regime = await w.ctx.database.pool.query<{ id: number }>(
        `select id from reporting_regime where code = 'PAPI-KH' order by id limit 1`,
      );
      const res = await a.client.get(
        `/api/regimes/${regime.rows[0]!.id}/consolidated?unitId=${t.unitId}&format=xlsx`,
      );
      if (res.status === 200) return 'allowed';
      const code = res.status === 404 ? 'NOT_FOUND' : 'FORBIDDEN';
      expect(expectApiError(res, res.status, code).details).toBeUndefined();
      return res.status === 404 ? 'hidden' : 'forbidden';
    },
  },
};
