import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TPlanDetail, TPlanSummary } from '@papi/contracts';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { countRows, createNationalAdmin, expectApiError, type Paged } from '../../test/helpers.ts';
import { samplePlan, sampleTask, sampleTasks } from './plans.samples.ts';

let ctx: TestContext;
let drafter: TestClient;
let leader: TestClient;
let viewer: TestClient;
let national: TestClient;
const units = { sonla: 0, laichau: 0 };
let agency = { id: 0, name: '' };

beforeAll(async () => {
  ctx = await createTestContext();
  await createNationalAdmin(ctx, 'quocgia');
  [drafter, leader, viewer, national] = await Promise.all([
    ctx.as('noivu'),
    ctx.as('lanhdao'),
    ctx.as('xem'),
    ctx.as('quocgia'),
  ]);
  units.sonla = await ctx.unitId('post2025', 'province', '14');
  units.laichau = await ctx.unitId('post2025', 'province', '12');
  const r = await ctx.database.pool.query<{ id: number; name: string }>(
    'select id, name from agency where unit_id = $1 and active order by id limit 1',
    [units.sonla],
  );
  agency = r.rows[0]!;
});
afterAll(() => ctx.close());

const ok = <T>(res: { status: number; body: unknown }, status = 200) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body as T;
};

async function draft(client = drafter, unitId = units.sonla, title?: string) {
  return ok<TPlanDetail>(await client.post('/api/plans', samplePlan(unitId, title)), 201);
}

describe('a plan from draft to amendment', () => {
  let plan: TPlanDetail;
  let amendment: TPlanDetail;

  it('creates a draft, edits its header and saves the task list', async () => {
    plan = await draft();
    expect(plan).toMatchObject({ status: 'draft', versionNo: 1, number: null, version: 1 });
    expect(plan.documentNumber).toBe('/KH-UBND');
    expect(plan.actions).toEqual(['submit']);

    plan = ok(
      await drafter.patch(`/api/plans/${plan.id}`, {
        version: 1,
        title: 'Nâng cao Chỉ số hiệu quả quản trị và hành chính công năm 2023',
      }),
    );
    expect(plan.version).toBe(2);

    const tasks = [
      ...sampleTasks(agency).slice(0, 7),
      { ...sampleTask(0, agency), number: '1.2', lead: null },
    ];
    plan = ok(await drafter.request('PUT', `/api/plans/${plan.id}/tasks`, { version: 2, tasks }));
    expect(plan.tasks.map((t) => [t.position, t.number])).toEqual(
      tasks.map((t, i) => [i + 1, t.number]),
    );
    expect(await countRows(ctx, 'audit_log where entity = $1', ['plan'])).toBe(3);
  });

  it('starts the header from the unit where the author left it empty', async () => {
    const { body: _b, ...bare } = samplePlan(units.sonla, 'Kế hoạch không kèm nội dung');
    const empty = ok<TPlanDetail>(await drafter.post('/api/plans', bare), 201);
    expect(empty.body.header).toEqual({
      parentBody: null,
      issuingBody: 'ỦY BAN NHÂN DÂN TỈNH SƠN LA',
    });
    expect(empty.body.place).toBe('Sơn La');
    const given = samplePlan(units.sonla, 'Kế hoạch có tiêu đề riêng');
    given.body.header = { parentBody: 'BỘ NỘI VỤ', issuingBody: 'SỞ NỘI VỤ' } as never;
    given.body.place = 'Thành phố Sơn La';
    const kept = ok<TPlanDetail>(await drafter.post('/api/plans', given), 201);
    expect(kept.body.header).toEqual({ parentBody: 'BỘ NỘI VỤ', issuingBody: 'SỞ NỘI VỤ' });
    expect(kept.body.place).toBe('Thành phố Sơn La');
  });

  it('shows live issues: a missing dimension on the plan, a missing lead on its row', async () => {
    const got = ok<TPlanDetail>(await viewer.get(`/api/plans/${plan.id}`));
    const errors = got.issues.filter((i) => i.severity === 'error');
    expect(errors).toContainEqual(
      expect.objectContaining({ taskNumber: null, message: expect.stringContaining('D8') }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({
        taskNumber: '1.2',
        field: 'lead',
        message: 'Nhiệm vụ 1.2: chưa có cơ quan chủ trì',
      }),
    );
    expect(got.actions).toEqual([]);
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const res = await drafter.patch(`/api/plans/${plan.id}`, { version: 1, title: 'Cũ' });
    expectApiError(res, 409);
    expect(ok<TPlanDetail>(await drafter.get(`/api/plans/${plan.id}`)).title).toBe(plan.title);
  });

  it('lets the coordinator fix and submit; the drafter cannot issue, the leader can', async () => {
    const kept = plan.tasks.slice(0, 7).map((t, i) => ({ ...sampleTask(i, agency), id: t.id }));
    plan = ok(
      await drafter.request('PUT', `/api/plans/${plan.id}/tasks`, {
        version: plan.version,
        tasks: [...kept, sampleTask(7, agency)],
      }),
    );
    expect(plan.issues.filter((i) => i.severity === 'error')).toEqual([]);
    plan = ok(await drafter.post(`/api/plans/${plan.id}/submit`, { version: plan.version }));
    expect(plan.status).toBe('submitted');
    expectApiError(
      await drafter.patch(`/api/plans/${plan.id}`, { version: plan.version, title: 'Sửa' }),
      409,
    );

    expectApiError(
      await drafter.post(`/api/plans/${plan.id}/issue`, { version: plan.version }),
      403,
      'FORBIDDEN',
    );
    plan = ok(await leader.post(`/api/plans/${plan.id}/issue`, { version: plan.version }));
    expect(plan).toMatchObject({ status: 'issued', number: 1, documentNumber: '01/KH-UBND' });
    expect(plan.issuedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('keeps an issued plan immutable', async () => {
    const patch = await drafter.patch(`/api/plans/${plan.id}`, {
      version: plan.version,
      title: 'Sửa sau ban hành',
    });
    expect(expectApiError(patch, 409).message).toContain('Kế hoạch đã ban hành');
    const put = await drafter.request('PUT', `/api/plans/${plan.id}/tasks`, {
      version: plan.version,
      tasks: [],
    });
    expect(expectApiError(put, 409).message).toContain('Kế hoạch đã ban hành');
    expectApiError(
      await leader.post(`/api/plans/${plan.id}/issue`, { version: plan.version }),
      409,
    );
  });

  it('amends into a new draft version and lists the change against the issued one', async () => {
    amendment = ok(await drafter.post(`/api/plans/${plan.id}/amend`), 201);
    expect(amendment).toMatchObject({
      status: 'draft',
      versionNo: 2,
      amendsPlanId: plan.id,
      number: null,
    });
    const tasks = amendment.tasks.map((t, i) => ({ ...sampleTask(i, agency), id: t.id }));
    tasks[1] = {
      ...tasks[1]!,
      deadline: { kind: 'date', date: '2023-12-31', label: 'Quý IV/2023' },
    };
    amendment = ok(
      await drafter.request('PUT', `/api/plans/${amendment.id}/tasks`, {
        version: amendment.version,
        tasks,
      }),
    );
    const diff = ok<{ lines: string[]; changed: string[]; unchanged: number }>(
      await viewer.get(`/api/plans/${amendment.id}/diff`),
    );
    expect(diff.lines).toEqual(['Nhiệm vụ 2.1: thời hạn “Quý III/2023” → “Quý IV/2023”']);
    expect(diff).toMatchObject({ changed: ['2.1'], unchanged: 7 });
  });

  it('numbers the next issued plan of the unit and year in sequence', async () => {
    amendment = ok(
      await drafter.post(`/api/plans/${amendment.id}/submit`, { version: amendment.version }),
    );
    amendment = ok(
      await leader.post(`/api/plans/${amendment.id}/issue`, { version: amendment.version }),
    );
    expect(amendment.documentNumber).toBe('02/KH-UBND');
  });

  it('lists plans in scope with accent-insensitive search and filters', async () => {
    const list = ok<Paged<TPlanSummary>>(
      await viewer.get('/api/plans?q=hieu qua quan tri&status=issued&year=2023'),
    );
    expect(list.items.map((p) => p.id).sort()).toEqual([plan.id, amendment.id].sort());
    const byNumber = ok<Paged<TPlanSummary>>(await viewer.get('/api/plans?q=01/KH'));
    expect(byNumber.items.map((p) => p.id)).toEqual([plan.id]);
    const drafts = ok<Paged<TPlanSummary>>(await viewer.get('/api/plans?status=draft'));
    expect(drafts.items.some((p) => p.id === plan.id)).toBe(false);
  });
});

describe('issuance gate and scope', () => {
  it('refuses to issue a plan with errors, listing them in Vietnamese', async () => {
    let p = await draft(drafter, units.sonla, 'Kế hoạch còn thiếu');
    p = ok(
      await drafter.request('PUT', `/api/plans/${p.id}/tasks`, {
        version: p.version,
        tasks: sampleTasks(agency),
      }),
    );
    p = ok(await drafter.post(`/api/plans/${p.id}/submit`, { version: p.version }));
    // The lead agency closes after submission: issuing finds what the check now reports.
    await ctx.database.pool.query('update agency set active = false where id = $1', [agency.id]);
    try {
      const res = await leader.post(`/api/plans/${p.id}/issue`, { version: p.version });
      const body = expectApiError(res, 400, 'PLAN_INVALID');
      // Eight tasks lead by it, and the template's organisation item naming it.
      expect(body.message).toContain('Chưa thể ban hành kế hoạch, còn 9 lỗi');
      expect(body.message).toContain(
        `Tổ chức thực hiện, mục 1: cơ quan “${agency.name}” đã ngừng hoạt động`,
      );
      expect(body.message).toContain(
        `Nhiệm vụ 1.1: cơ quan chủ trì “${agency.name}” đã ngừng hoạt động`,
      );
    } finally {
      await ctx.database.pool.query('update agency set active = true where id = $1', [agency.id]);
    }
    const after = ok<TPlanDetail>(await leader.get(`/api/plans/${p.id}`));
    expect(after).toMatchObject({ status: 'submitted', number: null, version: p.version });
    // The leader sends it back with a reason; the drafter can edit again.
    const back = ok<TPlanDetail>(
      await leader.post(`/api/plans/${p.id}/return`, {
        version: p.version,
        reason: 'Thay cơ quan chủ trì đã ngừng hoạt động.',
      }),
    );
    expect(back.status).toBe('draft');
  });

  it('hides plans out of scope (404) and keeps them out of lists', async () => {
    const other = await draft(national, units.laichau, 'Kế hoạch của Lai Châu');
    expectApiError(await drafter.get(`/api/plans/${other.id}`), 404, 'NOT_FOUND');
    expectApiError(
      await drafter.patch(`/api/plans/${other.id}`, { version: 1, title: 'x' }),
      404,
      'NOT_FOUND',
    );
    expectApiError(await drafter.post('/api/plans', samplePlan(units.laichau)), 404);
    const list = ok<Paged<TPlanSummary>>(await drafter.get('/api/plans?q=lai chau'));
    expect(list.items).toEqual([]);
  });

  it('lets viewers read but not draft', async () => {
    expectApiError(await viewer.post('/api/plans', samplePlan(units.sonla)), 403, 'FORBIDDEN');
  });
});

describe('the Word document', () => {
  it('loads a plan through the API and downloads it as .docx', async () => {
    let p = await draft(drafter, units.sonla, 'Nâng cao chỉ số PAPI năm 2023 của tỉnh');
    p = ok(
      await drafter.request('PUT', `/api/plans/${p.id}/tasks`, {
        version: p.version,
        tasks: sampleTasks(agency),
      }),
    );
    const res = await viewer.request('GET', `/api/plans/${p.id}/document`);
    expect(res.status).toBe(200);
    const raw = await ctx.app.request(`/api/plans/${p.id}/document`, {
      headers: { cookie: viewer.cookie },
    });
    expect(raw.headers.get('content-type')).toContain('wordprocessingml');
    const zip = await JSZip.loadAsync(new Uint8Array(await raw.arrayBuffer()));
    const xml = await zip.file('word/document.xml')!.async('string');
    const textOnly = xml.replace(/<[^>]+>/g, '');
    expect(textOnly).toContain('KẾ HOẠCH');
    expect(textOnly).toContain('Nội dung nhiệm vụ lĩnh vực D3');
  });
});
