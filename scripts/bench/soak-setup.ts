// The soak's people and work, made through the API as an installation would: one officer
// per agency (the demo's communes' and the province's bodies, plus new province boards when
// they run short), a province plan issued through the real workflow with one task led by
// each of those agencies, and each agency's own report draft for the current period.
import { login, must, type Session } from './soak-http.ts';
import { sampleBody } from '../../apps/server/src/modules/plans/plans.samples.ts';

const DEMO_PASSWORD = 'PapiHub@2026';
const DEMO_NEW_PASSWORD = 'Son-La-PAPI-2026';
export const SOAK_PASSWORD = 'Doi-Che-Tan-Cuong-2026';
const TASKS_PER_PLAN = 100;
const DIMENSIONS = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'];

interface Agency {
  id: number;
  unitId: number;
  name: string;
  kind: string;
}

export interface SoakUser {
  index: number;
  username: string;
  session: Session;
  unitId: number;
  agencyId: number;
  taskId: number;
  taskVersion: number;
  reportId: number;
  reportVersion: number;
}

/** Runs `work` over `items`, `lanes` at a time (the server hashes passwords: no stampede). */
async function inLanes<T, R>(items: T[], lanes: number, work: (item: T) => Promise<R>) {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await work(items[i]!);
      }
    }),
  );
  return out;
}

async function agenciesFor(base: string, admin: Session, count: number): Promise<Agency[]> {
  type Page = { items: Agency[]; total: number };
  const page = await must<Page>(200, base, 'GET', '/api/agencies?pageSize=500', admin);
  const users = await must<{ items: { agencyId: number | null }[] }>(
    200,
    base,
    'GET',
    '/api/users?pageSize=200',
    admin,
  );
  const taken = new Set(users.items.map((u) => u.agencyId));
  const provinceId = (await must<{ unit: { id: number } }>(200, base, 'GET', '/api/auth/me', admin))
    .unit.id;
  // Agencies that owe a report of their own: a province's sở/ban/ngành, and a commune's
  // People's Committee (whose report is the commune's); a commune's Front committee owes none.
  const reports = (a: Agency) => (a.unitId === provinceId) !== (a.kind === 'ubnd');
  const free = page.items.filter((a) => !taken.has(a.id) && reports(a));
  for (let i = free.length; i < count; i++) {
    free.push(
      await must<Agency>(201, base, 'POST', '/api/agencies', admin, {
        unitId: provinceId,
        name: `Ban thử tải số ${i + 1}`,
        shortName: `BTT${i + 1}`,
        kind: 'ban_nganh',
      }),
    );
  }
  return free.slice(0, count);
}

async function issuePlan(base: string, chunk: Agency[], n: number) {
  const passwords = { current: DEMO_PASSWORD, next: DEMO_NEW_PASSWORD };
  const coordinator = await login(base, 'noivu', passwords);
  const leader = await login(base, 'lanhdao', passwords);
  const me = await must<{ unit: { id: number } }>(200, base, 'GET', '/api/auth/me', coordinator);
  const created = await must<{ id: number; version: number }>(
    201,
    base,
    'POST',
    '/api/plans',
    coordinator,
    {
      unitId: me.unit.id,
      planType: 'improvement',
      year: 2026,
      title: `Kế hoạch thử tải số ${n}`,
      period: { from: '2026-01-01', to: '2026-12-31' },
      body: sampleBody(),
    },
  );
  const tasks = chunk.map((a, i) => ({
    number: `${Math.floor(i / 8) + 1}.${(i % 8) + 1}`,
    content: `Nhiệm vụ thử tải ${n}.${i + 1}`,
    dimensionCodes: [DIMENSIONS[i % 8]!],
    lead: { kind: 'agency', id: String(a.id), name: a.name },
    cooperating: [],
    deadline: { kind: 'date', date: '2026-12-31' },
    expectedResult: 'Báo cáo kết quả',
  }));
  let { version } = await must<{ version: number }>(
    200,
    base,
    'PUT',
    `/api/plans/${created.id}/tasks`,
    coordinator,
    { version: created.version, tasks },
  );
  ({ version } = await must<{ version: number }>(
    200,
    base,
    'POST',
    `/api/plans/${created.id}/submit`,
    coordinator,
    { version },
  ));
  await must(200, base, 'POST', `/api/plans/${created.id}/issue`, leader, { version });
}

type WorkItem =
  | { kind: 'task'; role: string; task: { id: number; content: string } }
  | {
      kind: 'report';
      role: string;
      report: {
        regimeId: number;
        periodKey: string;
        unit: { id: number };
        agency: { id: number } | null;
        reportId: number | null;
      };
    }
  | { kind: 'plan' | 'plan_review' };

/** Logs one officer in and finds (or drafts) their task and report. */
async function prepareUser(
  base: string,
  index: number,
  agency: Agency,
  temporaryPassword: string,
): Promise<SoakUser> {
  const username = `thutai${index}`;
  const session = await login(base, username, { current: temporaryPassword, next: SOAK_PASSWORD });
  const work = await must<{ items: WorkItem[] }>(
    200,
    base,
    'GET',
    '/api/my-work?pageSize=100',
    session,
  );
  const task = work.items.find(
    (w): w is Extract<WorkItem, { kind: 'task' }> =>
      w.kind === 'task' && w.role === 'lead' && w.task.content.startsWith('Nhiệm vụ thử tải'),
  );
  if (!task) throw new Error(`${username}: không thấy nhiệm vụ thử tải trong “Việc của tôi”`);
  const detail = await must<{ version: number }>(
    200,
    base,
    'GET',
    `/api/tasks/${task.task.id}`,
    session,
  );
  const due = work.items.find(
    (w): w is Extract<WorkItem, { kind: 'report' }> => w.kind === 'report' && w.role === 'own',
  );
  if (!due) throw new Error(`${username}: không có báo cáo phải lập trong “Việc của tôi”`);
  const report =
    due.report.reportId === null
      ? await must<{ id: number; version: number }>(201, base, 'POST', '/api/reports', session, {
          regimeId: due.report.regimeId,
          periodKey: due.report.periodKey,
          unitId: due.report.unit.id,
          agencyId: due.report.agency?.id ?? null,
        })
      : await must<{ id: number; version: number }>(
          200,
          base,
          'GET',
          `/api/reports/${due.report.reportId}`,
          session,
        );
  return {
    index,
    username,
    session,
    unitId: agency.unitId,
    agencyId: agency.id,
    taskId: task.task.id,
    taskVersion: detail.version,
    reportId: report.id,
    reportVersion: report.version,
  };
}

/** Creates `count` officers with their own agency, task and report draft. */
export async function setUpUsers(base: string, count: number): Promise<SoakUser[]> {
  const admin = await login(base, 'admin', { current: DEMO_PASSWORD, next: DEMO_NEW_PASSWORD });
  const agencies = await agenciesFor(base, admin, count);
  const temporary = new Map<number, string>();
  await inLanes(
    agencies.map((a, i) => ({ a, i })),
    4,
    async ({ a, i }) => {
      const created = await must<{ temporaryPassword: string }>(
        201,
        base,
        'POST',
        '/api/users',
        admin,
        {
          username: `thutai${i}`,
          fullName: `Cán bộ thử tải ${i}`,
          role: 'officer',
          unitId: a.unitId,
          agencyId: a.id,
        },
      );
      temporary.set(i, created.temporaryPassword);
    },
  );
  for (let i = 0; i * TASKS_PER_PLAN < agencies.length; i++)
    await issuePlan(base, agencies.slice(i * TASKS_PER_PLAN, (i + 1) * TASKS_PER_PLAN), i + 1);
  return inLanes(
    agencies.map((a, i) => ({ a, i })),
    4,
    ({ a, i }) => prepareUser(base, i, a, temporary.get(i)!),
  );
}
