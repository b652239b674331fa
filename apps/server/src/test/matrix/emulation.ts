import { expect } from 'vitest';
import { DEFAULT_CRITERIA_SET, scoreSubject, type Role } from '@papi/domain';
import type { TEmulationRun } from '@papi/contracts';
import type { Actor, Outcome, Relation, Target, World } from './world.ts';
import type { RouteSpec } from './design.ts';
import { countRows, expectApiError } from '../helpers.ts';

/**
 * Emulation (thi đua): a unit's year is read in its scope and by the units below it (who see
 * only their own row); criteria by its admins and coordinators; computed and lists edited by
 * its managers; approved by its leaders; council criteria marked by the year's named council
 * members (any working role) and nobody else. Out of scope (a sibling): 404.
 */
const inScope = (r: Relation) => r === 'own' || r === 'below';
const readable = (r: Relation) => r !== 'sibling';
const manager = (role: Role) => role === 'admin' || role === 'coordinator' || role === 'leader';
const gate =
  (allowed: (role: Role, r: Relation) => boolean) =>
  (role: Role, r: Relation): Outcome =>
    !readable(r) ? 'hidden' : allowed(role, r) ? 'allowed' : 'forbidden';

const read = (_role: Role, r: Relation): Outcome => (readable(r) ? 'allowed' : 'hidden');
const configure = gate((role, r) => (role === 'admin' || role === 'coordinator') && inScope(r));
const manage = gate((role, r) => manager(role) && inScope(r));
const approve = gate((role, r) => role === 'leader' && inScope(r));
const score = gate((role) => role !== 'viewer');
/** The breakdown behind a number: managers in scope; anyone else only their own row. */
const records = (role: Role, r: Relation): Outcome =>
  manager(role) && inScope(r) ? 'allowed' : 'hidden';

function refusal(res: { status: number; body: unknown }): Outcome {
  if (res.status === 404) {
    expect(expectApiError(res, 404, 'NOT_FOUND').details).toBeUndefined();
    return 'hidden';
  }
  expect(expectApiError(res, 403, 'FORBIDDEN').details).toBeUndefined();
  return 'forbidden';
}

const audits = (w: World) => countRows(w.ctx, `audit_log where entity like 'emulation%'`);

/** A draft run of the target's unit scoring the target's agency (its council mark only). */
async function runAt(w: World, t: Target): Promise<number> {
  const score = scoreSubject(
    DEFAULT_CRITERIA_SET,
    {},
    { TC4: { points: 12, comment: '', by: 'x' } },
  );
  const results = {
    criteria: DEFAULT_CRITERIA_SET,
    asOf: '2026-11-25',
    inUseSince: '2026-01-01',
    subjects: [{ kind: 'agency', id: t.agencyId, name: t.name, path: t.path, rank: 1, score }],
  };
  const r = await w.ctx.database.pool.query<{ id: number }>(
    `insert into emulation_run (unit_id, unit_path, year, version_no, status, as_of, inputs_hash,
                                results, lists, computed_by)
     select $1, $2, 2026, coalesce((select max(version_no) from emulation_run
                                     where unit_id = $1 and year = 2026), 0) + 1,
            'draft', '2026-11-25', 'mtx', $3::jsonb, '{"commend":[],"criticise":[]}'::jsonb, u.id
       from app_user u where u.username = 'admin' returning id`,
    [t.unitId, t.path, JSON.stringify(results)],
  );
  return r.rows[0]!.id;
}

/** Makes the actor (or nobody) the council of the target unit's 2026 emulation. */
async function council(w: World, t: Target, members: number[]) {
  await w.ctx.database.pool.query(
    `insert into emulation_criteria_set (unit_id, year, document, council_user_ids, updated_by)
     select $1, 2026, $2::jsonb, $3::int[], u.id from app_user u where u.username = 'admin'
     on conflict (unit_id, year) do update set council_user_ids = excluded.council_user_ids`,
    [t.unitId, JSON.stringify(DEFAULT_CRITERIA_SET), members],
  );
}

const criteriaVersion = async (w: World, t: Target) =>
  (
    await w.ctx.database.pool.query<{ version: number }>(
      `select version from emulation_criteria_set where unit_id = $1 and year = 2026`,
      [t.unitId],
    )
  ).rows[0]?.version ?? 0;

/** A write: allowed ones add one audit entry, refused ones change nothing. */
async function write(
  w: World,
  state: () => Promise<unknown>,
  send: () => Promise<{ status: number; body: unknown }>,
): Promise<Outcome> {
  const [before, a] = [await state(), await audits(w)];
  const res = await send();
  if (res.status === 200 || res.status === 201) {
    expect(await audits(w)).toBe(a + 1);
    return 'allowed';
  }
  expect(await state()).toEqual(before);
  expect(await audits(w)).toBe(a);
  return refusal(res);
}

const runState = (w: World, id: number) => async () =>
  (
    await w.ctx.database.pool.query(
      `select status, lists, version from emulation_run where id = $1`,
      [id],
    )
  ).rows[0];

const put = (a: Actor, path: string, body: unknown) => a.client.request('PUT', path, body);

export const EMULATION_MATRIX: Record<string, RouteSpec> = {
  'GET /api/emulation': {
    kind: 'scoped',
    expected: read,
    probe: async (_w, a, t) => {
      const res = await a.client.get<{ unit: { id: number } }>(
        `/api/emulation?unitId=${t.unitId}&year=2026`,
      );
      if (res.status !== 200) return refusal(res);
      expect(res.body.unit.id).toBe(t.unitId);
      return 'allowed';
    },
  },
  'PUT /api/emulation/criteria': {
    kind: 'scoped',
    expected: configure,
    probe: async (w, a, t) =>
      write(
        w,
        () => criteriaVersion(w, t),
        async () =>
          put(a, '/api/emulation/criteria', {
            unitId: t.unitId,
            year: 2026,
            criteria: DEFAULT_CRITERIA_SET,
            councilUserIds: [],
            version: await criteriaVersion(w, t),
          }),
      ),
  },
  'POST /api/emulation/runs': {
    kind: 'scoped',
    expected: manage,
    probe: (w, a, t) =>
      write(
        w,
        () => countRows(w.ctx, 'emulation_run where unit_id = $1', [t.unitId]),
        () => a.client.post('/api/emulation/runs', { unitId: t.unitId, year: 2026 }),
      ),
  },
  'GET /api/emulation/runs/:id': {
    kind: 'scoped',
    expected: read,
    probe: async (w, a, t) => {
      const id = await runAt(w, t);
      const res = await a.client.get<TEmulationRun>(`/api/emulation/runs/${id}`);
      if (res.status !== 200) return refusal(res);
      // Only managers in scope see the agency's row; anyone else sees their own only.
      expect(res.body.subjects.length).toBe(manager(a.role) && res.body.complete ? 1 : 0);
      return 'allowed';
    },
  },
  'GET /api/emulation/runs/:id/records': {
    kind: 'scoped',
    expected: records,
    probe: async (w, a, t) => {
      const id = await runAt(w, t);
      const res = await a.client.get(
        `/api/emulation/runs/${id}/records?subject=agency-${t.agencyId}&code=TC4`,
      );
      return res.status === 200 ? 'allowed' : refusal(res);
    },
  },
  'PUT /api/emulation/entries': {
    kind: 'scoped',
    expected: score,
    probe: async (w, a, t) => {
      const body = {
        unitId: t.unitId,
        year: 2026,
        subject: { kind: 'agency', id: t.agencyId },
        code: 'TC4',
        points: 15,
        comment: 'Ma trận',
      };
      const entries = () =>
        countRows(w.ctx, 'emulation_manual_entry where unit_id = $1', [t.unitId]);
      // Not a member: refused whatever the role.
      await council(w, t, []);
      const outsider = await write(w, entries, () => put(a, '/api/emulation/entries', body));
      expect(outsider).not.toBe('allowed');
      await council(w, t, [a.userId]);
      const outcome = await write(w, entries, () => put(a, '/api/emulation/entries', body));
      await council(w, t, []);
      return outcome;
    },
  },
  'PUT /api/emulation/runs/:id/lists': {
    kind: 'scoped',
    expected: manage,
    probe: async (w, a, t) => {
      const id = await runAt(w, t);
      return write(w, runState(w, id), () =>
        put(a, `/api/emulation/runs/${id}/lists`, {
          version: 1,
          commend: [{ kind: 'agency', id: t.agencyId }],
          criticise: [],
        }),
      );
    },
  },
  'POST /api/emulation/runs/:id/approve': {
    kind: 'scoped',
    expected: approve,
    probe: async (w, a, t) => {
      const id = await runAt(w, t);
      const outcome = await write(w, runState(w, id), () =>
        a.client.post(`/api/emulation/runs/${id}/approve`, { version: 1 }),
      );
      // Approved runs would make the next fixture a new version: remove them.
      await w.ctx.database.pool.query('delete from emulation_run where id = $1', [id]);
      return outcome;
    },
  },
  'GET /api/emulation/runs/:id/document': {
    kind: 'scoped',
    expected: manage,
    probe: async (w, a, t) => {
      const id = await runAt(w, t);
      const res = await w.ctx.app.request(`/api/emulation/runs/${id}/document`, {
        headers: { cookie: a.client.cookie },
      });
      if (res.status === 200) return 'allowed';
      return refusal({ status: res.status, body: await res.json() });
    },
  },
};
