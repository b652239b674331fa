import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@papi/domain';
import type { TComplianceBoard, TObligation, TPlanDetail, TPlanTrace } from '@papi/contracts';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { countRows, expectApiError, type Paged } from '../../test/helpers.ts';
import { todayVn } from '../../platform/clock.ts';
import { samplePlan, sampleTasks } from './plans.samples.ts';

let ctx: TestContext;
let coordinator: TestClient;
let leader: TestClient;
let commune: TestClient;
const ids = { sonla: 0, mocchau: 0, other: 0, provAgency: 0, communeAgency: 0 };

const ok = <T>(res: { status: number; body: unknown }, status = 200) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body as T;
};
const one = (sql: string, params: unknown[] = []) =>
  ctx.database.pool.query<{ id: number }>(sql, params).then((r) => r.rows[0]!.id);

beforeAll(async () => {
  ctx = await createTestContext();
  [coordinator, leader, commune] = await Promise.all([
    ctx.as('noivu'),
    ctx.as('lanhdao'),
    ctx.as('xa'),
  ]);
  ids.sonla = await ctx.unitId('post2025', 'province', '14');
  ids.mocchau = await one(`select unit_id as id from app_user where username = 'xa'`);
  ids.other = await one(
    `select id from admin_unit where parent_id = $1 and id <> $2 order by code limit 1`,
    [ids.sonla, ids.mocchau],
  );
  ids.provAgency = await one(`select id from agency where unit_id = $1 order by id limit 1`, [
    ids.sonla,
  ]);
  ids.communeAgency = await one(`select agency_id as id from app_user where username = 'xa'`);
});
afterAll(() => ctx.close());

/** A provincial plan whose tasks 1.1 (lead) and 2.1 (cooperating) concern the commune. */
async function issuedParent(
  unitIds: string[],
  deadline: unknown = { kind: 'relative', days: 30, after: 'issuance' },
  submit = true,
) {
  const draft = ok<TPlanDetail>(
    await coordinator.post('/api/plans', {
      ...samplePlan(ids.sonla, 'Nâng cao Chỉ số PAPI tỉnh Sơn La'),
      body: {
        ...samplePlan(ids.sonla).body,
        obligations: [{ id: 'ob1', addressees: 'UBND các xã, phường', unitIds, deadline }],
      },
    }),
    201,
  );
  const tasks = sampleTasks({ id: ids.provAgency, name: 'Sở Nội vụ' });
  tasks[0]!.lead = { kind: 'agency', id: String(ids.communeAgency), name: 'UBND phường Mộc Châu' };
  (tasks[1]!.cooperating as unknown[]) = [
    { kind: 'group', label: 'UBND các xã, phường', memberIds: [String(ids.communeAgency)] },
  ];
  let p = ok<TPlanDetail>(
    await coordinator.request('PUT', `/api/plans/${draft.id}/tasks`, {
      version: draft.version,
      tasks,
    }),
  );
  if (submit) p = ok(await coordinator.post(`/api/plans/${p.id}/submit`, { version: p.version }));
  return p;
}

describe('cascade: obligations, child plans, board, reminders', () => {
  let parent: TPlanDetail;
  let obligation: TObligation;
  let child: TPlanDetail;

  it('refuses to submit while an obligation names a unit that is not below the issuer', async () => {
    const p = await issuedParent([String(ids.mocchau), '999999'], undefined, false);
    // The draft already shows it live, pointing at the obligations; submit (and so issue)
    // refuses what the draft shows.
    expect(p.issues).toContainEqual(
      expect.objectContaining({ rule: 'obligations', field: 'obligations', severity: 'error' }),
    );
    const res = await coordinator.post(`/api/plans/${p.id}/submit`, { version: p.version });
    expect(expectApiError(res, 400, 'PLAN_INVALID').message).toContain('đơn vị mã 999999');
    expect(await countRows(ctx, 'plan_obligation where parent_plan_id = $1', [p.id])).toBe(0);
  });

  it('materialises one obligation row per unit at issuance and raises plan.issued', async () => {
    const p = await issuedParent([String(ids.mocchau), String(ids.other)]);
    parent = ok(await leader.post(`/api/plans/${p.id}/issue`, { version: p.version }));
    expect(parent.status).toBe('issued');
    const rows = await ctx.database.pool.query<{ due: string }>(
      `select due::text as due from plan_obligation where parent_plan_id = $1`,
      [parent.id],
    );
    expect(rows.rows.map((r) => r.due)).toEqual([addDays(todayVn(), 30), addDays(todayVn(), 30)]);
    const events = await ctx.database.pool.query<{
      payload: { planId: number; obligedUnits: number };
    }>(`select payload from domain_event where type = 'plan.issued'`);
    expect(events.rows.map((e) => e.payload)).toContainEqual(
      expect.objectContaining({ planId: parent.id, obligedUnits: 2 }),
    );
  });

  it('shows the commune its own obligation, the province both', async () => {
    const mine = ok<Paged<TObligation>>(await commune.get('/api/plan-obligations'));
    expect(mine.items).toHaveLength(1);
    obligation = mine.items[0]!;
    expect(obligation).toMatchObject({
      unit: { id: ids.mocchau },
      parentPlan: { id: parent.id, documentNumber: parent.documentNumber },
      compliance: 'not_yet',
      due: addDays(todayVn(), 30),
      deadlineText: '30 ngày sau khi ban hành Kế hoạch',
      childPlan: null,
      actions: ['start'],
    });
    const all = ok<Paged<TObligation>>(
      await coordinator.get(`/api/plan-obligations?parentPlanId=${parent.id}`),
    );
    expect(all.total).toBe(2);
    expect(all.items.every((o) => o.actions.includes('remind'))).toBe(true);
  });

  it('starts the child plan pre-filled with the tasks naming the commune, linked both ways', async () => {
    child = ok<TPlanDetail>(
      await commune.post(`/api/plan-obligations/${obligation.id}/start`),
      201,
    );
    expect(child).toMatchObject({
      status: 'draft',
      parentPlanId: parent.id,
      unit: { id: ids.mocchau },
    });
    // Each task starts led by the ward's own committee, which the parent named; the plan
    // has the ward's own title.
    const ward = { kind: 'agency', id: String(ids.communeAgency) };
    expect(child.tasks.map((t) => [t.number, t.parentTaskId, t.lead])).toEqual([
      ['1.1', parent.tasks[0]!.id, expect.objectContaining(ward)],
      ['2.1', parent.tasks[1]!.id, expect.objectContaining(ward)],
    ]);
    expect(child.title).toBe(
      `Nâng cao Chỉ số PAPI trên địa bàn phường Mộc Châu năm ${parent.year}`,
    );
    expect(child.body.purpose.length).toBeGreaterThan(0);
    expect(child.body.bases.find((b) => b.implementsParent)).toMatchObject({
      implementsParent: true,
      parentPlanId: String(parent.id),
    });
    // The commune's own header and place, ready for its document.
    expect(child.body.header.issuingBody).toBe('ỦY BAN NHÂN DÂN PHƯỜNG MỘC CHÂU');
    expect(child.body.place).toBe('Mộc Châu');
    expectApiError(
      await commune.post(`/api/plan-obligations/${obligation.id}/start`),
      409,
      'CONFLICT',
    );

    const up = ok<TPlanTrace>(await commune.get(`/api/plans/${child.id}/trace`));
    expect(up.parentPlan?.id).toBe(parent.id);
    expect(up.tasks[0]!.parentTask).toMatchObject({
      taskId: parent.tasks[0]!.id,
      number: '1.1',
      plan: { id: parent.id },
    });
    const down = ok<TPlanTrace>(await coordinator.get(`/api/plans/${parent.id}/trace`));
    expect(down.childPlans.map((c) => c.id)).toEqual([child.id]);
    expect(down.tasks[0]!.childTasks).toEqual([
      expect.objectContaining({
        taskId: child.tasks[0]!.id,
        plan: expect.objectContaining({ id: child.id }),
      }),
    ]);
    expect(down.tasks[2]!.childTasks).toEqual([]);
  });

  it('counts the board: not yet, on time, late, overdue; uncovered dimensions and dropped tasks', async () => {
    let board = ok<TComplianceBoard>(await coordinator.get(`/api/plans/${parent.id}/compliance`));
    expect(board.summary).toEqual({ total: 2, on_time: 0, late: 0, not_yet: 2, overdue: 0 });
    const row = board.rows.find((r) => r.unit.id === ids.mocchau)!;
    expect(row.uncovered).toEqual(['D3', 'D4', 'D5', 'D6', 'D7', 'D8']);
    expect(row.missingParentTasks).toEqual([]);

    // The commune drops task 2.1 and issues on time; the other commune is past due.
    await ctx.database.pool.query(`delete from plan_task where plan_id = $1 and number = '2.1'`, [
      child.id,
    ]);
    await ctx.database.pool.query(
      `update plan set status = 'issued', issued_on = $2 where id = $1`,
      [child.id, todayVn()],
    );
    await ctx.database.pool.query(
      `update plan_obligation set due = $2 where parent_plan_id = $1 and unit_id = $3`,
      [parent.id, addDays(todayVn(), -1), ids.other],
    );
    board = ok(await coordinator.get(`/api/plans/${parent.id}/compliance`));
    expect(board.summary).toMatchObject({ on_time: 1, overdue: 1 });
    expect(board.rows.find((r) => r.unit.id === ids.mocchau)).toMatchObject({
      compliance: 'on_time',
      issuedOn: todayVn(),
      missingParentTasks: ['2.1'],
    });
    expect(board.obligations[0]!.counts.total).toBe(2);

    await ctx.database.pool.query(`update plan set issued_on = $2 where id = $1`, [
      child.id,
      addDays(todayVn(), 31),
    ]);
    board = ok(await coordinator.get(`/api/plans/${parent.id}/compliance`));
    expect(board.summary).toMatchObject({ late: 1, overdue: 1, on_time: 0 });
    const overdue = ok<Paged<TObligation>>(
      await coordinator.get('/api/plan-obligations?compliance=overdue'),
    );
    expect(overdue.items.map((o) => o.unit.id)).toEqual([ids.other]);
  });

  it('reminds: managers of the parent only, recorded, audited and raised as an event', async () => {
    const [open] = ok<Paged<TObligation>>(
      await coordinator.get('/api/plan-obligations?open=true'),
    ).items;
    expect(open!.unit.id).toBe(ids.other);
    expectApiError(
      await commune.post(`/api/plan-obligations/${open!.id}/remind`),
      404,
      'NOT_FOUND',
    );
    const audits = await countRows(ctx, 'audit_log');
    const after = ok<TObligation>(
      await coordinator.post(`/api/plan-obligations/${open!.id}/remind`),
    );
    expect(after.lastRemindedAt).not.toBeNull();
    expect(await countRows(ctx, 'audit_log')).toBe(audits + 1);
    const ev = await ctx.database.pool.query<{ payload: Record<string, unknown> }>(
      `select payload from domain_event where type = 'plan.obligation.reminded'`,
    );
    expect(ev.rows.map((r) => r.payload)).toEqual([
      expect.objectContaining({
        obligationId: open!.id,
        unitId: ids.other,
        parentPlanId: parent.id,
        due: addDays(todayVn(), -1),
      }),
    ]);
    expectApiError(
      await coordinator.post(`/api/plan-obligations/${obligation.id}/remind`),
      409,
      'CONFLICT',
    );
  });

  it('links a child plan created by hand with the parent named', async () => {
    const [o] = ok<Paged<TObligation>>(
      await coordinator.get(`/api/plan-obligations?unitId=${ids.other}`),
    ).items;
    const made = ok<TPlanDetail>(
      await coordinator.post('/api/plans', {
        ...samplePlan(ids.other, 'Kế hoạch của xã'),
        parentPlanId: parent.id,
      }),
      201,
    );
    const [linked] = ok<Paged<TObligation>>(
      await coordinator.get(`/api/plan-obligations?unitId=${ids.other}`),
    ).items;
    expect(linked).toMatchObject({ id: o!.id, childPlan: { id: made.id } });
  });
});

describe('oblige all communes and wards in one action', () => {
  type Preview = { count: number; alreadyObliged: number; sample: string[]; addressees: string };
  const deadline = { kind: 'relative', days: 30, after: 'issuance' };

  it('previews the count, adds one obligation in one write, and never twice', async () => {
    const draft = ok<TPlanDetail>(await coordinator.post('/api/plans', samplePlan(ids.sonla)), 201);
    const communes = await ctx.database.pool.query<{ n: number }>(
      `select count(*)::int as n from admin_unit where parent_id = $1 and level = 'commune'`,
      [ids.sonla],
    );
    const url = `/api/plans/${draft.id}/obligations/all`;
    const preview = ok<Preview>(await coordinator.get(`${url}?unitId=${ids.sonla}`));
    expect(preview.count).toBe(communes.rows[0]!.n);
    expect(preview.count).toBeGreaterThan(50);
    expect(preview).toMatchObject({ alreadyObliged: 0, addressees: 'UBND các xã, phường' });
    expect(preview.sample).toHaveLength(8);

    const done = ok<{ added: number; plan: TPlanDetail }>(
      await coordinator.post(url, {
        unitId: ids.sonla,
        version: draft.version,
        addressees: preview.addressees,
        deadline,
      }),
    );
    expect(done.added).toBe(preview.count);
    expect(done.plan.version).toBe(draft.version + 1);
    const [ob] = done.plan.body.obligations;
    expect(ob!.unitIds).toHaveLength(preview.count);
    expect(ob!.unitIds).toContain(String(ids.mocchau));
    expect(
      await countRows(
        ctx,
        `audit_log where entity = 'plan' and entity_id = $1 and summary like $2`,
        [String(draft.id), `Giao ${preview.count} đơn vị%`],
      ),
    ).toBe(1);

    const again = ok<Preview>(await coordinator.get(`${url}?unitId=${ids.sonla}`));
    expect(again).toMatchObject({ count: 0, alreadyObliged: preview.count });
    const twice = await coordinator.post(url, {
      unitId: ids.sonla,
      version: done.plan.version,
      addressees: 'UBND các xã, phường',
      deadline,
    });
    expectApiError(twice, 400, 'NOTHING_TO_OBLIGE');
  });

  it('refuses other units, other people and stale versions, saving nothing', async () => {
    const draft = ok<TPlanDetail>(await coordinator.post('/api/plans', samplePlan(ids.sonla)), 201);
    const url = `/api/plans/${draft.id}/obligations/all`;
    const body = { unitId: ids.sonla, version: draft.version, addressees: 'UBND các xã', deadline };
    const hanoi = await ctx.unitId('post2025', 'province', '01');
    expectApiError(await coordinator.get(`${url}?unitId=${hanoi}`), 400, 'BAD_UNIT');
    // A commune officer cannot see the province's draft; the leader cannot edit drafts.
    expectApiError(await commune.get(`${url}?unitId=${ids.sonla}`), 404, 'NOT_FOUND');
    expectApiError(await commune.post(url, body), 404, 'NOT_FOUND');
    const byLeader = await leader.post(url, body);
    expect(byLeader.status).toBe(403);
    expectApiError(await coordinator.post(url, { ...body, version: draft.version + 5 }), 409);
    const still = ok<TPlanDetail>(await coordinator.get(`/api/plans/${draft.id}`));
    expect(still.body.obligations).toEqual([]);
    expect(still.version).toBe(draft.version);
  });
});
