import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TEvidence, TProgressEntry, TTaskDetail, TTaskSummary } from '@papi/contracts';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { countRows, expectApiError, type Paged } from '../../test/helpers.ts';
import { agencyOf, issuedPlan, ok } from './execution.fixtures.ts';
import { todayVn } from '../../platform/clock.ts';

let ctx: TestContext;
let noivu: TestClient;
let lanhdao: TestClient;
let xa: TestClient;
let tuphap: TestClient;
let xem: TestClient;
let plan: { planId: number; taskIds: number[] };
const today = todayVn();
const year = Number(today.slice(0, 4));

beforeAll(async () => {
  ctx = await createTestContext();
  [noivu, lanhdao, xa, tuphap, xem] = (await Promise.all(
    ['noivu', 'lanhdao', 'xa', 'tuphap', 'xem'].map((u) => ctx.as(u)),
  )) as [TestClient, TestClient, TestClient, TestClient, TestClient];
  const sonla = await ctx.unitId('post2025', 'province', '14');
  const commune = await agencyOf(ctx, 'xa');
  const justice = await agencyOf(ctx, 'tuphap');
  const home = await agencyOf(ctx, 'noivu');
  plan = await issuedPlan(
    ctx,
    { coordinator: noivu, leader: lanhdao },
    sonla,
    year,
    [
      // 0: the commune leads, the justice department cooperates; due at the year's end.
      { lead: commune, cooperating: [justice], deadline: { kind: 'date', date: `${year}-12-31` } },
      // 1: already past due (1 January).
      { lead: commune, deadline: { kind: 'date', date: `${year}-01-01` } },
      // 2: quarterly work of the justice department.
      { lead: justice, deadline: { kind: 'recurring', every: 'quarterly' } },
    ],
    home,
  );
});
afterAll(() => ctx.close());

const task = (c: TestClient, i: number) =>
  c.get<TTaskDetail>(`/api/tasks/${plan.taskIds[i]}`).then((r) => ok<TTaskDetail>(r));

describe('issued tasks enter execution', () => {
  it('opens one state per task with resolved, working-day due dates', async () => {
    expect(await countRows(ctx, 'task_state where plan_id = $1', [plan.planId])).toBe(8);
    const t1 = await task(xa, 1);
    // 1 January is a holiday: the due date moves to the next working day.
    expect(t1.dueOn! > `${year}-01-01`).toBe(true);
    const t2 = await task(tuphap, 2);
    expect(t2.dueOn).toBe(
      (
        await ctx.database.pool.query<{ d: string }>(
          `select due_on::text as d from task_state where task_id = $1`,
          [plan.taskIds[2]],
        )
      ).rows[0]!.d,
    );
    expect(t2.nextDueOn! >= today || t2.nextDueOn === t2.dueOn).toBe(true);
    expect(t2.deadlineLabel).toBe('Hằng quý');
  });

  it('derives statuses: not started, overdue', async () => {
    expect((await task(xa, 0)).status).toBe(today <= `${year}-12-31` ? 'not_started' : 'overdue');
    const late = await task(xa, 1);
    expect(late.status).toBe(late.dueOn! < today ? 'overdue' : 'not_started');
  });

  it('lets the commune see the province task it leads, not the others', async () => {
    expect((await xa.get(`/api/tasks/${plan.taskIds[0]}`)).status).toBe(200);
    expectApiError(await xa.get(`/api/tasks/${plan.taskIds[2]}`), 404, 'NOT_FOUND');
    const mine = ok<Paged<TTaskSummary>>(await xa.get('/api/tasks?pageSize=200'));
    expect(mine.items.map((t) => t.id).sort()).toEqual([plan.taskIds[0], plan.taskIds[1]].sort());
  });
});

describe('progress', () => {
  it('the lead records progress; status and percent follow; history keeps it', async () => {
    const before = await task(xa, 0);
    expect(before).toMatchObject({ canUpdate: true, canContribute: false });
    const after = ok<TTaskDetail>(
      await xa.post(`/api/tasks/${plan.taskIds[0]}/progress`, {
        version: before.version,
        reportedOn: today,
        percent: 40,
        note: 'Đã tổ chức 2 hội nghị đối thoại',
      }),
      201,
    );
    expect(after).toMatchObject({
      percent: 40,
      status: 'in_progress',
      version: before.version + 1,
    });
    const stale = await xa.post(`/api/tasks/${plan.taskIds[0]}/progress`, {
      version: before.version,
      reportedOn: today,
      percent: 50,
      note: 'Cũ',
    });
    expectApiError(stale, 409, 'CONFLICT');
  });

  it('only the lead sets status: a cooperating agency contributes, others are refused', async () => {
    const t = await task(tuphap, 0);
    expect(t).toMatchObject({ canUpdate: false, canContribute: true });
    const refused = await tuphap.post(`/api/tasks/${plan.taskIds[0]}/progress`, {
      version: t.version,
      reportedOn: today,
      percent: 90,
      note: 'Không được',
    });
    expectApiError(refused, 403, 'FORBIDDEN');
    const entry = ok<TProgressEntry>(
      await tuphap.post(`/api/tasks/${plan.taskIds[0]}/contributions`, {
        reportedOn: today,
        note: 'Sở Tư pháp cử báo cáo viên pháp luật',
      }),
      201,
    );
    expect(entry).toMatchObject({
      kind: 'contribution',
      agency: { id: (await agencyOf(ctx, 'tuphap')).id },
    });
    expect((await task(xa, 0)).percent).toBe(40);
    // The lead cannot contribute as a partner, a viewer cannot do anything.
    expectApiError(
      await xa.post(`/api/tasks/${plan.taskIds[0]}/contributions`, {
        reportedOn: today,
        note: 'x',
      }),
      403,
      'FORBIDDEN',
    );
    expectApiError(
      await xem.post(`/api/tasks/${plan.taskIds[0]}/contributions`, {
        reportedOn: today,
        note: 'x',
      }),
      403,
      'FORBIDDEN',
    );
  });

  it('refuses future dates and a completion below 100%', async () => {
    const t = await task(xa, 0);
    const send = (body: Record<string, unknown>) =>
      xa.post(`/api/tasks/${plan.taskIds[0]}/progress`, {
        version: t.version,
        reportedOn: today,
        percent: 100,
        note: 'Xong',
        ...body,
      });
    expect(expectApiError(await send({ reportedOn: `${year + 1}-12-31` }), 400).message).toContain(
      'Ngày cập nhật',
    );
    expect(expectApiError(await send({ completedOn: today, percent: 80 }), 400).message).toContain(
      '100%',
    );
  });

  it('completion makes it done, history lists every entry newest first', async () => {
    const t = await task(xa, 0);
    const done = ok<TTaskDetail>(
      await xa.post(`/api/tasks/${plan.taskIds[0]}/progress`, {
        version: t.version,
        reportedOn: today,
        percent: 100,
        completedOn: today,
        note: 'Hoàn thành',
      }),
      201,
    );
    expect(done).toMatchObject({ status: 'done', completedOn: today });
    const history = ok<Paged<TProgressEntry>>(
      await noivu.get(`/api/tasks/${plan.taskIds[0]}/progress`),
    );
    expect(history.items.map((e) => e.kind)).toEqual(['update', 'contribution', 'update']);
    expect(history.total).toBe(3);
  });

  it('cancellation needs a reason and closes the task', async () => {
    const t = await task(xa, 1);
    expect(
      expectApiError(
        await xa.post(`/api/tasks/${plan.taskIds[1]}/cancel`, { version: t.version, reason: ' ' }),
        400,
      ).message,
    ).toContain('lý do');
    const c = ok<TTaskDetail>(
      await xa.post(`/api/tasks/${plan.taskIds[1]}/cancel`, {
        version: t.version,
        reason: 'Nội dung đã lồng ghép vào nhiệm vụ 1.1',
      }),
    );
    expect(c).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Nội dung đã lồng ghép vào nhiệm vụ 1.1',
    });
    expectApiError(
      await xa.post(`/api/tasks/${plan.taskIds[1]}/progress`, {
        version: c.version,
        reportedOn: today,
        percent: 10,
        note: 'x',
      }),
      409,
      'CONFLICT',
    );
  });

  it('emits task.progress.updated in the outbox', async () => {
    expect(await countRows(ctx, `domain_event where type = 'task.progress.updated'`)).toBe(4);
  });
});

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff]);

async function upload(c: TestClient, taskId: number, name: string, bytes: Uint8Array) {
  const form = new FormData();
  form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>]), name);
  const res = await ctx.app.request(`/api/tasks/${taskId}/evidence`, {
    method: 'POST',
    headers: { cookie: c.cookie, 'x-csrf-token': c.csrfToken },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('evidence', () => {
  it('stores a PDF, lists it, downloads the same bytes, attaches it to an update', async () => {
    const e = ok<TEvidence>(
      await upload(tuphap, plan.taskIds[2]!, 'Biên bản hội nghị.pdf', PDF),
      201,
    );
    expect(e).toMatchObject({ mime: 'application/pdf', size: PDF.length, canDelete: true });
    const res = await ctx.app.request(`/api/evidence/${e.id}/download`, {
      headers: { cookie: tuphap.cookie },
    });
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF);
    const t = await task(tuphap, 2);
    ok(
      await tuphap.post(`/api/tasks/${plan.taskIds[2]}/progress`, {
        version: t.version,
        reportedOn: today,
        percent: 25,
        note: 'Quý này đã tổ chức hội nghị',
        evidenceIds: [e.id],
      }),
      201,
    );
    const list = ok<{ items: TEvidence[] }>(
      await noivu.get(`/api/tasks/${plan.taskIds[2]}/evidence`),
    );
    expect(list.items[0]).toMatchObject({ id: e.id, canDelete: false });
    expectApiError(await tuphap.request('DELETE', `/api/evidence/${e.id}`), 409, 'CONFLICT');
    // Out of scope: the commune cannot fetch a file of a task it has nothing to do with.
    expectApiError(await xa.get(`/api/evidence/${e.id}/download`), 404, 'NOT_FOUND');
  });

  it('rejects a disguised executable with a clear message, and saves nothing', async () => {
    const before = await countRows(ctx, 'evidence_file');
    const res = await upload(tuphap, plan.taskIds[2]!, 'bao-cao.pdf', EXE);
    expect(expectApiError(res, 400, 'FILE_EXECUTABLE').message).toContain('chương trình Windows');
    expect(await countRows(ctx, 'evidence_file')).toBe(before);
  });

  it('rejects a content and extension mismatch and an unknown type', async () => {
    const png = await upload(tuphap, plan.taskIds[2]!, 'anh.pdf', PNG);
    expect(expectApiError(png, 400, 'FILE_TYPE_MISMATCH').message).toContain('.png');
    const txt = await upload(
      tuphap,
      plan.taskIds[2]!,
      'ghi-chu.txt',
      new TextEncoder().encode('abc'),
    );
    expectApiError(txt, 400, 'FILE_TYPE');
  });

  it('rejects an oversized file with its size and the limit', async () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 10);
    big.set(PDF);
    const res = await upload(tuphap, plan.taskIds[2]!, 'lon.pdf', big);
    expect(expectApiError(res, 413, 'FILE_TOO_LARGE').message).toContain('20 MB');
  });

  it('lets the uploader delete a loose file, nobody else', async () => {
    const e = ok<TEvidence>(await upload(tuphap, plan.taskIds[2]!, 'anh.png', PNG), 201);
    expectApiError(await noivu.request('DELETE', `/api/evidence/${e.id}`), 403, 'FORBIDDEN');
    ok(await tuphap.request('DELETE', `/api/evidence/${e.id}`));
    expect(await countRows(ctx, 'evidence_file where id = $1', [e.id])).toBe(0);
  });

  it('refuses uploads from agencies the task does not name, and non-multipart bodies', async () => {
    expectApiError(await upload(noivu, plan.taskIds[2]!, 'a.pdf', PDF), 403, 'FORBIDDEN');
    expectApiError(await upload(xa, plan.taskIds[2]!, 'a.pdf', PDF), 404, 'NOT_FOUND');
    expectApiError(
      await tuphap.post(`/api/tasks/${plan.taskIds[2]}/evidence`, { file: 'x' }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
  });
});

describe('monitoring', () => {
  it('counts the province subtree by status, dimension and agency', async () => {
    const m = ok<{
      total: number;
      byStatus: Record<string, number>;
      byDimension: { code: string }[];
    }>(await noivu.get(`/api/monitoring/tasks?planId=${plan.planId}`));
    expect(m.total).toBe(8);
    expect(m.byStatus.done).toBe(1);
    expect(m.byStatus.cancelled).toBe(1);
    expect(m.byDimension.map((d) => d.code)).toEqual([
      'D1',
      'D2',
      'D3',
      'D4',
      'D5',
      'D6',
      'D7',
      'D8',
    ]);
  });

  it('lists open tasks past a cut-off, first by due date', async () => {
    const board = ok<Paged<TTaskSummary>>(
      await noivu.get(`/api/monitoring/overdue?cutoff=${year + 1}-01-01`),
    );
    const ours = board.items.filter((t) => t.plan.id === plan.planId);
    expect(ours.length).toBe(6); // 8 − done − cancelled
    const dues = board.items.map((t) => t.dueOn!);
    expect([...dues].sort()).toEqual(dues);
    // A commune's board holds only its own tasks.
    const commune = ok<Paged<TTaskSummary>>(
      await xa.get(`/api/monitoring/overdue?cutoff=${year + 1}-01-01`),
    );
    expect(commune.items.every((t) => t.unit.id === commune.items[0]!.unit.id)).toBe(true);
  });
});
