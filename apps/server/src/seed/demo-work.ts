/**
 * Demo execution data for Sơn La, so the inbox, task pages, reports and boards are not
 * empty on a fresh install: the province's 2026 PAPI plan (tasks led by its sở and by
 * UBND phường Mộc Châu), the phường's own plan with numeric indicators, and a progress
 * history that gives every task status a few examples. Dates are fixed in 2026.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { deriveTaskStatus, foldVietnamese, type Deadline } from '@papi/domain';
import type { TPlanBody } from '@papi/contracts';
import type { Executor } from '../db/client.ts';
import { appUser } from '../modules/users/users.table.ts';
import { userSearchText } from '../modules/users/users.repository.ts';
import { hashPassword } from '../platform/auth/password-hash.ts';
import { DEMO_PASSWORD, type DemoAccount } from './demo.ts';
import { plan, planTask } from '../modules/plans/plans.table.ts';
import { planSearch } from '../modules/plans/plans.repository.ts';
import { taskProgress, taskState } from '../modules/execution/execution.table.ts';
import { openTaskStates } from '../modules/execution/task-state.sync.ts';
import { planIndicator } from '../modules/reports/reports.table.ts';

import { COMMUNE_TASKS, PROVINCE_TASKS, type DemoTask } from './demo-work-tasks.ts';
import { communePlanBody, provincePlanBody } from './demo-plan-bodies.ts';

const YEAR = 2026;

/** Tasks in dimension order, so each dimension's numbers run 1, 2, … in the appendix. */
const byDimension = (tasks: DemoTask[]) =>
  [...tasks].sort((a, b) => a.dimension.localeCompare(b.dimension));

interface Ids {
  agency: (name: string) => { id: number; name: string };
  userOf: (agencyId: number) => number;
}

async function insertPlan(
  db: Executor,
  ids: Ids,
  p: {
    unitId: number;
    number: number;
    title: string;
    issuedOn: string;
    body: TPlanBody;
    tasks: DemoTask[];
    createdBy: number;
  },
) {
  const [row] = await db
    .insert(plan)
    .values({
      unitId: p.unitId,
      planType: 'improvement',
      status: 'issued',
      number: p.number,
      year: YEAR,
      title: p.title,
      periodFrom: `${YEAR}-01-01`,
      periodTo: `${YEAR}-12-31`,
      issuedOn: p.issuedOn,
      body: p.body,
      search: planSearch({ title: p.title, number: p.number, symbol: 'KH-UBND' }),
      createdBy: p.createdBy,
    })
    .returning({ id: plan.id });
  const ref = (name: string) => {
    const a = ids.agency(name);
    return { kind: 'agency' as const, id: String(a.id), name: a.name };
  };
  const number = (i: number) =>
    `${Number(p.tasks[i]!.dimension.slice(1))}.${p.tasks.slice(0, i).filter((t) => t.dimension === p.tasks[i]!.dimension).length + 1}`;
  const tasks = await db
    .insert(planTask)
    .values(
      p.tasks.map((t, i) => ({
        planId: row!.id,
        taskKey: randomUUID(),
        position: i,
        number: number(i),
        content: t.content,
        dimensionCodes: [t.dimension],
        lead: ref(t.lead),
        cooperating: (t.cooperating ?? []).map(ref),
        deadline: { kind: 'date', date: t.due, ...(t.label ? { label: t.label } : {}) } as Deadline,
        expectedResult: t.result,
      })),
    )
    .returning({ id: planTask.id, position: planTask.position });
  await openTaskStates(db, row!.id);
  for (const task of tasks) {
    const spec = p.tasks[task.position]!;
    const agencyId = ids.agency(spec.lead).id;
    let last: { id: number; createdAt: Date } | undefined;
    for (const step of spec.steps ?? []) {
      const facts = {
        dueOn: spec.due,
        completedOn: step.completedOn ?? null,
        cancelledOn: null,
        percent: step.percent,
      };
      [last] = await db
        .insert(taskProgress)
        .values({
          taskId: task.id,
          kind: 'update',
          agencyId,
          userId: ids.userOf(agencyId),
          reportedOn: step.on,
          status: deriveTaskStatus(facts, step.on),
          percent: step.percent,
          note: step.note,
          completedOn: step.completedOn ?? null,
          createdAt: new Date(`${step.on}T09:00:00+07:00`),
        })
        .returning({ id: taskProgress.id, createdAt: taskProgress.createdAt });
      await db
        .update(taskState)
        .set({
          percent: step.percent,
          completedOn: step.completedOn ?? null,
          open: !step.completedOn,
          lastProgressId: last!.id,
          lastUpdateAt: last!.createdAt,
        })
        .where(sql`${taskState.taskId} = ${task.id}`);
    }
  }
  return row!.id;
}

/**
 * The receiving level of communes' and agencies' reports (there are no districts since
 * 2025): a second Sở Nội vụ coordinator, so the browser suites do not share a login.
 */
async function seedReceiver(
  db: Executor,
  provinceId: number,
  agencyId: number,
): Promise<DemoAccount> {
  const account = {
    username: 'tonghop',
    fullName: 'Đỗ Minh Châu',
    role: 'coordinator' as const,
    description: 'Tổng hợp báo cáo, Sở Nội vụ (tiếp nhận báo cáo xã, sở)',
  };
  await db.insert(appUser).values({
    username: account.username,
    fullName: account.fullName,
    role: account.role,
    unitId: provinceId,
    agencyId,
    passwordHash: await hashPassword(DEMO_PASSWORD),
    mustChangePassword: true,
    search: userSearchText(account.username, account.fullName, ''),
  });
  return { username: account.username, role: account.role, description: account.description };
}

/** Seeds the demo plans once, after the demo accounts; does nothing when plans exist. */
export async function seedDemoWork(db: Executor, provinceCode: string): Promise<DemoAccount[]> {
  const existing = await db.execute<{ n: number }>(sql`select count(*)::int as n from plan`);
  if (existing.rows[0]!.n > 0) return [];
  const units = await db.execute<{ id: number; name: string; level: string; path: string }>(sql`
    select u.id, u.name, u.level, u.path from admin_unit u
      join admin_unit p on u.path like p.path || '%'
     where p.era = 'post2025' and p.level = 'province' and p.code = ${provinceCode}
       and (u.level = 'province' or u.name = 'Mộc Châu')`);
  const province = units.rows.find((u) => u.level === 'province');
  const commune = units.rows.find((u) => u.level === 'commune');
  if (!province || !commune) return [];
  const agencies = (
    await db.execute<{ id: number; name: string; unit_id: number }>(sql`
      select id, name, unit_id from agency where unit_id in (${province.id}, ${commune.id})`)
  ).rows;
  const users = (
    await db.execute<{ id: number; username: string; agency_id: number | null }>(sql`
      select id, username, agency_id from app_user`)
  ).rows;
  const coordinator = users.find((u) => u.username === 'noivu') ?? users[0]!;
  const agencyIn = (unitId: number, name: string) => {
    const folded = foldVietnamese(name);
    const found = agencies.find(
      (a) => a.unit_id === unitId && foldVietnamese(a.name).startsWith(folded),
    );
    if (!found) throw new Error(`Dữ liệu mẫu: không có cơ quan “${name}”.`);
    return found;
  };
  // Progress is entered by the agency's own officer where the demo has one, else the coordinator.
  const userOf = (agencyId: number) =>
    users.find((u) => u.agency_id === agencyId)?.id ?? coordinator.id;

  await insertPlan(
    db,
    {
      agency: (name) =>
        name.startsWith('Ủy ban nhân dân phường')
          ? agencyIn(commune.id, name)
          : agencyIn(province.id, name),
      userOf,
    },
    {
      unitId: province.id,
      number: 35,
      title: 'Nâng cao Chỉ số Hiệu quả quản trị và hành chính công (PAPI) tỉnh Sơn La năm 2026',
      issuedOn: '2026-02-10',
      body: provincePlanBody(),
      tasks: byDimension(PROVINCE_TASKS),
      createdBy: coordinator.id,
    },
  );
  const communeAgency = (short: string) =>
    agencyIn(commune.id, short === 'UBND' ? 'Ủy ban nhân dân' : 'Ủy ban Mặt trận Tổ quốc');
  const communePlan = await insertPlan(
    db,
    { agency: communeAgency, userOf },
    {
      unitId: commune.id,
      number: 12,
      title: 'Thực hiện nâng cao Chỉ số PAPI trên địa bàn phường Mộc Châu năm 2026',
      issuedOn: '2026-03-02',
      body: communePlanBody(),
      tasks: byDimension(COMMUNE_TASKS),
      createdBy: coordinator.id,
    },
  );
  const receiver = await seedReceiver(db, province.id, agencyIn(province.id, 'Sở Nội vụ').id);
  await db.insert(planIndicator).values([
    {
      planId: communePlan,
      position: 0,
      code: 'DT',
      name: 'Số cuộc đối thoại với Nhân dân đã tổ chức',
      unit: 'cuộc',
    },
    {
      planId: communePlan,
      position: 1,
      code: 'NS',
      name: 'Tỷ lệ tổ dân phố niêm yết công khai ngân sách',
      unit: '%',
    },
  ]);
  return [receiver];
}
