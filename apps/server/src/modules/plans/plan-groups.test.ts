import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAppendixPreview, TGroupMembers, TPlanDetail, TWorkItem } from '@papi/contracts';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { countRows, expectApiError } from '../../test/helpers.ts';
import { base64 } from '../../test/index-files.ts';
import { agencyOf, ok } from '../execution/execution.fixtures.ts';
import { samplePlan, sampleTasks } from './plans.samples.ts';

let ctx: TestContext;
let noivu: TestClient;
let lanhdao: TestClient;
let xa: TestClient;
let tuphap: TestClient;
let sonla = 0;
/** Ids (as text) of the People's Committees of Sơn La's communes and wards. */
let communeCommittees: string[] = [];
let elsewhere = '';
const GROUP = 'UBND các xã, phường';

beforeAll(async () => {
  ctx = await createTestContext();
  [noivu, lanhdao, xa, tuphap] = (await Promise.all(
    ['noivu', 'lanhdao', 'xa', 'tuphap'].map((u) => ctx.as(u)),
  )) as [TestClient, TestClient, TestClient, TestClient];
  sonla = await ctx.unitId('post2025', 'province', '14');
  const r = await ctx.database.pool.query<{ id: number }>(
    `select a.id from agency a join admin_unit u on u.id = a.unit_id
      where a.kind = 'ubnd' and u.level = 'commune' and u.parent_id = $1`,
    [sonla],
  );
  communeCommittees = r.rows.map((x) => String(x.id));
  // An agency of another province: real, but outside a Sơn La plan's scope.
  const other = await ctx.database.pool.query<{ id: number }>(
    `insert into agency (unit_id, name, kind, search)
     values ((select id from admin_unit where era = 'post2025' and level = 'province' and code = '01'),
             'Sở Tư pháp Hà Nội', 'so', 'so tu phap ha noi') returning id`,
  );
  elsewhere = String(other.rows[0]!.id);
});
afterAll(() => ctx.close());

async function draftWithGroupLead(memberIds: string[]) {
  const justice = await agencyOf(ctx, 'tuphap');
  const draft = ok<TPlanDetail>(await noivu.post('/api/plans', samplePlan(sonla)), 201);
  const tasks = sampleTasks(justice);
  (tasks[0]!.lead as unknown) = { kind: 'group', label: GROUP, memberIds };
  return { draft, tasks };
}

describe('group members', () => {
  it('suggests the communes’ People’s Committees for "UBND các xã, phường"', async () => {
    const { draft } = await draftWithGroupLead([]);
    const b = ok<TGroupMembers>(
      await tuphap.get(`/api/plans/${draft.id}/group-members?label=${encodeURIComponent(GROUP)}`),
    );
    expect(b.recognised).toBe(true);
    expect(communeCommittees.length).toBeGreaterThan(10);
    expect([...b.suggestedIds].sort()).toEqual([...communeCommittees].sort());
    expect(b.agencies.map((a) => a.id)).toEqual(expect.arrayContaining(communeCommittees));
    expect(b.agencies.map((a) => a.id)).not.toContain(elsewhere);
    const unknown = ok<TGroupMembers>(
      await tuphap.get(
        `/api/plans/${draft.id}/group-members?label=C%C3%A1c%20h%E1%BB%99%20d%C3%A2n`,
      ),
    );
    expect(unknown).toMatchObject({ recognised: false, suggestedIds: [] });
  });

  it('fills the members on save, and the issued task reaches a commune’s My work', async () => {
    const { draft, tasks } = await draftWithGroupLead([]);
    let p = ok<TPlanDetail>(
      await noivu.request('PUT', `/api/plans/${draft.id}/tasks`, { version: draft.version, tasks }),
    );
    const lead = p.tasks.find((t) => t.number === '1.1')!.lead;
    expect(lead).toMatchObject({ kind: 'group', label: GROUP });
    expect(lead?.kind === 'group' && [...lead.memberIds].sort()).toEqual(
      [...communeCommittees].sort(),
    );
    p = ok(await noivu.post(`/api/plans/${p.id}/submit`, { version: p.version }));
    p = ok(await lanhdao.post(`/api/plans/${p.id}/issue`, { version: p.version }));
    expect(p.status).toBe('issued');
    const inbox = ok<{ items: TWorkItem[] }>(await xa.get('/api/my-work?kind=task&pageSize=100'));
    const mine = inbox.items.flatMap((i) =>
      i.kind === 'task' && i.task.plan.id === p.id ? [[i.task.number, i.role]] : [],
    );
    expect(mine).toEqual([['1.1', 'lead']]);
  });

  it('keeps members the user chose, without duplicates', async () => {
    const commune = String((await agencyOf(ctx, 'xa')).id);
    const { draft, tasks } = await draftWithGroupLead([commune, commune]);
    const p = ok<TPlanDetail>(
      await noivu.request('PUT', `/api/plans/${draft.id}/tasks`, { version: draft.version, tasks }),
    );
    expect(p.tasks[0]!.lead).toEqual({ kind: 'group', label: GROUP, memberIds: [commune] });
  });

  it.each([
    ['an unknown id', () => '999999'],
    ['another province’s agency', () => elsewhere],
  ])('refuses %s with 400 and saves nothing', async (_label, id) => {
    const { draft, tasks } = await draftWithGroupLead([]);
    const saved = ok<TPlanDetail>(
      await noivu.request('PUT', `/api/plans/${draft.id}/tasks`, { version: draft.version, tasks }),
    );
    const before = await countRows(ctx, 'plan_task where plan_id = $1', [draft.id]);
    const audits = await countRows(ctx, 'audit_log');
    (tasks[0]!.lead as unknown) = { kind: 'group', label: GROUP, memberIds: [id()] };
    tasks[1]!.content = 'Sửa lại nội dung';
    const res = await noivu.request('PUT', `/api/plans/${draft.id}/tasks`, {
      version: saved.version,
      tasks,
    });
    const err = expectApiError(res, 400, 'UNKNOWN_MEMBER');
    expect(err.message).toMatch(/^tasks\[0\]\.lead: nhiệm vụ 1\.1,/);
    expect(err.message).toContain(GROUP);
    const after = ok<TPlanDetail>(await noivu.get(`/api/plans/${draft.id}`));
    expect(after.version).toBe(saved.version);
    expect(after.tasks).toEqual(saved.tasks);
    expect(await countRows(ctx, 'plan_task where plan_id = $1', [draft.id])).toBe(before);
    expect(await countRows(ctx, 'audit_log')).toBe(audits);
  });
});

describe('group members from an appendix file', () => {
  it('reads a collective as a group with its members, not as an agency to create', async () => {
    const csv = [
      'STT;Nội dung;Lĩnh vực;Cơ quan chủ trì;Cơ quan phối hợp;Thời hạn;Kết quả',
      '1;Tổ chức đối thoại;D1;Ủy ban nhân dân các xã, phường;Các sở, ban, ngành;Quý II/2023;Biên bản',
      '2;Công khai ngân sách;D2;Sở Nội vụ;Các hộ kinh doanh;Quý III/2023;Tin bài',
    ].join('\n');
    const p = ok<TPlanDetail>(await noivu.post('/api/plans', samplePlan(sonla)), 201);
    const file = { filename: 'nhom.csv', contentBase64: base64(csv) };
    const preview = ok<TAppendixPreview>(
      await noivu.post(`/api/plans/${p.id}/appendix/import/preview`, file),
    );
    expect(preview.groups.map((g) => [g.name, g.rows])).toEqual([
      ['Ủy ban nhân dân các xã, phường', [2]],
      ['Các sở, ban, ngành', [2]],
    ]);
    expect(preview.groups[0]!.members).toBe(communeCommittees.length);
    // Unknown wording stays a name to map or create, as before.
    expect(preview.unknownAgencies.map((u) => u.name)).toEqual(['Các hộ kinh doanh']);
    const saved = ok<{ plan: TPlanDetail; createdAgencies: unknown[] }>(
      await noivu.post(`/api/plans/${p.id}/appendix/import`, {
        ...file,
        mapping: preview.mapping,
        mode: 'replace',
        version: p.version,
        agencyMap: { 'Các hộ kinh doanh': 'create' },
      }),
      201,
    );
    const [first] = saved.plan.tasks;
    expect(first!.lead).toMatchObject({ kind: 'group', label: 'Ủy ban nhân dân các xã, phường' });
    expect(first!.lead?.kind === 'group' && first!.lead.memberIds.length).toBe(
      communeCommittees.length,
    );
    expect(first!.cooperating[0]).toMatchObject({ kind: 'group', label: 'Các sở, ban, ngành' });
    expect(saved.createdAgencies).toHaveLength(1);
  });
});

describe('the task agency picker', () => {
  type Found = { items: { id: number; name: string; unitName: string }[]; total: number };
  const find = (client: TestClient, planId: number, q: string) =>
    client.get(`/api/plans/${planId}/agencies?q=${encodeURIComponent(q)}`);

  it('searches the whole catalogue a plan may name, without accents', async () => {
    const province = ok<TPlanDetail>(await noivu.post('/api/plans', samplePlan(sonla)), 201);
    // Beyond any preloaded page: a ward's committee from the province plan, typed plainly.
    const ward = ok<Found>(await find(noivu, province.id, 'uy ban phuong moc chau'));
    expect(ward.items.map((a) => a.name)).toContain('Ủy ban nhân dân phường Mộc Châu');
    const justice = ok<Found>(await find(noivu, province.id, 'SO TU PHAP'));
    expect(justice.items.map((a) => String(a.id))).not.toContain(elsewhere);
    expect(justice.items.some((a) => a.name.startsWith('Sở Tư pháp'))).toBe(true);
    const all = ok<Found>(await noivu.get(`/api/plans/${province.id}/agencies?limit=5`));
    expect(all.items).toHaveLength(5);
    expect(all.total).toBeGreaterThan(communeCommittees.length);

    // A ward plan names the province's departments above it, and nothing of other wards.
    const moc = await ctx.database.pool.query<{ id: number }>(
      `select id from admin_unit where era = 'post2025' and parent_id = $1 and name = 'Mộc Châu'`,
      [sonla],
    );
    const own = ok<TPlanDetail>(await xa.post('/api/plans', samplePlan(moc.rows[0]!.id)), 201);
    const above = ok<Found>(await find(xa, own.id, 'so noi vu'));
    expect(above.items[0]!.name).toMatch(/^Sở Nội vụ/);
    const others = ok<Found>(await find(xa, own.id, 'uy ban nhan dan'));
    expect(others.items.length).toBeGreaterThan(1);
    for (const a of others.items) expect(a.unitName).toMatch(/Mộc Châu|Sơn La/);
    expect(others.items[0]!.name).toBe('Ủy ban nhân dân phường Mộc Châu');
  });

  it('answers only those who may read the plan', async () => {
    const province = ok<TPlanDetail>(await noivu.post('/api/plans', samplePlan(sonla)), 201);
    expectApiError(await find(xa, province.id, 'so'), 404, 'NOT_FOUND');
  });
});
