import { expect } from 'vitest';
import type { Role } from '@papi/domain';
import type { TDelegation } from '@papi/contracts';
import type { Outcome, Relation, Target, World } from './world.ts';
import type { RouteSpec } from './design.ts';
import { countRows, expectApiError } from '../helpers.ts';

/**
 * Delegating the drafting of a unit's plans or report: listed by its coordinators and
 * admins and those above; granted and revoked only by the coordinators and admins of that
 * very unit (a province's may not delegate in a ward), never by an officer. Out of scope: 404.
 */
const inScope = (r: Relation) => r === 'own' || r === 'below';
const manages = (role: Role) => role === 'admin' || role === 'coordinator';
const read = (role: Role, r: Relation): Outcome =>
  !inScope(r) ? 'hidden' : manages(role) ? 'allowed' : 'forbidden';
const write = (role: Role, r: Relation): Outcome =>
  !inScope(r) ? 'hidden' : manages(role) && r === 'own' ? 'allowed' : 'forbidden';

function refusal(res: { status: number; body: unknown }): Outcome {
  if (res.status === 404) {
    expect(expectApiError(res, 404, 'NOT_FOUND').details).toBeUndefined();
    return 'hidden';
  }
  expect(expectApiError(res, 403, 'FORBIDDEN').details).toBeUndefined();
  return 'forbidden';
}

const state = async (w: World, t: Target) => [
  await countRows(w.ctx, 'unit_delegation where user_id = $1 and revoked_at is null', [t.userId]),
  await countRows(w.ctx, `audit_log where entity = 'delegation'`),
];

/** A delegation in force for the target's officer, granted by the installation's admin. */
async function delegationAt(w: World, t: Target): Promise<number> {
  const r = await w.ctx.database.pool.query<{ id: number }>(
    `insert into unit_delegation (unit_id, user_id, plans, reports, granted_by)
     select $1, $2, true, false, id from app_user where username = 'admin' returning id`,
    [t.unitId, t.userId],
  );
  return r.rows[0]!.id;
}

export const DELEGATION_MATRIX: Record<string, RouteSpec> = {
  'GET /api/delegations': {
    kind: 'scoped',
    expected: read,
    probe: async (_w, a, t) => {
      const res = await a.client.get<{ items: TDelegation[] }>(
        `/api/delegations?unitId=${t.unitId}`,
      );
      if (res.status !== 200) return refusal(res);
      expect(res.body.items.every((d) => d.unitId === t.unitId)).toBe(true);
      return 'allowed';
    },
  },
  'POST /api/delegations': {
    kind: 'scoped',
    expected: write,
    probe: async (w, a, t) => {
      const [active, audits] = await state(w, t);
      const res = await a.client.post<TDelegation>('/api/delegations', {
        userId: t.userId,
        plans: true,
        reports: true,
      });
      if (res.status !== 201) {
        expect(await state(w, t)).toEqual([active, audits]);
        return refusal(res);
      }
      expect(res.body).toMatchObject({ unitId: t.unitId, status: 'active' });
      expect(await state(w, t)).toEqual([1, audits! + 1]);
      return 'allowed';
    },
  },
  'POST /api/delegations/:id/revoke': {
    kind: 'scoped',
    expected: write,
    probe: async (w, a, t) => {
      const id = await delegationAt(w, t);
      const audits = await countRows(w.ctx, `audit_log where entity = 'delegation'`);
      const res = await a.client.post<TDelegation>(`/api/delegations/${id}/revoke`);
      const revoked = await countRows(
        w.ctx,
        'unit_delegation where id = $1 and revoked_at is not null',
        [id],
      );
      if (res.status !== 200) {
        expect([revoked, await countRows(w.ctx, `audit_log where entity = 'delegation'`)]).toEqual([
          0,
          audits,
        ]);
        await w.ctx.database.pool.query('delete from unit_delegation where id = $1', [id]);
        return refusal(res);
      }
      expect(res.body.status).toBe('revoked');
      expect(revoked).toBe(1);
      return 'allowed';
    },
  },
};
