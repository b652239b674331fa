import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TRegime, TReport, TTaskDetail } from '@papi/contracts';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { transactionWithEvents } from '../../platform/events.ts';
import { agencyOf, ok } from '../execution/execution.fixtures.ts';
import { nowMs, todayVn } from '../../platform/clock.ts';
import { notices, provincePlanForCommune, workerAt } from './reminders.fixture.ts';

/**
 * Domain events of the other modules reach the right people through the outbox relay:
 * a report submitted tells the receiving level, returned or accepted the submitting unit.
 */
let ctx: TestContext;
let noivu: TestClient;
let lanhdao: TestClient;
let xa: TestClient;
let plan: { planId: number; taskIds: number[] };
const year = Number(todayVn().slice(0, 4));
let clock = nowMs();

/** Runs the jobs a little later each time, so each run has its own relay period. */
async function relay() {
  clock += 31_000;
  await workerAt(ctx, new Date(clock).toISOString()).worker.drain();
}

const since = async (n: number) => (await notices(ctx)).slice(n);

beforeAll(async () => {
  ctx = await createTestContext();
  const setup = await provincePlanForCommune(ctx, year);
  ({ noivu, lanhdao, xa, plan } = setup);
  await relay();
});
afterAll(() => ctx.close());

describe('report events', () => {
  it('submitted → the province; returned → the commune with the comment; accepted → the commune', async () => {
    const regime = ok<{ items: TRegime[] }>(await xa.get('/api/regimes')).items.find(
      (g) => g.code === 'PAPI-KH',
    )!;
    const communeId = (await agencyOf(ctx, 'xa')).unit_id;
    let report = ok<TReport>(
      await xa.post('/api/reports', {
        regimeId: regime.id,
        periodKey: `${year}-Y`,
        unitId: communeId,
      }),
      201,
    );
    const start = (await notices(ctx)).length;
    report = ok<TReport>(
      await xa.post(`/api/reports/${report.id}/submit`, { version: report.version }),
    );
    await relay();
    expect((await since(start)).sort()).toEqual([
      `lanhdao report Phường Mộc Châu gửi báo cáo năm ${year}`,
      `noivu report Phường Mộc Châu gửi báo cáo năm ${year}`,
    ]);

    const returned = (await notices(ctx)).length;
    report = ok<TReport>(
      await noivu.post(`/api/reports/${report.id}/return`, {
        version: report.version,
        comment: 'Bổ sung số liệu nội dung 1',
      }),
    );
    await relay();
    // The commune's officer who drafts it and its leader who signs it.
    expect((await since(returned)).sort()).toEqual([
      `lanhdaoxa report Báo cáo năm ${year} bị trả lại`,
      `xa report Báo cáo năm ${year} bị trả lại`,
    ]);
    const body = await ctx.database.pool.query(
      `select body, link from notification order by id desc limit 2`,
    );
    expect(body.rows).toEqual(
      Array(2).fill({
        body: 'Ý kiến của cấp nhận: Bổ sung số liệu nội dung 1',
        link: `/reports?id=${report.id}`,
      }),
    );

    report = ok<TReport>(
      await xa.patch(`/api/reports/${report.id}`, {
        version: report.version,
        content: { indicators: [], narratives: [] },
      }),
    );
    report = ok<TReport>(
      await xa.post(`/api/reports/${report.id}/submit`, { version: report.version }),
    );
    const accepted = (await notices(ctx)).length;
    await relay();
    ok<TReport>(
      await lanhdao.post(`/api/reports/${report.id}/accept`, { version: report.version }),
    );
    await relay();
    await relay(); // nothing twice
    expect((await since(accepted)).sort()).toEqual([
      `lanhdao report Phường Mộc Châu gửi báo cáo năm ${year} (lần 2)`,
      `lanhdaoxa report Báo cáo năm ${year} đã được tiếp nhận`,
      `noivu report Phường Mộc Châu gửi báo cáo năm ${year} (lần 2)`,
      `xa report Báo cáo năm ${year} đã được tiếp nhận`,
    ]);
  });
});

describe('task and plan events', () => {
  it("a finished task tells the plan unit's coordinators; a reminder to plan tells the obliged unit", async () => {
    const start = (await notices(ctx)).length;
    const t = ok<TTaskDetail>(await xa.get(`/api/tasks/${plan.taskIds[0]}`));
    ok(
      await xa.post(`/api/tasks/${plan.taskIds[0]}/progress`, {
        version: t.version,
        reportedOn: todayVn(),
        percent: 100,
        completedOn: todayVn(),
        note: 'Đã hoàn thành',
      }),
      201,
    );
    await relay();
    const done = await since(start);
    expect(done).toHaveLength(1);
    expect(done[0]).toMatch(/^noivu task Ủy ban nhân dân phường Mộc Châu hoàn thành nhiệm vụ: /i);

    const communeId = (await agencyOf(ctx, 'xa')).unit_id;
    const number = (
      await ctx.database.pool.query(`select number, symbol from plan where id = $1`, [plan.planId])
    ).rows[0];
    const before = (await notices(ctx)).length;
    await transactionWithEvents(ctx.database.db, async (_tx, emit) => {
      await emit('plan.obligation.reminded', {
        obligationId: 1,
        unitId: communeId,
        parentPlanId: plan.planId,
        due: `${year}-03-01`,
        remindedBy: 1,
      });
    });
    await relay();
    // The obliged commune: the officer who drafts its plan and the leader who issues it.
    expect((await since(before)).sort()).toEqual([
      `lanhdaoxa plan Đề nghị ban hành kế hoạch thực hiện Kế hoạch số ${number.number}/${number.symbol}`,
      `xa plan Đề nghị ban hành kế hoạch thực hiện Kế hoạch số ${number.number}/${number.symbol}`,
    ]);
  });
});
