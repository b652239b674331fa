import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TWorkItem } from '@papi/contracts';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { expectApiError } from '../../test/helpers.ts';
import { agencyOf, issuedPlan, ok } from '../execution/execution.fixtures.ts';
import { todayVn } from '../../platform/clock.ts';

let ctx: TestContext;
let noivu: TestClient;
let lanhdao: TestClient;
let xa: TestClient;
let tuphap: TestClient;
let plan: { planId: number; taskIds: number[] };
const today = todayVn();
const year = Number(today.slice(0, 4));

interface Inbox {
  items: TWorkItem[];
  total: number;
  counts: { overdue: number; tasks: number; reports: number };
}

beforeAll(async () => {
  ctx = await createTestContext();
  [noivu, lanhdao, xa, tuphap] = (await Promise.all(
    ['noivu', 'lanhdao', 'xa', 'tuphap'].map((u) => ctx.as(u)),
  )) as [TestClient, TestClient, TestClient, TestClient];
  const commune = await agencyOf(ctx, 'xa');
  const justice = await agencyOf(ctx, 'tuphap');
  plan = await issuedPlan(
    ctx,
    { coordinator: noivu, leader: lanhdao },
    await ctx.unitId('post2025', 'province', '14'),
    year,
    [
      { lead: commune, cooperating: [justice], deadline: { kind: 'date', date: `${year}-12-31` } },
      {
        lead: commune,
        deadline: { kind: 'date', date: `${year}-02-02` },
        content: 'Tổ chức đối thoại với người dân về ngân sách xã',
      },
    ],
    await agencyOf(ctx, 'noivu'),
    [],
    [
      {
        id: 'kh-xa',
        addressees: 'UBND các xã, phường',
        unitIds: [String(commune.unit_id)],
        deadline: { kind: 'relative', days: 15, after: 'issuance' },
      },
    ],
  );
});
afterAll(() => ctx.close());

const tasksOf = (b: Inbox) =>
  b.items.flatMap((i) => (i.kind === 'task' ? [[i.task.id, i.role] as const] : []));

describe('My work', () => {
  it('a commune sees the tasks it leads, overdue first, and the reports it owes', async () => {
    const b = ok<Inbox>(await xa.get('/api/my-work?pageSize=100'));
    expect(tasksOf(b)).toEqual([
      [plan.taskIds[1], 'lead'],
      [plan.taskIds[0], 'lead'],
    ]);
    expect(b.items[0]!.overdue).toBe(true);
    const reports = b.items.filter((i) => i.kind === 'report');
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.every((r) => r.kind === 'report' && r.role === 'own')).toBe(true);
    expect(b.counts.tasks).toBe(2);
    // Overdue items (tasks and reports) come before anything not yet due.
    const flags = b.items.map((i) => i.overdue);
    expect(flags).toEqual([...flags].sort((x, y) => Number(y) - Number(x)));
  });

  it('lists the plan the commune must issue under the province plan', async () => {
    const b = ok<Inbox>(await xa.get('/api/my-work?kind=plan'));
    expect(b.items).toHaveLength(1);
    expect(b.items[0]).toMatchObject({
      kind: 'plan',
      role: 'own',
      obligation: { parentPlan: { id: plan.planId }, planId: null },
    });
    expect(b.items[0]!.dueOn! > today).toBe(true);
  });

  it('a cooperating agency sees the task as cooperating', async () => {
    const b = ok<Inbox>(await tuphap.get('/api/my-work?kind=task'));
    expect(tasksOf(b)).toContainEqual([plan.taskIds[0], 'cooperating']);
    expect(tasksOf(b).map(([id]) => id)).not.toContain(plan.taskIds[1]);
  });

  it('a leader sees everything below, and can narrow by due date', async () => {
    const b = ok<Inbox>(await lanhdao.get('/api/my-work?kind=task&pageSize=200'));
    expect(b.counts.tasks).toBe(8);
    const early = ok<Inbox>(await lanhdao.get(`/api/my-work?kind=task&dueBefore=${year}-06-30`));
    expect(tasksOf(early).map(([id]) => id)).toEqual([plan.taskIds[1]]);
    const reports = ok<Inbox>(await lanhdao.get('/api/my-work?kind=report&pageSize=200'));
    expect(reports.items.some((i) => i.kind === 'report' && i.role === 'below')).toBe(true);
  });

  it('filters on the server by plan, dimension and accent-free text over every item', async () => {
    // Task 1 is of D1, task 2 of D2 (the fixture's order); both name the commune's UBND.
    // Task 2's own wording (the plan title carries a random suffix, so no digits or codes).
    const byDim = ok<Inbox>(await xa.get('/api/my-work?dimension=D2'));
    expect(tasksOf(byDim).map(([id]) => id)).toEqual([plan.taskIds[1]]);
    expect(byDim.counts.tasks).toBe(1);
    expect(byDim.items.every((i) => i.kind === 'task')).toBe(true);

    const byPlan = ok<Inbox>(await xa.get(`/api/my-work?planId=${plan.planId}`));
    expect(tasksOf(byPlan)).toHaveLength(2);
    // The obligation the plan imposes stays; reports (no plan) go.
    expect(byPlan.items.filter((i) => i.kind === 'plan')).toHaveLength(1);
    expect(byPlan.items.some((i) => i.kind === 'report')).toBe(false);

    const byText = ok<Inbox>(
      await xa.get('/api/my-work?kind=task&q=%C4%90%E1%BB%91i%20THOAI%20ngan%20s%C3%A1ch'),
    );
    expect(tasksOf(byText).map(([id]) => id)).toEqual([plan.taskIds[1]]);
    // An agency's name finds the tasks it cooperates on (Sở Tư pháp on task 1).
    const byAgency = ok<Inbox>(await xa.get('/api/my-work?kind=task&q=tu%20phap'));
    expect(tasksOf(byAgency).map(([id]) => id)).toEqual([plan.taskIds[0]]);
    expectApiError(await xa.get('/api/my-work?dimension=X1'), 400, 'VALIDATION');
  });

  it("a sở officer owes its agency's report, not the province's own; the coordinator owes that", async () => {
    const reportsOf = async (client: TestClient) =>
      ok<Inbox>(await client.get('/api/my-work?kind=report&pageSize=200')).items.flatMap((i) =>
        i.kind === 'report' && i.role === 'own' ? [i.report] : [],
      );
    const justice = await agencyOf(ctx, 'tuphap');
    const coordinator = await reportsOf(noivu);
    expect(coordinator.some((r) => r.agency === null && r.level === 'province')).toBe(true);
    const officer = await reportsOf(tuphap);
    expect(officer.every((r) => r.agency?.id === justice.id)).toBe(true);
  });

  it("shows a stored period's due date, not one regenerated from the regime", async () => {
    const owed = ok<Inbox>(await xa.get('/api/my-work?kind=report&pageSize=200')).items.find(
      (i) => i.kind === 'report' && i.role === 'own',
    );
    if (owed?.kind !== 'report') throw new Error('xa owes no report');
    const { regimeId, periodKey } = owed.report;
    // The period as stored once a report referred to it, with a deadline since moved.
    await ctx.database.pool.query(
      `insert into report_period (regime_id, key, label, year, window_from, window_to, due)
       select $1, $2, 'kỳ đã lưu', $3, '${year - 1}-12-01', '${year}-05-31',
              '{"commune": "${year}-06-19", "province": "${year}-06-24", "agency": "${year}-06-19"}'::jsonb
       on conflict (regime_id, key) do update set due = excluded.due`,
      [regimeId, periodKey, year],
    );
    const again = ok<Inbox>(await xa.get('/api/my-work?kind=report&pageSize=200')).items.find(
      (i) =>
        i.kind === 'report' && i.report.regimeId === regimeId && i.report.periodKey === periodKey,
    );
    expect(again?.dueOn).toBe(`${year}-06-19`);
  });

  it('a unit outside the scope is hidden', async () => {
    const laichau = await ctx.unitId('post2025', 'province', '12');
    expectApiError(await xa.get(`/api/my-work?unitId=${laichau}`), 404, 'NOT_FOUND');
  });
});
