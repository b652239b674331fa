import { expect } from 'vitest';
import type { Outcome, World } from './world.ts';
import type { RouteSpec } from './design.ts';
import type { TestClient } from '../harness.ts';
import { countRows, expectApiError } from '../helpers.ts';
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

export const INDEX_MATRIX: Record<string, RouteSpec> = {
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
