import type { Outcome, World } from './world.ts';
import type { RouteSpec } from './design.ts';
import type { TestClient } from '../harness.ts';

/** Official results are published data: every signed-in role reads every province's. */
const published = (): Outcome => 'allowed';

async function get(client: TestClient, path: string): Promise<Outcome> {
  const res = await client.get(path);
  if (res.status !== 200) throw new Error(`${path} → ${res.status} ${JSON.stringify(res.body)}`);
  return 'allowed';
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
};
