import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TWorkItem } from '@papi/contracts';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { countRows, expectApiError } from '../../test/helpers.ts';
import { agencyOf, issuedPlan, ok } from '../execution/execution.fixtures.ts';
import { todayVn } from '../../platform/clock.ts';
import { seedDemoWork } from '../../seed/demo-work.ts';
import { DEMO_IN_USE_SINCE, DEMO_PROVINCE_CODE } from '../../seed/demo.ts';
import { overdueItems } from '../reminders/scan.ts';
import { DUE_ITEM_SOURCES } from '../reminders/reminders.jobs.ts';
import { isRecipient, type Role } from '@papi/domain';

let ctx: TestContext;
let admin: TestClient;
let noivu: TestClient;
let lanhdao: TestClient;
let tuphap: TestClient;
let xa: TestClient;
let province: number;
const today = todayVn();

interface Dashboard {
  inUseSince: string;
  scope: 'subtree' | 'own';
  overdue: {
    total: number;
    tasks: number;
    reports: number;
    plans: number;
    byAgency: { agency: { id: number; name: string } | null; n: number }[];
    byUnit: { unit: { id: number; level: string }; n: number }[];
  };
  plansToIssue: number;
}

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.database.db.transaction((tx) => seedDemoWork(tx, DEMO_PROVINCE_CODE));
  [admin, noivu, lanhdao, tuphap, xa] = (await Promise.all(
    ['admin', 'noivu', 'lanhdao', 'tuphap', 'xa'].map((u) => ctx.as(u)),
  )) as [TestClient, TestClient, TestClient, TestClient, TestClient];
  province = await ctx.unitId('post2025', 'province', DEMO_PROVINCE_CODE);
});
afterAll(() => ctx.close());

/** The overdue count of each of the four places, as the province's coordinator sees them. */
async function fourCounts(client: TestClient) {
  const dashboard = ok<Dashboard>(await client.get('/api/dashboard'));
  const work = ok<{ counts: { overdue: number } }>(
    await client.get('/api/my-work?kind=all&status=open&below=true&pageSize=1'),
  );
  const tasks = ok<{ total: number }>(
    await client.get(`/api/monitoring/overdue?unitId=${province}&pageSize=1`),
  );
  const others = ok<{ items: TWorkItem[] }>(
    await client.get(`/api/monitoring/overdue-obligations?unitId=${province}`),
  );
  const reminders = await overdueItems(ctx.database.db, DUE_ITEM_SOURCES, today);
  return {
    dashboard: dashboard.overdue.total,
    myWork: work.counts.overdue,
    board: tasks.total + others.items.length,
    reminders: reminders.length,
    detail: dashboard.overdue,
    items: others.items,
  };
}

const setInUseSince = async (date: string) =>
  ok(await admin.request('PUT', '/api/settings/in-use-since', { date }));

describe('one meaning of overdue', () => {
  it('counts the same items on the dashboard, in My work, on the board and in reminders (demo)', async () => {
    expect(ok<{ date: string }>(await noivu.get('/api/settings/in-use-since')).date).toBe(
      DEMO_IN_USE_SINCE,
    );
    const c = await fourCounts(noivu);
    expect(c.dashboard).toBeGreaterThan(0);
    expect([c.myWork, c.board, c.reminders]).toEqual([c.dashboard, c.dashboard, c.dashboard]);
    // Nothing from before the installation was in use: no 2025 period, no "367 days overdue".
    expect(c.items.filter((i) => (i.dueOn ?? '9') < DEMO_IN_USE_SINCE)).toEqual([]);
    expect(
      c.items.filter((i) => i.kind === 'report' && i.report.periodKey.includes('2025')),
    ).toEqual([]);
    console.log(`demo overdue (in use since ${DEMO_IN_USE_SINCE}):`, c.detail);

    // Without the date (every period history-free) the 2025 debts return, in every place alike.
    await setInUseSince('2000-01-01');
    const all = await fourCounts(noivu);
    expect([all.myWork, all.board, all.reminders]).toEqual([
      all.dashboard,
      all.dashboard,
      all.dashboard,
    ]);
    expect(all.dashboard).toBeGreaterThan(c.dashboard);
    console.log(`demo overdue before (no in-use date): ${all.dashboard}, after: ${c.dashboard}`);
    await setInUseSince(DEMO_IN_USE_SINCE);
  });

  it('agrees on a hand-made case: history, overdue, due later, done', async () => {
    const before = await fourCounts(noivu);
    const justice = await agencyOf(ctx, 'tuphap');
    const year = Number(today.slice(0, 4));
    // Last year's plan, still open, ended before use began: history (its eight tasks).
    await issuedPlan(
      ctx,
      { coordinator: noivu, leader: lanhdao },
      province,
      year - 1,
      [{ lead: justice, deadline: { kind: 'date', date: `${year - 1}-12-15` } }],
      justice,
    );
    const plan = await issuedPlan(
      ctx,
      { coordinator: noivu, leader: lanhdao },
      province,
      year,
      [
        // Overdue twice over: still open after its date, after use began.
        { lead: justice, deadline: { kind: 'date', date: `${year}-03-02` } },
        { lead: justice, deadline: { kind: 'date', date: `${year}-06-15` } },
        // Due later, and due today: not overdue.
        { lead: justice, deadline: { kind: 'date', date: `${year}-12-31` } },
        { lead: justice, deadline: { kind: 'date', date: today } },
      ],
      justice,
    );
    // One of the two overdue tasks is finished: settled, never overdue.
    await ctx.database.pool.query(
      `update task_state set open = false, completed_on = $2, percent = 100 where task_id = $1`,
      [plan.taskIds[1], today],
    );
    const after = await fourCounts(noivu);
    expect(after.dashboard).toBe(before.dashboard + 1);
    expect([after.myWork, after.board, after.reminders]).toEqual([
      after.dashboard,
      after.dashboard,
      after.dashboard,
    ]);
    // The province's own overdue task is grouped under its lead agency.
    expect(after.detail.byAgency.find((a) => a.agency?.id === justice.id)?.n).toBe(
      (before.detail.byAgency.find((a) => a.agency?.id === justice.id)?.n ?? 0) + 1,
    );
    // Moving the first day of use past March makes that task history too.
    await setInUseSince(`${year}-04-01`);
    const later = await fourCounts(noivu);
    expect([later.myWork, later.board, later.reminders]).toEqual([
      later.dashboard,
      later.dashboard,
      later.dashboard,
    ]);
    expect(later.detail.tasks).toBeLessThan(after.detail.tasks);
    await setInUseSince(DEMO_IN_USE_SINCE);
  });
});

/**
 * The four places as one person sees them: the dashboard, My work (their default scope),
 * the overdue board of their unit, and the overdue reminders that reach them (as owner or
 * through escalation, domain isRecipient).
 */
async function personCounts(client: TestClient, username: string) {
  const u = await ctx.database.pool.query<{
    role: Role;
    unit_id: number;
    agency_id: number | null;
  }>(`select role, unit_id, agency_id from app_user where username = $1`, [username]);
  const user = {
    role: u.rows[0]!.role,
    unitId: u.rows[0]!.unit_id,
    agencyId: u.rows[0]!.agency_id,
  };
  const dashboard = ok<Dashboard>(await client.get('/api/dashboard'));
  const work = ok<{ counts: { overdue: number } }>(
    await client.get('/api/my-work?kind=all&status=open&pageSize=1'),
  );
  const tasks = ok<{ total: number }>(await client.get('/api/monitoring/overdue?pageSize=1'));
  const others = ok<{ items: TWorkItem[] }>(
    await client.get('/api/monitoring/overdue-obligations'),
  );
  const reminders = (await overdueItems(ctx.database.db, DUE_ITEM_SOURCES, today)).filter(
    (i) => isRecipient(i, 'overdue', user) || isRecipient(i, 'escalation', user),
  );
  return {
    dashboard: dashboard.overdue.total,
    myWork: work.counts.overdue,
    board: tasks.total + others.items.length,
    reminders: reminders.length,
    kinds: others.items.map((i) => i.kind).filter((k) => k === 'review_report' || k === 'feedback'),
  };
}

describe('review reports and citizen feedback are overdue work too', () => {
  it('adds the same items to the four places for a coordinator, an agency and a ward officer', async () => {
    const year = Number(today.slice(0, 4));
    const pool = ctx.database.pool;
    const justice = await agencyOf(ctx, 'tuphap');
    const ward = (
      await pool.query<{ unit_id: number; agency_id: number; path: string }>(
        `select u.unit_id, u.agency_id, a.path from app_user u join admin_unit a on a.id = u.unit_id
          where u.username = 'xa'`,
      )
    ).rows[0]!;
    const people = [
      [noivu, 'noivu', 2],
      [tuphap, 'tuphap', 1],
      [xa, 'xa', 1],
    ] as const;
    const before = await Promise.all(people.map(([c, n]) => personCounts(c, n)));
    // An open programme review: the Justice department's report still a draft five days late.
    const prog = await pool.query<{ id: number }>(
      `insert into programme (unit_id, title, year_from, year_to, plan_ids, search)
       values ($1, 'Chương trình thử', $2, $3, '{}', 'chuong trinh thu') returning id`,
      [province, year - 4, year],
    );
    const review = await pool.query<{ id: number }>(
      `insert into programme_review (programme_id, due_on) values ($1, $2) returning id`,
      [prog.rows[0]!.id, `${year}-11-20`],
    );
    await pool.query(
      `insert into programme_review_report (review_id, unit_id, agency_id, sections)
       values ($1, $2, $3, '{"results":"","shortcomings":"","lessons":"","proposals":""}')`,
      [review.rows[0]!.id, province, justice.id],
    );
    // A citizen's feedback assigned to the ward's People's Committee, unanswered after its date.
    await pool.query(
      `insert into feedback (code, unit_id, unit_path, handler_path, topic, body, public_allowed,
              status, last_action, assignee_agency_id, received_on, due_on, source_hash, text_hash, search)
       values ('PA-QUAHAN-1', $1, $2, $2, 'D1', 'Đường hỏng', false, 'assigned', 'assign', $3,
               $4, $5, 's', 't', 'duong hong')`,
      [ward.unit_id, ward.path, ward.agency_id, `${year}-11-01`, `${year}-11-19`],
    );
    const after = await Promise.all(people.map(([c, n]) => personCounts(c, n)));
    for (const [i, [, name, added]] of people.entries()) {
      const d = (k: 'dashboard' | 'myWork' | 'board' | 'reminders') => after[i]![k] - before[i]![k];
      expect({
        name,
        dashboard: d('dashboard'),
        myWork: d('myWork'),
        board: d('board'),
        reminders: d('reminders'),
      }).toEqual({
        name,
        dashboard: added,
        myWork: added,
        board: added,
        reminders: added,
      });
    }
    // Authorization: the department officer sees the review report, never the ward's case.
    expect(after[0]!.kinds.sort()).toEqual(['feedback', 'review_report']);
    expect(after[1]!.kinds).toEqual(['review_report']);
    expect(after[2]!.kinds).toEqual(['feedback']);
    // Due before the first day of use, both are history in every place alike.
    const all = await personCounts(noivu, 'noivu');
    await setInUseSince(`${year}-11-21`);
    const later = await personCounts(noivu, 'noivu');
    expect([later.myWork, later.board, later.reminders]).toEqual([
      later.dashboard,
      later.dashboard,
      later.dashboard,
    ]);
    expect(later.kinds).toEqual([]);
    expect(later.dashboard).toBeLessThan(all.dashboard - 1);
    await setInUseSince(DEMO_IN_USE_SINCE);
    await pool.query(`delete from feedback where code = 'PA-QUAHAN-1'`);
    await pool.query(`delete from programme where id = $1`, [prog.rows[0]!.id]);
  });
});

describe('dashboard per role', () => {
  it('shows a leader the subtree grouped by agency and by commune, and plans to sign', async () => {
    const d = ok<Dashboard>(await lanhdao.get('/api/dashboard'));
    expect(d.scope).toBe('subtree');
    const sum = (xs: { n: number }[]) => xs.reduce((a, x) => a + x.n, 0);
    expect(sum(d.overdue.byAgency) + sum(d.overdue.byUnit)).toBe(d.overdue.total);
    expect(d.overdue.byUnit.every((u) => u.unit.level === 'commune')).toBe(true);
    expect(d.plansToIssue).toBeGreaterThanOrEqual(0);
  });

  it("shows a department officer their agency's work only, nothing of other agencies", async () => {
    const justice = await agencyOf(ctx, 'tuphap');
    const d = ok<Dashboard>(await tuphap.get('/api/dashboard'));
    expect(d.scope).toBe('own');
    expect(d.overdue.byAgency).toEqual([]);
    expect(d.overdue.byUnit).toEqual([]);
    const r = await ctx.database.pool.query<{ n: number }>(
      `select count(*)::int as n from task_state
        where open and due_on < $1 and due_on >= $2
          and ($3 = any(lead_agency_ids) or $3 = any(coop_agency_ids))`,
      [today, DEMO_IN_USE_SINCE, justice.id],
    );
    expect(d.overdue.tasks).toBe(r.rows[0]!.n);
    // My work: no other department's task, none of them called a unit below.
    const work = ok<{ items: TWorkItem[] }>(
      await tuphap.get('/api/my-work?kind=task&status=open&pageSize=200'),
    );
    for (const item of work.items) {
      if (item.kind !== 'task') continue;
      expect(['lead', 'cooperating']).toContain(item.role);
    }
    // The officer may not remind anyone.
    const board = ok<{ canRemind: boolean }>(
      await tuphap.get('/api/monitoring/overdue-obligations'),
    );
    expect(board.canRemind).toBe(false);
  });

  it('refuses another province to a province leader (404, nothing leaks)', async () => {
    const other = await ctx.unitId('post2025', 'province', '01');
    expectApiError(await lanhdao.get(`/api/dashboard?unitId=${other}`), 404, 'NOT_FOUND');
  });
});

describe('reminders from the board and the in-use date', () => {
  it('lets a coordinator remind an overdue report, not an officer', async () => {
    const { items } = ok<{ items: TWorkItem[]; canRemind: boolean }>(
      await noivu.get(`/api/monitoring/overdue-obligations?unitId=${province}`),
    );
    const report = items.find((i) => i.kind === 'report');
    expect(report).toBeDefined();
    if (report?.kind !== 'report') return;
    const body = {
      kind: 'report',
      regimeId: report.report.regimeId,
      periodKey: report.report.periodKey,
      unitId: report.report.unit.id,
      agencyId: report.report.agency?.id ?? null,
    };
    const audits = await countRows(ctx, 'audit_log');
    expectApiError(await tuphap.post('/api/monitoring/remind', body), 403, 'FORBIDDEN');
    expect(await countRows(ctx, 'audit_log')).toBe(audits);
    ok(await noivu.post('/api/monitoring/remind', body));
    expect(await countRows(ctx, 'audit_log')).toBe(audits + 1);
    const events = await ctx.database.pool.query<{ n: number }>(
      `select count(*)::int as n from domain_event where type = 'work.reminded'`,
    );
    expect(events.rows[0]!.n).toBe(1);
  });

  it('lets only the top admin change the in-use date, never to a future day', async () => {
    expectApiError(
      await noivu.request('PUT', '/api/settings/in-use-since', { date: '2026-02-01' }),
      403,
      'FORBIDDEN',
    );
    expectApiError(
      await admin.request('PUT', '/api/settings/in-use-since', { date: '2099-01-01' }),
      400,
      'DATE_IN_FUTURE',
    );
    const info = ok<{ inUseSince: string }>(await ctx.client().get('/api/installation'));
    expect(info.inUseSince).toBe(DEMO_IN_USE_SINCE);
  });
});
