/**
 * Demo execution data for Sơn La, so the inbox, task pages, reports and boards are not
 * empty on a fresh install: the province's 2026 PAPI plan (tasks led by its sở and by
 * UBND phường Mộc Châu), the phường's own plan with numeric indicators, and a progress
 * history that gives every task status a few examples. Dates are fixed in 2026.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { deriveTaskStatus, foldVietnamese, type Deadline } from '@papi/domain';
import { ZPlanBody } from '@papi/contracts';
import type { Executor } from '../db/client.ts';
import { plan, planTask } from '../modules/plans/plans.table.ts';
import { planSearch } from '../modules/plans/plans.repository.ts';
import { sampleBody } from '../modules/plans/plans.samples.ts';
import { taskProgress, taskState } from '../modules/execution/execution.table.ts';
import { openTaskStates } from '../modules/execution/task-state.sync.ts';
import { planIndicator } from '../modules/reports/reports.table.ts';

const YEAR = 2026;

interface Step {
  on: string;
  percent: number;
  note: string;
  completedOn?: string;
}

interface DemoTask {
  dimension: string;
  lead: string;
  cooperating?: string[];
  content: string;
  due: string;
  label?: string;
  result: string;
  steps?: Step[];
}

const PROVINCE_TASKS: DemoTask[] = [
  {
    dimension: 'D1',
    lead: 'Sở Nội vụ',
    content:
      'Tổ chức hội nghị quán triệt, triển khai Kế hoạch nâng cao Chỉ số PAPI năm 2026 đến các sở, ngành và UBND các xã, phường',
    due: '2026-03-31',
    label: 'Quý I/2026',
    result: 'Hội nghị triển khai',
    steps: [
      {
        on: '2026-03-20',
        percent: 100,
        completedOn: '2026-03-20',
        note: 'Đã tổ chức hội nghị trực tuyến đến 75 điểm cầu xã, phường.',
      },
    ],
  },
  {
    dimension: 'D2',
    lead: 'Sở Tư pháp',
    cooperating: ['Sở Nội vụ'],
    content:
      'Hướng dẫn UBND các xã, phường tổ chức đối thoại định kỳ với Nhân dân và công khai kết quả đối thoại',
    due: '2026-06-30',
    result: 'Văn bản hướng dẫn; báo cáo kết quả đối thoại',
    steps: [
      {
        on: '2026-05-15',
        percent: 60,
        note: 'Đã ban hành văn bản hướng dẫn; 41/75 xã, phường đã tổ chức đối thoại quý II.',
      },
    ],
  },
  {
    dimension: 'D2',
    lead: 'Ủy ban nhân dân phường Mộc Châu',
    content:
      'Tổ chức đối thoại giữa Chủ tịch UBND phường với Nhân dân về công tác cải cách hành chính',
    due: '2026-06-30',
    result: 'Biên bản đối thoại',
    steps: [
      {
        on: '2026-05-28',
        percent: 100,
        completedOn: '2026-05-28',
        note: 'Đã tổ chức đối thoại tại nhà văn hóa tổ dân phố 3, 126 người dự.',
      },
    ],
  },
  {
    dimension: 'D3',
    lead: 'Sở Tài chính',
    content:
      'Công khai dự toán, quyết toán ngân sách tỉnh và hướng dẫn các xã, phường niêm yết công khai ngân sách',
    due: '2026-12-31',
    result: 'Cổng thông tin công khai ngân sách',
    steps: [
      {
        on: '2026-09-10',
        percent: 40,
        note: 'Đã công khai dự toán năm 2026; đang tổng hợp số liệu niêm yết của cấp xã.',
      },
    ],
  },
  {
    dimension: 'D4',
    lead: 'Thanh tra tỉnh',
    content: 'Tăng cường tiếp công dân, giải quyết kịp thời khiếu nại, tố cáo ngay từ cơ sở',
    due: '2026-12-15',
    result: 'Báo cáo kết quả tiếp công dân',
  },
  {
    dimension: 'D5',
    lead: 'Sở Tư pháp',
    cooperating: ['Sở Nội vụ', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'],
    content:
      'Tuyên truyền, phổ biến pháp luật về phòng, chống tham nhũng trong khu vực công cho cán bộ và Nhân dân',
    due: '2026-12-20',
    result: 'Hội nghị, tài liệu tuyên truyền',
  },
  {
    dimension: 'D6',
    lead: 'Trung tâm Phục vụ hành chính công tỉnh',
    content:
      'Rà soát, niêm yết đầy đủ thủ tục hành chính và thực hiện tiếp nhận hồ sơ không phụ thuộc địa giới',
    due: '2026-09-30',
    label: 'Quý III/2026',
    result: 'Danh mục thủ tục được niêm yết',
    steps: [
      { on: '2026-08-20', percent: 70, note: 'Đã niêm yết 1.420/1.650 thủ tục.' },
      {
        on: '2026-10-15',
        percent: 100,
        completedOn: '2026-10-15',
        note: 'Hoàn thành niêm yết toàn bộ thủ tục (chậm do sáp nhập bộ phận một cửa).',
      },
    ],
  },
  {
    dimension: 'D7',
    lead: 'Sở Y tế',
    content: 'Nâng cao chất lượng khám, chữa bệnh tại trạm y tế xã, phường; công khai giá dịch vụ',
    due: '2026-11-30',
    result: 'Báo cáo chất lượng dịch vụ y tế cơ sở',
    steps: [
      { on: '2026-10-30', percent: 70, note: 'Đã công khai giá dịch vụ tại 68/75 trạm y tế.' },
    ],
  },
  {
    dimension: 'D8',
    lead: 'Sở Khoa học và Công nghệ',
    cooperating: ['Sở Tư pháp'],
    content: 'Mở rộng dịch vụ công trực tuyến toàn trình và hướng dẫn người dân sử dụng',
    due: '2026-12-31',
    result: 'Tỷ lệ hồ sơ trực tuyến toàn trình',
  },
];

const COMMUNE_TASKS: DemoTask[] = [
  {
    dimension: 'D1',
    lead: 'UBND',
    cooperating: ['UBMTTQ'],
    content:
      'Niêm yết công khai kế hoạch sử dụng đất và danh sách hộ nghèo tại trụ sở và các tổ dân phố',
    due: '2026-04-30',
    result: 'Biên bản niêm yết',
    steps: [
      {
        on: '2026-04-25',
        percent: 100,
        completedOn: '2026-04-25',
        note: 'Đã niêm yết tại trụ sở và 12/12 tổ dân phố.',
      },
    ],
  },
  {
    dimension: 'D3',
    lead: 'UBND',
    content:
      'Công khai thu, chi ngân sách phường 6 tháng tại trụ sở và trên trang thông tin điện tử',
    due: '2026-07-15',
    result: 'Bảng công khai ngân sách',
    steps: [
      {
        on: '2026-07-20',
        percent: 100,
        completedOn: '2026-07-20',
        note: 'Đã công khai (chậm 5 ngày do chờ số liệu kho bạc).',
      },
    ],
  },
  {
    dimension: 'D4',
    lead: 'UBND',
    cooperating: ['UBMTTQ'],
    content: 'Phối hợp Ban Thanh tra nhân dân giám sát việc thực hiện dân chủ ở cơ sở',
    due: '2026-12-31',
    result: 'Báo cáo giám sát',
    steps: [
      {
        on: '2026-10-05',
        percent: 50,
        note: 'Ban Thanh tra nhân dân đã giám sát 2 công trình hạ tầng.',
      },
    ],
  },
  {
    dimension: 'D6',
    lead: 'UBND',
    content:
      'Niêm yết đầy đủ thủ tục hành chính và số điện thoại đường dây nóng tại Bộ phận một cửa phường',
    due: '2026-05-31',
    result: 'Bộ phận một cửa đạt chuẩn',
    steps: [
      {
        on: '2026-05-20',
        percent: 80,
        note: 'Đã niêm yết thủ tục; còn thiếu bảng đường dây nóng.',
      },
    ],
  },
];

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
    place: string;
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
      body: ZPlanBody.parse({ ...sampleBody(), place: p.place }),
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

/** Seeds the demo plans once, after the demo accounts; does nothing when plans exist. */
export async function seedDemoWork(db: Executor, provinceCode: string): Promise<void> {
  const existing = await db.execute<{ n: number }>(sql`select count(*)::int as n from plan`);
  if (existing.rows[0]!.n > 0) return;
  const units = await db.execute<{ id: number; name: string; level: string; path: string }>(sql`
    select u.id, u.name, u.level, u.path from admin_unit u
      join admin_unit p on u.path like p.path || '%'
     where p.era = 'post2025' and p.level = 'province' and p.code = ${provinceCode}
       and (u.level = 'province' or u.name = 'Mộc Châu')`);
  const province = units.rows.find((u) => u.level === 'province');
  const commune = units.rows.find((u) => u.level === 'commune');
  if (!province || !commune) return;
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
      place: 'Sơn La',
      tasks: PROVINCE_TASKS,
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
      place: 'Mộc Châu',
      tasks: COMMUNE_TASKS,
      createdBy: coordinator.id,
    },
  );
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
}
