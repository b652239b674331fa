/**
 * Test data for execution and reporting: a province plan of Sơn La, issued through the
 * real workflow (coordinator submits, leader issues), whose tasks are led by the given
 * agencies and have the given deadlines.
 */
import { expect } from 'vitest';
import type { TestClient, TestContext } from '../../test/harness.ts';
import { sampleBody } from '../plans/plans.samples.ts';

export interface TaskSpec {
  lead: { id: number; name: string };
  cooperating?: { id: number; name: string }[];
  deadline: unknown;
  dimension?: string;
  /** Default: "Nhiệm vụ thử số N lĩnh vực Dx". */
  content?: string;
}

const DIMENSIONS = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'];

export const ok = <T>(res: { status: number; body: unknown }, status = 200): T => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body as T;
};

export async function agencyOf(ctx: TestContext, username: string) {
  const r = await ctx.database.pool.query<{ id: number; name: string; unit_id: number }>(
    `select a.id, a.name, a.unit_id from app_user u join agency a on a.id = u.agency_id
      where u.username = $1`,
    [username],
  );
  return r.rows[0]!;
}

/** Issues a plan with one task per spec (the rest of the eight dimensions filled by `filler`). */
export async function issuedPlan(
  ctx: TestContext,
  clients: { coordinator: TestClient; leader: TestClient },
  unitId: number,
  year: number,
  specs: TaskSpec[],
  filler: { id: number; name: string },
  indicators: { code: string; name: string; unit: string }[] = [],
  obligations: unknown[] = [],
) {
  const created = ok<{ id: number; version: number }>(
    await clients.coordinator.post('/api/plans', {
      unitId,
      planType: 'improvement',
      year,
      title: `Nâng cao Chỉ số PAPI năm ${year} (thử ${Math.random().toString(36).slice(2, 7)})`,
      period: { from: `${year}-01-01`, to: `${year}-12-31` },
      body: { ...sampleBody(), obligations },
    }),
    201,
  );
  const task = (i: number, s: TaskSpec) => ({
    number: `${i + 1}.1`,
    content: s.content ?? `Nhiệm vụ thử số ${i + 1} lĩnh vực ${s.dimension ?? DIMENSIONS[i % 8]}`,
    dimensionCodes: [s.dimension ?? DIMENSIONS[i % 8]!],
    lead: { kind: 'agency', id: String(s.lead.id), name: s.lead.name },
    cooperating: (s.cooperating ?? []).map((c) => ({
      kind: 'agency',
      id: String(c.id),
      name: c.name,
    })),
    deadline: s.deadline,
    expectedResult: 'Báo cáo kết quả',
  });
  const all = [
    ...specs,
    ...DIMENSIONS.slice(specs.length).map((d) => ({
      lead: filler,
      deadline: { kind: 'date', date: `${year}-12-31` },
      dimension: d,
    })),
  ];
  let version = ok<{ version: number }>(
    await clients.coordinator.request('PUT', `/api/plans/${created.id}/tasks`, {
      version: created.version,
      tasks: all.map((s, i) => task(i, s)),
    }),
  ).version;
  if (indicators.length > 0) {
    version = ok<{ version: number }>(
      await clients.coordinator.request('PUT', `/api/plans/${created.id}/indicators`, {
        version,
        items: indicators,
      }),
    ).version;
  }
  version = ok<{ version: number }>(
    await clients.coordinator.post(`/api/plans/${created.id}/submit`, { version }),
  ).version;
  ok(await clients.leader.post(`/api/plans/${created.id}/issue`, { version }));
  const r = await ctx.database.pool.query<{ id: number }>(
    'select id from plan_task where plan_id = $1 order by position',
    [created.id],
  );
  return { planId: created.id, taskIds: r.rows.map((t) => t.id) };
}
