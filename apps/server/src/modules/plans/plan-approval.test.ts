/**
 * Issuing and approval as they happen in an office: the clerk's number and the signing
 * date, return with a reason the author sees, the same check at submit and issue as the
 * editor counts, per-plan rule waivers, and the loop showing in My work and notifications.
 */
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TPlanDetail, TWorkItem } from '@papi/contracts';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { expectApiError } from '../../test/helpers.ts';
import { nowMs } from '../../platform/clock.ts';
import { notices, workerAt } from '../reminders/reminders.fixture.ts';
import { samplePlan, sampleTasks } from './plans.samples.ts';

let ctx: TestContext;
let noivu: TestClient;
let lanhdao: TestClient;
let xa: TestClient;
let lanhdaoxa: TestClient;
const units = { sonla: 0, ward: 0 };
let agency = { id: 0, name: '' };
let wardAgency = { id: 0, name: '' };
let clock = nowMs();

const ok = <T>(res: { status: number; body: unknown }, status = 200) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body as T;
};

async function relay() {
  clock += 31_000;
  await workerAt(ctx, new Date(clock).toISOString()).worker.drain();
}

const agencyOfUnit = async (unitId: number) =>
  (
    await ctx.database.pool.query<{ id: number; name: string }>(
      'select id, name from agency where unit_id = $1 and active order by id limit 1',
      [unitId],
    )
  ).rows[0]!;

/** A complete draft (no errors) of the unit, submitted by `by`. */
async function submitted(by: TestClient, unitId: number, a: typeof agency, title: string) {
  let p = ok<TPlanDetail>(await by.post('/api/plans', samplePlan(unitId, title)), 201);
  p = ok(
    await by.request('PUT', `/api/plans/${p.id}/tasks`, {
      version: p.version,
      tasks: sampleTasks(a),
    }),
  );
  expect(p.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return ok<TPlanDetail>(await by.post(`/api/plans/${p.id}/submit`, { version: p.version }));
}

beforeAll(async () => {
  ctx = await createTestContext();
  [noivu, lanhdao, xa, lanhdaoxa] = (await Promise.all(
    ['noivu', 'lanhdao', 'xa', 'lanhdaoxa'].map((u) => ctx.as(u)),
  )) as [TestClient, TestClient, TestClient, TestClient];
  units.sonla = await ctx.unitId('post2025', 'province', '14');
  const w = await ctx.database.pool.query<{ unit_id: number }>(
    `select unit_id from app_user where username = 'xa'`,
  );
  units.ward = w.rows[0]!.unit_id;
  agency = await agencyOfUnit(units.sonla);
  wardAgency = await agencyOfUnit(units.ward);
  await relay();
});
afterAll(() => ctx.close());

describe('issuing with the register number and the signing date', () => {
  let first: TPlanDetail;

  it('proposes the next free number of the unit and today', async () => {
    first = await submitted(noivu, units.sonla, agency, 'Kế hoạch thứ nhất');
    const proposal = ok<{ number: number; documentNumber: string; issuedOn: string }>(
      await lanhdao.get(`/api/plans/${first.id}/issue-proposal`),
    );
    expect(proposal).toEqual({
      number: 1,
      documentNumber: '01/KH-UBND',
      symbol: 'KH-UBND',
      issuedOn: '2026-11-25',
      today: '2026-11-25',
    });
  });

  it('records the number and past date the leader enters, and says so in the audit', async () => {
    first = ok(
      await lanhdao.post(`/api/plans/${first.id}/issue`, {
        version: first.version,
        number: 35,
        issuedOn: '2026-02-10',
      }),
    );
    expect(first).toMatchObject({
      status: 'issued',
      number: 35,
      documentNumber: '35/KH-UBND',
      issuedOn: '2026-02-10',
    });
    const audit = await ctx.database.pool.query<{ summary: string; after: unknown }>(
      `select summary, after from audit_log where entity = 'plan' and entity_id = $1
        order by id desc limit 1`,
      [String(first.id)],
    );
    expect(audit.rows[0]!.summary).toBe(
      'Ban hành kế hoạch 35/KH-UBND "Kế hoạch thứ nhất", ngày ký 10/02/2026 (nhập sau, ngày 25/11/2026)',
    );
    expect(audit.rows[0]!.after).toMatchObject({ issuedOn: '2026-02-10', backdated: true });
    // The number prints in the Word document with the signing date.
    const raw = await ctx.app.request(`/api/plans/${first.id}/document`, {
      headers: { cookie: lanhdao.cookie },
    });
    const zip = await JSZip.loadAsync(new Uint8Array(await raw.arrayBuffer()));
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(text).toContain('Số: 35/KH-UBND');
    expect(text).toContain('ngày 10 tháng 02 năm 2026');
  });

  it('refuses a number the unit already gave that year, naming the next free one', async () => {
    const second = await submitted(noivu, units.sonla, agency, 'Kế hoạch thứ hai');
    const next = ok<{ number: number }>(
      await lanhdao.get(`/api/plans/${second.id}/issue-proposal?issuedOn=2026-03-01`),
    );
    expect(next.number).toBe(36);
    const dup = expectApiError(
      await lanhdao.post(`/api/plans/${second.id}/issue`, {
        version: second.version,
        number: 35,
        issuedOn: '2026-03-01',
      }),
      409,
      'CONFLICT',
    );
    expect(dup.message).toBe(
      'Số 35/KH-UBND đã được Sơn La cấp cho văn bản khác trong năm 2026; số tiếp theo còn trống là 36/KH-UBND.',
    );
    const still = ok<TPlanDetail>(await lanhdao.get(`/api/plans/${second.id}`));
    expect(still).toMatchObject({ status: 'submitted', number: null });
    // A date after today is not a signing date.
    const future = expectApiError(
      await lanhdao.post(`/api/plans/${second.id}/issue`, {
        version: second.version,
        issuedOn: '2026-12-01',
      }),
      400,
      'ISSUE_DATE_IN_FUTURE',
    );
    expect(future.message).toContain('01/12/2026');
    // Another year has its own register: 35 is free in 2021 (a plan entered after the fact).
    const old = ok<TPlanDetail>(
      await lanhdao.post(`/api/plans/${second.id}/issue`, {
        version: second.version,
        number: 35,
        issuedOn: '2021-05-04',
      }),
    );
    expect(old).toMatchObject({ documentNumber: '35/KH-UBND', issuedOn: '2021-05-04' });
  });

  it('numbers a ward from its own register: the ward and the province both start at 01', async () => {
    const ward = await submitted(xa, units.ward, wardAgency, 'Kế hoạch của phường');
    const proposal = ok<{ documentNumber: string }>(
      await lanhdaoxa.get(`/api/plans/${ward.id}/issue-proposal`),
    );
    expect(proposal.documentNumber).toBe('01/KH-UBND');
    const issued = ok<TPlanDetail>(
      await lanhdaoxa.post(`/api/plans/${ward.id}/issue`, { version: ward.version, number: 35 }),
    );
    expect(issued).toMatchObject({ documentNumber: '35/KH-UBND', issuedOn: '2026-11-25' });
  });
});

describe('submit, return with a reason, resubmit', () => {
  it('saves the "Lưu: VT." the form shows when the author leaves Nơi nhận without it', async () => {
    const bare = samplePlan(units.sonla, 'Không ghi Lưu');
    bare.body.recipients = { lines: ['Sở Nội vụ'], archive: null } as never;
    const p = ok<TPlanDetail>(await noivu.post('/api/plans', bare), 201);
    expect(p.body.recipients.archive).toEqual({ holders: ['VT'], copies: null });
    expect(p.issues.map((i) => i.rule)).not.toContain('recipients_archive');
  });

  it('refuses to submit a plan with errors, with the errors the editor shows', async () => {
    let p = ok<TPlanDetail>(
      await noivu.post('/api/plans', samplePlan(units.sonla, 'Còn lỗi')),
      201,
    );
    p = ok(
      await noivu.request('PUT', `/api/plans/${p.id}/tasks`, {
        version: p.version,
        tasks: sampleTasks(agency).slice(0, 7),
      }),
    );
    const shown = p.issues.filter((i) => i.severity === 'error').map((i) => i.message);
    expect(shown).toEqual([expect.stringContaining('D8')]);
    const res = expectApiError(
      await noivu.post(`/api/plans/${p.id}/submit`, { version: p.version }),
      400,
      'PLAN_INVALID',
    );
    expect(res.message).toBe(`Chưa thể trình kế hoạch, còn 1 lỗi: ${shown[0]}`);
    // Signer and Nơi nhận count while editing too: the editor's "0 lỗi" means issuable.
    const bare = ok<TPlanDetail>(
      await noivu.patch(`/api/plans/${p.id}`, {
        version: p.version,
        body: { ...p.body, signer: null, recipients: { lines: [], archive: null } },
      }),
    );
    expect(bare.issues.filter((i) => i.severity === 'error').map((i) => i.rule)).toEqual([
      'covers_all_dimensions',
      'recipients_archive',
      'signer_complete',
    ]);
  });

  it('lets a rule be waived for one plan with a reason the audit keeps', async () => {
    let p = ok<TPlanDetail>(await noivu.post('/api/plans', samplePlan(units.sonla, 'Miễn')), 201);
    p = ok(
      await noivu.request('PUT', `/api/plans/${p.id}/tasks`, {
        version: p.version,
        tasks: sampleTasks(agency).slice(0, 7),
      }),
    );
    expectApiError(
      await noivu.request('PUT', `/api/plans/${p.id}/waivers`, {
        version: p.version,
        waivers: [{ rule: 'made_up', reason: 'x' }],
      }),
      400,
      'UNKNOWN_RULE',
    );
    expectApiError(
      await noivu.request('PUT', `/api/plans/${p.id}/waivers`, {
        version: p.version,
        waivers: [{ rule: 'covers_all_dimensions', reason: ' ' }],
      }),
      400,
    );
    const reason = 'Kế hoạch chuyên đề, chỉ gồm 7 lĩnh vực theo chỉ đạo của tỉnh';
    p = ok(
      await noivu.request('PUT', `/api/plans/${p.id}/waivers`, {
        version: p.version,
        waivers: [{ rule: 'covers_all_dimensions', reason }],
      }),
    );
    expect(p.waivers).toEqual([
      { rule: 'covers_all_dimensions', reason, by: expect.any(String), at: expect.any(String) },
    ]);
    expect(p.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const audit = await ctx.database.pool.query<{ summary: string }>(
      `select summary from audit_log where entity = 'plan' and entity_id = $1 order by id desc limit 1`,
      [String(p.id)],
    );
    expect(audit.rows[0]!.summary).toContain(`covers_all_dimensions (lý do: ${reason})`);
    p = ok(await noivu.post(`/api/plans/${p.id}/submit`, { version: p.version }));
    p = ok(await lanhdao.post(`/api/plans/${p.id}/issue`, { version: p.version }));
    expect(p.status).toBe('issued');
    // Printed nowhere.
    const raw = await ctx.app.request(`/api/plans/${p.id}/document`, {
      headers: { cookie: lanhdao.cookie },
    });
    const zip = await JSZip.loadAsync(new Uint8Array(await raw.arrayBuffer()));
    expect(await zip.file('word/document.xml')!.async('string')).not.toContain('chuyên đề');
  });

  it('shows the waiting plan to the leader, the returned one with its reason to the author', async () => {
    const before = (await notices(ctx)).length;
    let p = await submitted(noivu, units.sonla, agency, 'Kế hoạch chờ ký');
    await relay();
    expect((await notices(ctx)).slice(before)).toContain(
      'lanhdao plan Kế hoạch chờ ban hành: Kế hoạch chờ ký',
    );
    type Work = { items: TWorkItem[]; counts: { plansToIssue: number } };
    const leaderWork = ok<Work>(await lanhdao.get('/api/my-work?kind=plan'));
    expect(leaderWork.counts.plansToIssue).toBe(1);
    expect(leaderWork.items).toContainEqual(
      expect.objectContaining({
        kind: 'plan_review',
        role: 'issue',
        plan: expect.objectContaining({ id: p.id }),
      }),
    );
    // The coordinator does not issue: nothing waits for them.
    expect(ok<Work>(await noivu.get('/api/my-work?kind=plan')).counts.plansToIssue).toBe(0);

    expectApiError(await lanhdao.post(`/api/plans/${p.id}/return`, { version: p.version }), 400);
    expectApiError(
      await lanhdao.post(`/api/plans/${p.id}/return`, { version: p.version, reason: '  ' }),
      400,
    );
    const reason = 'Bổ sung cơ quan phối hợp cho nhiệm vụ 3.1.';
    p = ok(await lanhdao.post(`/api/plans/${p.id}/return`, { version: p.version, reason }));
    expect(p).toMatchObject({ status: 'draft', returned: { reason, by: expect.any(String) } });
    await relay();
    expect((await notices(ctx)).slice(before)).toContain(
      'noivu plan Kế hoạch bị trả lại: Kế hoạch chờ ký',
    );
    const body = await ctx.database.pool.query<{ body: string }>(
      `select n.body from notification n join app_user u on u.id = n.user_id
        where u.username = 'noivu' order by n.id desc limit 1`,
    );
    expect(body.rows[0]!.body).toBe(`Lý do: ${reason}`);
    const seen = ok<TPlanDetail>(await noivu.get(`/api/plans/${p.id}`));
    expect(seen.returned?.reason).toBe(reason);
    const authorWork = ok<Work>(await noivu.get('/api/my-work?kind=plan'));
    expect(authorWork.items).toContainEqual(
      expect.objectContaining({
        kind: 'plan_review',
        role: 'returned',
        plan: expect.objectContaining({ id: p.id, returnReason: reason }),
      }),
    );
    expect(ok<Work>(await lanhdao.get('/api/my-work?kind=plan')).counts.plansToIssue).toBe(0);

    // Resubmitted: the reason is cleared and it waits for the leader again.
    p = ok(await noivu.post(`/api/plans/${p.id}/submit`, { version: p.version }));
    expect(p.returned).toBeNull();
    expect(ok<Work>(await lanhdao.get('/api/my-work?kind=plan')).counts.plansToIssue).toBe(1);
    const issued = ok<TPlanDetail>(
      await lanhdao.post(`/api/plans/${p.id}/issue`, { version: p.version }),
    );
    expect(issued.status).toBe('issued');
  });
});
