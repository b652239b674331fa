import { expect } from 'vitest';
import type { Role } from '@papi/domain';
import {
  ACTORS,
  type Actor,
  type Outcome,
  type Relation,
  type Target,
  type World,
} from './world.ts';
import type { RouteSpec } from './design.ts';
import type { TestClient, TestResponse } from '../harness.ts';
import { countRows, expectApiError, snapshotRow } from '../helpers.ts';
import { importBody, shippedCsv } from '../index-files.ts';

/** Official results are published data: every signed-in role reads every province's. */
const published = (): Outcome => 'allowed';

async function get(client: TestClient, path: string): Promise<Outcome> {
  const res = await client.get(path);
  if (res.status !== 200) throw new Error(`${path} → ${res.status} ${JSON.stringify(res.body)}`);
  return 'allowed';
}

/** Importing is for admins and coordinators, whatever their unit (the installation's data). */
const importer = (role: string): Outcome =>
  role === 'admin' || role === 'coordinator' ? 'allowed' : 'forbidden';

const csv2023 = shippedCsv([2023]);
const body2023 = () => importBody('papi-2023.csv', csv2023, 2023, { confirmWarnings: true });
const importedAt = async (w: World) =>
  (
    await w.ctx.database.pool.query<{ at: string }>(
      `select imported_at::text as at from index_release where year = 2023`,
    )
  ).rows[0]!.at;

/** 403 with nothing said about the data, and nothing written. */
function refused(res: { status: number; body: unknown }): Outcome {
  expect(expectApiError(res, 403, 'FORBIDDEN').details).toBeUndefined();
  return 'forbidden';
}

const haGiang = (w: World) => w.ctx.unitId('pre2025', 'province', '02');

/** Targets: read in scope; set by admins, coordinators and leaders in scope. */
const inScope = (r: Relation) => r === 'own' || r === 'below';
const targetRead = (_role: Role, r: Relation): Outcome => (inScope(r) ? 'allowed' : 'hidden');
const targetWrite = (role: Role, r: Relation): Outcome =>
  !inScope(r)
    ? 'hidden'
    : role === 'admin' || role === 'coordinator' || role === 'leader'
      ? 'allowed'
      : 'forbidden';

/** A year of its own per actor, so one actor's target never collides with another's. */
const yearOf = (base: number, a: Actor) =>
  base + ACTORS.findIndex((d) => d.username === a.username);
const targetsOf = (t: Target) => `/api/indices/PAPI/units/${t.unitId}/targets`;

/** A target the national admin sets on the unit, for an actor to change. */
async function targetAt(w: World, t: Target, year: number) {
  const res = await w.national.post<{ id: number; version: number }>(targetsOf(t), {
    year,
    kind: 'total_rank',
    value: 20,
  });
  if (res.status !== 201) throw new Error(`target setup: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Runs a target write; refused, it must say nothing and change neither row nor audit log. */
async function targetWriteProbe(
  w: World,
  state: () => Promise<unknown>,
  send: () => Promise<TestResponse<unknown>>,
  ok: number,
): Promise<Outcome> {
  const audits = () => countRows(w.ctx, 'audit_log');
  const [before, count] = [await state(), await audits()];
  const res = await send();
  if (res.status === ok) {
    expect(await audits()).toBe(count + 1);
    return 'allowed';
  }
  const outcome: Outcome = res.status === 404 ? 'hidden' : 'forbidden';
  const code = outcome === 'hidden' ? 'NOT_FOUND' : 'FORBIDDEN';
  expect(expectApiError(res, res.status, code).details).toBeUndefined();
  expect(await state()).toEqual(before);
  expect(await audits()).toBe(count);
  return outcome;
}

export const INDEX_MATRIX: Record<string, RouteSpec> = {
  'GET /api/indices/:code/units/:unitId/targets': {
    kind: 'scoped',
    expected: targetRead,
    probe: async (_w, a, t) => {
      const res = await a.client.get<{ unit: { id: number } }>(`${targetsOf(t)}?year=2023`);
      if (res.status === 404) {
        expect(expectApiError(res, 404, 'NOT_FOUND').details).toBeUndefined();
        return 'hidden';
      }
      expect(res.body.unit.id).toBe(t.unitId);
      return 'allowed';
    },
  },
  // What moved: read in scope like targets; out of scope it does not exist.
  'GET /api/indices/:code/units/:unitId/impact': {
    kind: 'scoped',
    expected: targetRead,
    probe: async (_w, a, t) => {
      const res = await a.client.get<{ unit: { id: number } }>(
        `/api/indices/PAPI/units/${t.unitId}/impact?year=2023`,
      );
      if (res.status === 404) {
        expect(expectApiError(res, 404, 'NOT_FOUND').details).toBeUndefined();
        return 'hidden';
      }
      expect(res.body.unit.id).toBe(t.unitId);
      return 'allowed';
    },
  },
  'POST /api/indices/:code/units/:unitId/targets': {
    kind: 'scoped',
    expected: targetWrite,
    probe: (w, a, t) => {
      const year = yearOf(2030, a);
      return targetWriteProbe(
        w,
        () => countRows(w.ctx, 'index_target where unit_id = $1 and year = $2', [t.unitId, year]),
        () => a.client.post(targetsOf(t), { year, kind: 'total_rank', value: 10 }),
        201,
      );
    },
  },
  'PATCH /api/index-targets/:id': {
    kind: 'scoped',
    expected: targetWrite,
    probe: async (w, a, t) => {
      const target = await targetAt(w, t, yearOf(2050, a));
      return targetWriteProbe(
        w,
        () => snapshotRow(w.ctx, 'index_target', target.id),
        () => a.client.patch(`/api/index-targets/${target.id}`, { version: 1, value: 5 }),
        200,
      );
    },
  },
  'DELETE /api/index-targets/:id': {
    kind: 'scoped',
    expected: targetWrite,
    probe: async (w, a, t) => {
      const target = await targetAt(w, t, yearOf(2070, a));
      return targetWriteProbe(
        w,
        () => snapshotRow(w.ctx, 'index_target', target.id),
        () => a.client.request('DELETE', `/api/index-targets/${target.id}`, { version: 1 }),
        200,
      );
    },
  },
  'GET /api/indices': {
    kind: 'scoped',
    expected: published,
    probe: (_w, a) => get(a.client, '/api/indices'),
  },
  'GET /api/indices/:code/rankings/:year': {
    kind: 'scoped',
    expected: published,
    probe: (_w, a) => get(a.client, '/api/indices/PAPI/rankings/2023'),
  },
  'GET /api/indices/:code/units/:unitId/profile': {
    kind: 'scoped',
    expected: published,
    probe: async (w, a) =>
      get(a.client, `/api/indices/PAPI/units/${await haGiang(w)}/profile?year=2023`),
  },
  'GET /api/indices/:code/units/:unitId/lineage': {
    kind: 'scoped',
    expected: published,
    probe: async (w, a) => get(a.client, `/api/indices/PAPI/units/${await haGiang(w)}/lineage`),
  },
  'POST /api/indices/:code/import/preview': {
    kind: 'scoped',
    expected: importer,
    probe: async (_w, a) => {
      const res = await a.client.post<{ rows: unknown[] }>(
        '/api/indices/PAPI/import/preview',
        body2023(),
      );
      if (res.status !== 200) return refused(res);
      expect(res.body.rows).toHaveLength(63);
      return 'allowed';
    },
  },
  'POST /api/indices/:code/import': {
    kind: 'scoped',
    expected: importer,
    probe: async (w, a) => {
      const counts = async () => [
        await countRows(w.ctx, 'audit_log'),
        await countRows(w.ctx, 'domain_event'),
        await importedAt(w),
      ];
      const before = await counts();
      const res = await a.client.post('/api/indices/PAPI/import', body2023());
      if (res.status !== 201) {
        const outcome = refused(res);
        expect(await counts()).toEqual(before);
        return outcome;
      }
      const after = await counts();
      expect(after.slice(0, 2)).toEqual([Number(before[0]) + 1, Number(before[1]) + 1]);
      return 'allowed';
    },
  },
  'GET /api/indices/:code/import-template': {
    kind: 'scoped',
    expected: published,
    probe: (_w, a) => get(a.client, '/api/indices/PAPI/import-template?year=2023'),
  },
  'GET /api/indices/:code/rankings/:year/export': {
    kind: 'scoped',
    expected: published,
    probe: (_w, a) => get(a.client, '/api/indices/PAPI/rankings/2023/export?format=csv'),
  },
  'GET /api/indices/:code/units/:unitId/report': {
    kind: 'scoped',
    expected: published,
    probe: async (w, a) =>
      get(a.client, `/api/indices/PAPI/units/${await haGiang(w)}/report?year=2023`),
  },
};
