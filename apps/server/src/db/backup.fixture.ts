/**
 * A database with a row in every table, made the way users make them: the demo plans, a
 * plan issued through the workflow, progress with an evidence file, a commune report
 * submitted, returned, resubmitted and accepted, preferences, a failed login, and the job
 * worker relaying the events into notifications and mail.
 */
import type { TReport, TRegime, TTaskDetail, TEvidence } from '@papi/contracts';
import { DEFAULT_CRITERIA_SET } from '@papi/domain';
import type { TestClient, TestContext } from '../test/harness.ts';
import { agencyOf, issuedPlan, ok } from '../modules/execution/execution.fixtures.ts';
import { workerAt } from '../modules/reminders/reminders.fixture.ts';
import { seedDemoWork } from '../seed/demo-work.ts';
import { DEMO_PROVINCE_CODE } from '../seed/demo.ts';
import { todayVn, now } from '../platform/clock.ts';
import { listTables, onPg } from './backup-schema.ts';
import { fillSurveys } from '../modules/surveys/surveys.fixture.ts';
import { fillSurveyRetention } from '../modules/surveys/surveys.results.fixture.ts';
import { fillProgrammes } from '../modules/programmes/programmes.fixture.ts';
import { fillFeedback } from '../modules/feedback/feedback.fixture.ts';

export const EVIDENCE_PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n% biên bản đối thoại\n',
);

async function upload(ctx: TestContext, c: TestClient, taskId: number, name: string) {
  const form = new FormData();
  form.append('file', new Blob([EVIDENCE_PDF as Uint8Array<ArrayBuffer>]), name);
  const res = await ctx.app.request(`/api/tasks/${taskId}/evidence`, {
    method: 'POST',
    headers: { cookie: c.cookie, 'x-csrf-token': c.csrfToken },
    body: form,
  });
  return ok<TEvidence>({ status: res.status, body: await res.json() }, 201);
}

export interface FilledWorld {
  taskId: number;
  reportId: number;
  evidenceId: number;
}

export async function fillEveryTable(ctx: TestContext): Promise<FilledWorld> {
  await ctx.database.db.transaction((tx) => seedDemoWork(tx, DEMO_PROVINCE_CODE));
  // Addresses as an admin enters them, so notifications also go out by mail (mail_log).
  await ctx.database.pool.query(
    `update app_user set email = username || '@sonla.gov.vn' where username <> 'admin'`,
  );
  const [noivu, lanhdao, xa] = await Promise.all(['noivu', 'lanhdao', 'xa'].map(ctx.as));
  const year = Number(todayVn().slice(0, 4));
  const commune = await agencyOf(ctx, 'xa');
  const justice = await agencyOf(ctx, 'tuphap');
  const plan = await issuedPlan(
    ctx,
    { coordinator: noivu!, leader: lanhdao! },
    await ctx.unitId('post2025', 'province', '14'),
    year,
    [{ lead: commune, deadline: { kind: 'date', date: `${year}-12-31` } }],
    await agencyOf(ctx, 'noivu'),
    [{ code: 'DT', name: 'Số cuộc đối thoại với Nhân dân', unit: 'cuộc' }],
    [
      {
        id: 'ob1',
        addressees: 'UBND các xã, phường',
        unitIds: [String(commune.unit_id)],
        // A department obliged in its own name: plan_obligation.agency_id, plan.agency_id.
        agencyIds: [String(justice.id)],
        deadline: { kind: 'relative', days: 30, after: 'issuance' },
      },
    ],
  );
  await ctx.database.pool.query(`update plan set issued_on = $2 where id = $1`, [
    plan.planId,
    `${year}-01-15`,
  ]);
  const taskId = plan.taskIds[0]!;
  const evidence = await upload(ctx, xa!, taskId, 'Biên bản đối thoại.pdf');
  const task = ok<TTaskDetail>(await xa!.get(`/api/tasks/${taskId}`));
  ok(
    await xa!.post(`/api/tasks/${taskId}/progress`, {
      version: task.version,
      reportedOn: `${year}-11-15`,
      percent: 60,
      completedOn: null,
      note: 'Đã tổ chức 12 cuộc đối thoại',
      evidenceIds: [evidence.id],
    }),
    201,
  );

  const regime = ok<{ items: TRegime[] }>(await xa!.get('/api/regimes')).items.find(
    (g) => g.code === 'PAPI-KH',
  )!;
  let report = ok<TReport>(
    await xa!.post('/api/reports', {
      regimeId: regime.id,
      periodKey: `${year}-Y`,
      unitId: commune.unit_id,
    }),
    201,
  );
  report = ok<TReport>(
    await xa!.patch(`/api/reports/${report.id}`, {
      version: report.version,
      content: { indicators: [{ code: 'DT', value: 12, note: '' }], narratives: [] },
    }),
  );
  report = ok<TReport>(
    await xa!.post(`/api/reports/${report.id}/submit`, { version: report.version }),
  );
  report = ok<TReport>(
    await noivu!.post(`/api/reports/${report.id}/return`, {
      version: report.version,
      comment: 'Bổ sung số liệu D1',
    }),
  );
  report = ok<TReport>(
    await xa!.patch(`/api/reports/${report.id}`, {
      version: report.version,
      content: { indicators: [{ code: 'DT', value: 14, note: 'Bổ sung' }], narratives: [] },
    }),
  );
  report = ok<TReport>(
    await xa!.post(`/api/reports/${report.id}/submit`, { version: report.version }),
  );
  report = ok<TReport>(
    await lanhdao!.post(`/api/reports/${report.id}/accept`, { version: report.version }),
  );

  const prefs = ok<{ version: number }>(await xa!.get('/api/notifications/preferences'));
  ok(
    await xa!.request('PUT', '/api/notifications/preferences', {
      version: prefs.version,
      inApp: true,
      email: {},
      digest: true,
      digestHour: 7,
      remindDaysBefore: 5,
    }),
  );
  const province = await ctx.unitId('post2025', 'province', '14');
  ok(
    await noivu!.post(`/api/indices/PAPI/units/${province}/targets`, {
      year,
      kind: 'total_rank',
      value: 20,
      note: 'Vào nhóm khá',
    }),
    201,
  );
  const owed = await ctx.database.pool.query<{ id: number }>(
    `select id from plan_obligation where parent_plan_id = $1 and agency_id = $2`,
    [plan.planId, justice.id],
  );
  ok(await (await ctx.as('tuphap')).post(`/api/plan-obligations/${owed.rows[0]!.id}/start`), 201);
  // The Sở Tư pháp officer may draft the province's report until the end of the year.
  const tuphap = await ctx.database.pool.query<{ id: number }>(
    `select id from app_user where username = 'tuphap'`,
  );
  ok(
    await noivu!.post('/api/delegations', {
      userId: tuphap.rows[0]!.id,
      plans: false,
      reports: true,
      endsOn: `${year}-12-31`,
    }),
    201,
  );
  await fillSurveys(ctx, noivu!, xa!);
  await fillSurveyRetention(ctx, noivu!);
  await fillEmulation(ctx, noivu!, tuphap.rows[0]!.id, province, justice.id);
  await fillProgrammes(ctx);
  await fillFeedback(ctx, noivu!, xa!);
  await ctx.client().login('xa', 'sai-mat-khau');
  // Relays the events into notifications and deliveries, sends the digests (mail log).
  await workerAt(ctx, now().toISOString()).worker.drain();
  return { taskId, reportId: report.id, evidenceId: evidence.id };
}

/** Row count of every table of the live schema. */
export async function tableCounts(ctx: Pick<TestContext, 'database'>) {
  const out: Record<string, number> = {};
  for (const { name } of await listTables(onPg(ctx.database.pool))) {
    const r = await ctx.database.pool.query<{ n: number }>(
      `select count(*)::int as n from "${name}"`,
    );
    out[name] = r.rows[0]!.n;
  }
  return out;
}

/** The emulation tables: the year's criteria and council, a council mark, a computed run. */
async function fillEmulation(
  ctx: TestContext,
  noivu: TestClient,
  councilUserId: number,
  province: number,
  agencyId: number,
) {
  const year = Number(todayVn().slice(0, 4));
  ok(
    await noivu.request('PUT', '/api/emulation/criteria', {
      unitId: province,
      year,
      criteria: DEFAULT_CRITERIA_SET,
      councilUserIds: [councilUserId],
      version: 0,
    }),
  );
  ok(
    await (
      await ctx.as('tuphap')
    ).request('PUT', '/api/emulation/entries', {
      unitId: province,
      year,
      subject: { kind: 'agency', id: agencyId },
      code: 'TC4',
      points: 16,
      comment: 'Tham mưu tốt',
    }),
  );
  ok(await noivu.post('/api/emulation/runs', { unitId: province, year }), 201);
}
