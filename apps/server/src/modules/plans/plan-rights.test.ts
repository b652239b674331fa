import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TPlanDetail } from '@papi/contracts';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { countRows, expectApiError } from '../../test/helpers.ts';
import { samplePlan, sampleTasks } from './plans.samples.ts';

/**
 * Who drafts a unit's plan: its coordinators (and admins) and its People's Committee
 * officers; a sở's officer acts for their agency only. Tasks name catalogue agencies.
 */
let ctx: TestContext;
let tuphap: TestClient;
let noivu: TestClient;
let xa: TestClient;
const units = { sonla: 0, ward: 0, laichau: 0 };
const agencies = { sonla: { id: 0, name: '' }, laichau: 0 };

beforeAll(async () => {
  ctx = await createTestContext();
  [tuphap, noivu, xa] = await Promise.all([ctx.as('tuphap'), ctx.as('noivu'), ctx.as('xa')]);
  units.sonla = await ctx.unitId('post2025', 'province', '14');
  units.laichau = await ctx.unitId('post2025', 'province', '12');
  const q = ctx.database.pool;
  units.ward = (await q.query(`select unit_id from app_user where username = 'xa'`)).rows[0]
    .unit_id as number;
  agencies.sonla = (
    await q.query<{ id: number; name: string }>(
      `select id, name from agency where unit_id = $1 order by id limit 1`,
      [units.sonla],
    )
  ).rows[0]!;
  agencies.laichau = (
    await q.query<{ id: number }>(
      `insert into agency (unit_id, name, short_name, kind, search)
       values ($1, 'Sở Tư pháp tỉnh Lai Châu', '', 'so', 'so tu phap') returning id`,
      [units.laichau],
    )
  ).rows[0]!.id;
});
afterAll(() => ctx.close());

const ok = <T>(res: { status: number; body: unknown }, status = 200) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body as T;
};

describe('drafting belongs to the unit', () => {
  it("refuses a sở officer the province's and a ward's drafts, and creates nothing", async () => {
    for (const unitId of [units.sonla, units.ward]) {
      expectApiError(await tuphap.post('/api/plans', samplePlan(unitId)), 403, 'FORBIDDEN');
      expect(await countRows(ctx, 'plan where unit_id = $1', [unitId])).toBe(0);
    }
    const p = ok<TPlanDetail>(await noivu.post('/api/plans', samplePlan(units.sonla)), 201);
    expectApiError(
      await tuphap.patch(`/api/plans/${p.id}`, { version: p.version, title: 'Sửa' }),
      403,
      'FORBIDDEN',
    );
    expectApiError(
      await tuphap.request('PUT', `/api/plans/${p.id}/tasks`, { version: p.version, tasks: [] }),
      403,
      'FORBIDDEN',
    );
    expect(ok<TPlanDetail>(await tuphap.get(`/api/plans/${p.id}`)).actions).toEqual([]);
  });

  it("lets the ward's People's Committee officer draft the ward's plan, not the province's", async () => {
    ok(await xa.post('/api/plans', samplePlan(units.ward)), 201);
    expectApiError(await xa.post('/api/plans', samplePlan(units.sonla)), 404, 'NOT_FOUND');
  });
});

describe('task agencies come from the catalogue', () => {
  it("stores the catalogue's name and refuses an agency out of scope naming the field", async () => {
    const p = ok<TPlanDetail>(await noivu.post('/api/plans', samplePlan(units.sonla)), 201);
    const [task] = sampleTasks({ id: agencies.sonla.id, name: 'Anything' });
    const saved = ok<TPlanDetail>(
      await noivu.request('PUT', `/api/plans/${p.id}/tasks`, { version: p.version, tasks: [task] }),
    );
    expect(saved.tasks[0]!.lead).toEqual({
      kind: 'agency',
      id: String(agencies.sonla.id),
      name: agencies.sonla.name,
    });
    const foreign = { kind: 'agency', id: String(agencies.laichau), name: 'Sở Tư pháp' };
    const res = await noivu.request('PUT', `/api/plans/${p.id}/tasks`, {
      version: saved.version,
      tasks: [task, { ...task, number: '1.2', lead: foreign }],
    });
    expect(expectApiError(res, 400, 'OUT_OF_SCOPE').message).toMatch(
      /^tasks\[1\]\.lead: cơ quan không thuộc phạm vi/,
    );
    expect(ok<TPlanDetail>(await noivu.get(`/api/plans/${p.id}`)).tasks).toHaveLength(1);
  });
});
