import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TPlanDetail, TPlanSolution, TPlanTypeSettings } from '@papi/contracts';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { countRows, expectApiError, type Paged } from '../../test/helpers.ts';
import { bootstrap } from '../../bootstrap.ts';
import { samplePlan, sampleTasks } from './plans.samples.ts';

let ctx: TestContext;
let coordinator: TestClient;
let officer: TestClient;
let leader: TestClient;
const ids = { sonla: 0, agency: 0 };

const ok = <T>(res: { status: number; body: unknown }, status = 200) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body as T;
};

beforeAll(async () => {
  ctx = await createTestContext();
  // The drafting officer works for the province's People's Committee (a sở's officer, such
  // as tuphap, acts for their agency only and drafts no plan of the province).
  await ctx.database.pool.query(
    `insert into app_user (username, full_name, role, unit_id, agency_id, password_hash,
                           must_change_password, search)
     select 'vanphong', 'Chuyên viên Văn phòng UBND tỉnh', 'officer', unit_id, agency_id,
            password_hash, false, 'vanphong'
       from app_user where username = 'lanhdao'`,
  );
  [coordinator, officer, leader] = await Promise.all([
    ctx.as('noivu'),
    ctx.as('vanphong'),
    ctx.as('lanhdao'),
  ]);
  ids.sonla = await ctx.unitId('post2025', 'province', '14');
  const r = await ctx.database.pool.query<{ id: number }>(
    `select agency_id as id from app_user where username = 'noivu'`,
  );
  ids.agency = r.rows[0]!.id;
});
afterAll(() => ctx.close());

async function draftWith(tasks: unknown[], client = officer) {
  const p = ok<TPlanDetail>(await client.post('/api/plans', samplePlan(ids.sonla)), 201);
  return ok<TPlanDetail>(
    await client.request('PUT', `/api/plans/${p.id}/tasks`, { version: p.version, tasks }),
  );
}

describe('solution library', () => {
  it('ships the seed solutions once, however often the server starts', async () => {
    const before = await countRows(ctx, 'plan_solution');
    expect(before).toBeGreaterThanOrEqual(35);
    await bootstrap(ctx.database, { demo: true });
    expect(await countRows(ctx, 'plan_solution')).toBe(before);
  });

  it('searches accent-insensitively, filters by dimension, pages', async () => {
    const r = ok<Paged<TPlanSolution>>(
      await officer.get('/api/plan-solutions?q=bao%20hiem%20y%20te&dimension=D6'),
    );
    expect(r.items.length).toBeGreaterThan(0);
    expect(r.items.every((s) => s.dimensionCode.startsWith('D6') && s.shipped)).toBe(true);
    expect(r.items[0]!.content.toLowerCase()).toContain('bảo hiểm y tế');
    const page = ok<Paged<TPlanSolution>>(
      await officer.get('/api/plan-solutions?pageSize=5&page=2'),
    );
    expect(page.items).toHaveLength(5);
    expect(page.total).toBeGreaterThanOrEqual(35);
    expect(
      ok<Paged<TPlanSolution>>(await officer.get('/api/plan-solutions?page=99')).items,
    ).toEqual([]);
  });

  it('lets coordinators add, edit and delete their own; shipped rows stay read-only', async () => {
    const created = ok<TPlanSolution>(
      await coordinator.post('/api/plan-solutions', {
        dimensionCode: 'd3.2',
        title: 'Đối thoại định kỳ với người dân',
        content: 'Tổ chức đối thoại định kỳ hằng quý giữa lãnh đạo xã và người dân.',
        expectedResult: 'Biên bản đối thoại',
      }),
      201,
    );
    expect(created).toMatchObject({
      dimensionCode: 'D3.2',
      shipped: false,
      editable: true,
      usedInPlans: 0,
    });
    expect(created.unit?.id).toBe(ids.sonla);
    expectApiError(
      await coordinator.post('/api/plan-solutions', {
        dimensionCode: 'D12',
        title: 'x',
        content: 'y',
      }),
      400,
      'UNKNOWN_DIMENSION',
    );
    expectApiError(
      await officer.post('/api/plan-solutions', { dimensionCode: 'D3', title: 'x', content: 'y' }),
      403,
      'FORBIDDEN',
    );
    const edited = ok<TPlanSolution>(
      await coordinator.patch(`/api/plan-solutions/${created.id}`, {
        version: 1,
        title: 'Đối thoại hằng quý',
      }),
    );
    expect(edited.version).toBe(2);
    expectApiError(
      await coordinator.patch(`/api/plan-solutions/${created.id}`, { version: 1, title: 'cũ' }),
      409,
      'CONFLICT',
    );
    const shipped = ok<Paged<TPlanSolution>>(
      await coordinator.get('/api/plan-solutions?origin=shipped&pageSize=1'),
    ).items[0]!;
    expect(shipped.editable).toBe(false);
    expectApiError(
      await coordinator.patch(`/api/plan-solutions/${shipped.id}`, { version: 1, title: 'x' }),
      403,
      'FORBIDDEN',
    );
    ok(await coordinator.request('DELETE', `/api/plan-solutions/${created.id}`, { version: 2 }));
    expectApiError(await coordinator.get(`/api/plan-solutions/${created.id}`), 404, 'NOT_FOUND');
  });

  it('inserts a solution into a draft as its next task and counts the plans using it', async () => {
    const [solution] = ok<Paged<TPlanSolution>>(
      await officer.get('/api/plan-solutions?dimension=D2&pageSize=1'),
    ).items;
    const a = await draftWith(sampleTasks({ id: ids.agency, name: 'Sở Nội vụ' }));
    const after = ok<TPlanDetail>(
      await officer.post(`/api/plans/${a.id}/solutions`, {
        version: a.version,
        solutionId: solution!.id,
      }),
    );
    const added = after.tasks.at(-1)!;
    expect(added).toMatchObject({
      number: '2.2',
      content: solution!.content,
      dimensionCodes: ['D2'],
      solutionId: solution!.id,
    });
    expect(after.version).toBe(a.version + 1);
    expectApiError(
      await officer.post(`/api/plans/${a.id}/solutions`, {
        version: a.version,
        solutionId: solution!.id,
      }),
      409,
      'CONFLICT',
    );
    // A task-list save that does not mention solutionId keeps the link.
    const kept = ok<TPlanDetail>(
      await officer.request('PUT', `/api/plans/${a.id}/tasks`, {
        version: after.version,
        tasks: after.tasks.map(({ solutionId: _s, position: _p, ...t }) => t),
      }),
    );
    expect(kept.tasks.at(-1)!.solutionId).toBe(solution!.id);
    const b = await draftWith([]);
    ok(
      await officer.post(`/api/plans/${b.id}/solutions`, {
        version: b.version,
        solutionId: solution!.id,
      }),
    );
    ok(
      await officer.post(`/api/plans/${b.id}/solutions`, {
        version: b.version + 1,
        solutionId: solution!.id,
        number: '9',
      }),
    );
    const counted = ok<TPlanSolution>(await officer.get(`/api/plan-solutions/${solution!.id}`));
    expect(counted.usedInPlans).toBe(2);
  });
});

describe('copy a plan', () => {
  it('makes a new draft a year later: new keys, dates shifted, number cleared, audited', async () => {
    const src = await draftWith(sampleTasks({ id: ids.agency, name: 'Sở Nội vụ' }));
    await ctx.database.pool.query(
      `update plan set status = 'issued', number = 7, issued_on = '2023-02-01' where id = $1`,
      [src.id],
    );
    const audits = await countRows(ctx, 'audit_log');
    const copy = ok<TPlanDetail>(
      await officer.post(`/api/plans/${src.id}/copy`, { year: 2024 }),
      201,
    );
    expect(copy).toMatchObject({
      status: 'draft',
      number: null,
      year: 2024,
      title: 'Nâng cao chỉ số PAPI năm 2024',
      period: { from: '2024-01-01', to: '2024-12-31' },
    });
    expect(copy.tasks[0]!.deadline).toEqual({
      kind: 'date',
      date: '2024-09-30',
      label: 'Quý III/2024',
    });
    expect(copy.tasks.map((t) => t.number)).toEqual(src.tasks.map((t) => t.number));
    const keys = await ctx.database.pool.query<{ n: number }>(
      `select count(*)::int as n from plan_task a join plan_task b on a.task_key = b.task_key
        where a.plan_id = $1 and b.plan_id = $2`,
      [src.id, copy.id],
    );
    expect(keys.rows[0]!.n).toBe(0);
    expect(await countRows(ctx, 'audit_log')).toBe(audits + 1);
    expectApiError(
      await officer.post(`/api/plans/${src.id}/copy`, {
        year: 2025,
        period: { from: '2023-01-01', to: '2023-12-31' },
      }),
      400,
      'PERIOD_OUTSIDE_YEAR',
    );
    expectApiError(
      await leader.post(`/api/plans/${src.id}/copy`, { year: 2024 }),
      403,
      'FORBIDDEN',
    );
  });
});

describe('plan-type rule overrides', () => {
  it('switch a rule off for live validation and issuance; bad or stale overrides are refused', async () => {
    const missingD8 = sampleTasks({ id: ids.agency, name: 'Sở Nội vụ' }).slice(0, 7);
    const p = await draftWith(missingD8);
    expect(p.issues.some((i) => i.rule === 'covers_all_dimensions')).toBe(true);

    const s = ok<TPlanTypeSettings>(await officer.get('/api/plan-types'));
    expect(s.types.map((t) => t.code)).toContain('improvement');
    expectApiError(
      await officer.request('PUT', '/api/plan-types', { version: s.version, overrides: {} }),
      403,
      'FORBIDDEN',
    );
    expectApiError(
      await coordinator.request('PUT', '/api/plan-types', {
        version: s.version,
        overrides: { improvement: { rules: { min_tasks: { min: -1 } } } },
      }),
      400,
      'INVALID_RULES',
    );
    const saved = ok<TPlanTypeSettings>(
      await coordinator.request('PUT', '/api/plan-types', {
        version: s.version,
        overrides: { improvement: { rules: { covers_all_dimensions: false } } },
      }),
    );
    expect(saved.version).toBe(s.version + 1);
    expect(
      saved.types.find((t) => t.code === 'improvement')!.rules.map((r) => r.rule),
    ).not.toContain('covers_all_dimensions');
    expectApiError(
      await coordinator.request('PUT', '/api/plan-types', { version: s.version, overrides: {} }),
      409,
      'CONFLICT',
    );

    const live = ok<TPlanDetail>(await officer.get(`/api/plans/${p.id}`));
    expect(live.issues.some((i) => i.rule === 'covers_all_dimensions')).toBe(false);
    const sub = ok<TPlanDetail>(
      await officer.post(`/api/plans/${p.id}/submit`, { version: live.version }),
    );
    const issued = ok<TPlanDetail>(
      await leader.post(`/api/plans/${p.id}/issue`, { version: sub.version }),
    );
    expect(issued.status).toBe('issued');
  });
});

describe('plan types added by the installation', () => {
  it('a coordinator adds a type with its own rules; plans of it are created, listed and checked by those rules', async () => {
    const code = 'kiem_tra_cong_vu';
    const unknown = expectApiError(
      await officer.post('/api/plans', { ...samplePlan(ids.sonla), planType: code }),
      400,
      'VALIDATION',
    );
    expect(unknown.message).toContain('(trường "planType")');
    expect(unknown.message).toContain(code);
    expectApiError(
      await officer.post('/api/plans', { ...samplePlan(ids.sonla), planType: 'Kiểm tra' }),
      400,
      'VALIDATION',
    );

    const s = ok<TPlanTypeSettings>(await officer.get('/api/plan-types'));
    const saved = ok<TPlanTypeSettings>(
      await coordinator.request('PUT', '/api/plan-types', {
        version: s.version,
        overrides: {
          ...s.overrides,
          [code]: {
            nameVi: 'Kế hoạch kiểm tra công vụ',
            rules: {
              min_tasks: { min: 2 },
              task_requires: { fields: ['content', 'expectedResult'] },
            },
          },
        },
      }),
    );
    const added = saved.types.find((t) => t.code === code)!;
    expect(added).toMatchObject({ builtIn: false, tasksByDimension: false });

    const created = ok<TPlanDetail>(
      await officer.post('/api/plans', {
        ...samplePlan(ids.sonla, 'Kiểm tra công vụ'),
        planType: code,
      }),
      201,
    );
    expect(created.planType).toBe(code);
    expect(created.issues.map((i) => i.rule)).toContain('min_tasks');

    const [task] = sampleTasks({ id: ids.agency, name: 'Sở Nội vụ' });
    const edited = ok<TPlanDetail>(
      await officer.request('PUT', `/api/plans/${created.id}/tasks`, {
        version: created.version,
        tasks: [{ ...task, expectedResult: null }],
      }),
    );
    const rules = edited.issues.map((i) => i.rule);
    expect(rules).toContain('min_tasks');
    expect(edited.issues.find((i) => i.rule === 'task_requires')).toMatchObject({
      severity: 'error',
      taskNumber: task!.number,
      field: 'expectedResult',
    });
    // Its own rules only: the improvement plan's dimension coverage does not apply.
    expect(rules).not.toContain('covers_all_dimensions');

    const listed = ok<Paged<{ id: number; planType: string }>>(
      await officer.get('/api/plans?q=kiem%20tra%20cong%20vu&pageSize=50'),
    );
    expect(listed.items.find((p) => p.id === created.id)?.planType).toBe(code);
  });
});
