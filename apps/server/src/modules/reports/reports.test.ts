import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TRegime, TReport, TReportVersion, TTaskDetail } from '@papi/contracts';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { countRows, expectApiError } from '../../test/helpers.ts';
import { agencyOf, issuedPlan, ok } from '../execution/execution.fixtures.ts';
import { todayVn } from '../../platform/clock.ts';

let ctx: TestContext;
let noivu: TestClient;
let lanhdao: TestClient;
let xa: TestClient;
let tuphap: TestClient;
let other: TestClient;
let regime: TRegime;
let plan: { planId: number; taskIds: number[] };
const today = todayVn();
const year = Number(today.slice(0, 4));
let communeId = 0;

/** An officer of another commune of Sơn La, sharing the demo password. */
async function otherCommuneOfficer() {
  await ctx.database.pool.query(
    `insert into app_user (username, full_name, role, unit_id, password_hash, must_change_password, search)
     select 'xakhac', 'Cán bộ xã khác', 'officer', c.id, a.password_hash, false, 'xakhac'
       from admin_unit c, app_user a
      where c.parent_id = (select parent_id from admin_unit where id = a.unit_id)
        and c.id <> a.unit_id and a.username = 'xa'
      order by c.code limit 1`,
  );
  return ctx.as('xakhac');
}

beforeAll(async () => {
  ctx = await createTestContext();
  [noivu, lanhdao, xa, tuphap] = (await Promise.all(
    ['noivu', 'lanhdao', 'xa', 'tuphap'].map((u) => ctx.as(u)),
  )) as [TestClient, TestClient, TestClient, TestClient];
  other = await otherCommuneOfficer();
  const sonla = await ctx.unitId('post2025', 'province', '14');
  const commune = await agencyOf(ctx, 'xa');
  communeId = commune.unit_id;
  plan = await issuedPlan(
    ctx,
    { coordinator: noivu, leader: lanhdao },
    sonla,
    year,
    [{ lead: commune, deadline: { kind: 'date', date: `${year}-12-31` } }],
    await agencyOf(ctx, 'noivu'),
    [{ code: 'DT', name: 'Số cuộc đối thoại với Nhân dân', unit: 'cuộc' }],
  );
  // Issued early in the year, so its tasks belong to this year's windows.
  await ctx.database.pool.query(`update plan set issued_on = $2 where id = $1`, [
    plan.planId,
    `${year}-01-15`,
  ]);
  const regimes = ok<{ items: TRegime[] }>(await xa.get('/api/regimes'));
  regime = regimes.items.find((g) => g.code === 'PAPI-KH')!;
});
afterAll(() => ctx.close());

async function progress(reportedOn: string, percent: number, completedOn: string | null = null) {
  const t = ok<TTaskDetail>(await xa.get(`/api/tasks/${plan.taskIds[0]}`));
  ok(
    await xa.post(`/api/tasks/${plan.taskIds[0]}/progress`, {
      version: t.version,
      reportedOn,
      percent,
      completedOn,
      note: `Cập nhật ${reportedOn}`,
    }),
    201,
  );
}

const snapshotTask = (r: { tasks: { taskId: number; status: string; percent: number }[] }) =>
  r.tasks.find((t) => t.taskId === plan.taskIds[0]);

describe('regimes', () => {
  it('ships the seed plans’ regime, with working-day due dates for the year', async () => {
    expect(regime.definition.trigger).toBe('periodic');
    const periods = ok<{ items: { key: string; due: Record<string, string> }[] }>(
      await xa.get(`/api/regimes/${regime.id}/periods?year=2027`),
    );
    // 05/6/2027 is a Saturday.
    expect(periods.items[0]).toMatchObject({ key: '2027-H1', due: { commune: '2027-06-07' } });
  });

  it('moves due dates when an admin adds a holiday (shipped calendar loaded)', async () => {
    const admin = await ctx.as('admin');
    const shipped = ok<{ items: { date: string; kind: string }[] }>(
      await admin.get('/api/holidays?year=2025'),
    );
    expect(shipped.items).toContainEqual(
      expect.objectContaining({ date: '2025-02-08', kind: 'working' }),
    );
    const y2027 = ok<{ items: { date: string; name: string; kind: string }[] }>(
      await admin.get('/api/holidays?year=2027'),
    );
    const bad = await admin.request('PUT', '/api/holidays/2027', {
      items: [{ date: '2026-06-07', name: 'Sai năm', kind: 'off' }],
    });
    expect(expectApiError(bad, 400).message).toContain('Dòng 1');
    ok(
      await admin.request('PUT', '/api/holidays/2027', {
        items: [...y2027.items, { date: '2027-06-07', name: 'Nghỉ thử', kind: 'off' }],
      }),
    );
    const periods = ok<{ items: { key: string; due: Record<string, string> }[] }>(
      await xa.get(`/api/regimes/${regime.id}/periods?year=2027`),
    );
    expect(periods.items[0]!.due.commune).toBe('2027-06-08');
    expectApiError(
      await noivu.request('PUT', '/api/holidays/2027', { items: [] }),
      403,
      'FORBIDDEN',
    );
    ok(await admin.request('PUT', '/api/holidays/2027', { items: y2027.items }));
  });

  it('is configured by coordinators only', async () => {
    const body = { version: regime.version, name: 'Báo cáo PAPI (sửa)' };
    expectApiError(await xa.patch(`/api/regimes/${regime.id}`, body), 403, 'FORBIDDEN');
    const changed = ok<TRegime>(await noivu.patch(`/api/regimes/${regime.id}`, body));
    expect(changed).toMatchObject({ name: 'Báo cáo PAPI (sửa)', version: regime.version + 1 });
    regime = changed;
  });
});

describe('a commune’s annual report', () => {
  let report: TReport;

  it('drafts with a live preview of task statuses as of the window end', async () => {
    await progress(`${year}-11-15`, 50);
    report = ok<TReport>(
      await xa.post('/api/reports', {
        regimeId: regime.id,
        periodKey: `${year}-Y`,
        unitId: communeId,
      }),
      201,
    );
    expect(report).toMatchObject({
      status: 'draft',
      level: 'commune',
      versionNo: 1,
      canEdit: true,
    });
    expect(report.receiver.level).toBe('province');
    expect(report.indicatorDefs.map((d) => d.code)).toEqual(['DT']);
    expect(snapshotTask(report.preview)).toMatchObject({ status: 'in_progress', percent: 50 });
    expectApiError(
      await xa.post('/api/reports', {
        regimeId: regime.id,
        periodKey: `${year}-Y`,
        unitId: communeId,
      }),
      409,
      'CONFLICT',
    );
  });

  it('keeps the report to its unit: another commune and the province officer cannot write it', async () => {
    expectApiError(await other.get(`/api/reports/${report.id}`), 404, 'NOT_FOUND');
    const body = { version: report.version, content: { indicators: [], narratives: [] } };
    expectApiError(await other.patch(`/api/reports/${report.id}`, body), 404, 'NOT_FOUND');
    expectApiError(await tuphap.patch(`/api/reports/${report.id}`, body), 403, 'FORBIDDEN');
  });

  it('checks indicator codes against the plan', async () => {
    const res = await xa.patch(`/api/reports/${report.id}`, {
      version: report.version,
      content: { indicators: [{ code: 'KHONG', value: 1 }], narratives: [] },
    });
    expect(expectApiError(res, 400, 'UNKNOWN_INDICATOR').message).toContain('dòng 1');
  });

  it('saves content, submits, and freezes the snapshot against later progress', async () => {
    report = ok<TReport>(
      await xa.patch(`/api/reports/${report.id}`, {
        version: report.version,
        content: {
          indicators: [{ code: 'DT', value: 12, note: '' }],
          narratives: [
            {
              dimensionCode: 'D1',
              results: 'Tổ chức 12 cuộc đối thoại',
              shortcomings: '',
              proposals: '',
            },
          ],
        },
      }),
    );
    report = ok<TReport>(
      await xa.post(`/api/reports/${report.id}/submit`, { version: report.version }),
    );
    expect(report).toMatchObject({
      status: 'submitted',
      submissionState: 'on_time',
      canEdit: false,
    });
    expect(report.current.snapshot).not.toBeNull();
    // Completion dated inside the window but recorded after the submission.
    await progress(today, 100, `${year}-11-20`);
    const again = ok<TReport>(await noivu.get(`/api/reports/${report.id}`));
    expect(snapshotTask(again.current.snapshot!)).toMatchObject({
      status: 'in_progress',
      percent: 50,
    });
    expect(again.canReview).toBe(true);
    expectApiError(
      await xa.patch(`/api/reports/${report.id}`, {
        version: again.version,
        content: { indicators: [], narratives: [] },
      }),
      409,
      'CONFLICT',
    );
  });

  it('only the receiving level returns it; the comment is required', async () => {
    const r = ok<TReport>(await noivu.get(`/api/reports/${report.id}`));
    expectApiError(
      await xa.post(`/api/reports/${r.id}/accept`, { version: r.version }),
      403,
      'FORBIDDEN',
    );
    expectApiError(
      await tuphap.post(`/api/reports/${r.id}/accept`, { version: r.version }),
      403,
      'FORBIDDEN',
    );
    expectApiError(
      await noivu.post(`/api/reports/${r.id}/return`, { version: r.version, comment: '' }),
      400,
    );
    report = ok<TReport>(
      await noivu.post(`/api/reports/${r.id}/return`, {
        version: r.version,
        comment: 'Bổ sung số liệu D1',
      }),
    );
    expect(report.status).toBe('returned');
  });

  it('resubmits as a new version; every version is kept; the receiver accepts', async () => {
    report = ok<TReport>(
      await xa.patch(`/api/reports/${report.id}`, {
        version: report.version,
        content: { indicators: [{ code: 'DT', value: 14, note: 'Bổ sung' }], narratives: [] },
      }),
    );
    expect(report).toMatchObject({ status: 'draft', versionNo: 2 });
    // The receiver's comment stays in view while the author fixes the draft…
    expect(report.pendingReturn).toMatchObject({ versionNo: 1, comment: 'Bổ sung số liệu D1' });
    expect(ok<TReport>(await xa.get(`/api/reports/${report.id}`)).pendingReturn?.comment).toBe(
      'Bổ sung số liệu D1',
    );
    report = ok<TReport>(
      await xa.post(`/api/reports/${report.id}/submit`, { version: report.version }),
    );
    // The new version's snapshot sees the completion dated 20/11.
    expect(snapshotTask(report.current.snapshot!)).toMatchObject({ status: 'done', percent: 100 });
    // …and goes once the report is sent again.
    expect(report.pendingReturn).toBeNull();
    report = ok<TReport>(
      await lanhdao.post(`/api/reports/${report.id}/accept`, { version: report.version }),
    );
    expect(report.status).toBe('accepted');
    const versions = ok<{ items: TReportVersion[] }>(
      await xa.get(`/api/reports/${report.id}/versions`),
    );
    expect(versions.items.map((v) => [v.versionNo, v.status, v.reviewComment])).toEqual([
      [1, 'returned', 'Bổ sung số liệu D1'],
      [2, 'accepted', null],
    ]);
    expect(versions.items[0]!.content.indicators[0]!.value).toBe(12);
    expect(snapshotTask(versions.items[0]!.snapshot!)).toMatchObject({ status: 'in_progress' });
    expect(
      await countRows(
        ctx,
        `domain_event where type like 'report.%' and payload->>'reportId' = $1`,
        [String(report.id)],
      ),
    ).toBe(4);
  });
});

describe('reporting rates', () => {
  type Monitoring = {
    total: Record<string, number | null>;
    byLevel: { level: string; expected: number }[];
    byProvince: { unit: { code: string } }[];
    reporters: { total: number; items: { unit: { id: number; level: string }; state: string }[] };
  };
  const monitor = (key: string, extra = '') =>
    noivu.get<Monitoring>(
      `/api/monitoring/reporting?regimeId=${regime.id}&periodKey=${key}&pageSize=200${extra}`,
    );

  it('a late submission is late, the rest missing once due has passed', async () => {
    const r = ok<TReport>(
      await xa.post('/api/reports', {
        regimeId: regime.id,
        periodKey: `${year}-H1`,
        unitId: communeId,
      }),
      201,
    );
    ok(await xa.post(`/api/reports/${r.id}/submit`, { version: r.version }));
    const m = ok<Monitoring>(await monitor(`${year}-H1`));
    const communes = await countRows(
      ctx,
      `admin_unit where parent_id = (select parent_id from admin_unit where id = $1)
         and (valid_to is null or valid_to >= $2::date) and (valid_from is null or valid_from <= $2::date)`,
      [communeId, `${year}-05-31`],
    );
    expect(m.byLevel.find((l) => l.level === 'commune')!.expected).toBe(communes);
    expect(m.total).toMatchObject({ submitted: 1, onTime: 0, late: 1, pending: 0 });
    expect(m.total.missing).toBe((m.total.expected as number) - 1);
    expect(m.byProvince.map((p) => p.unit.code)).toEqual(['14']);
    const mine = ok<Monitoring>(await monitor(`${year}-H1`, '&state=late'));
    expect(mine.reporters.items.map((x) => x.unit.id)).toEqual([communeId]);
  });

  it('an early submission is on time; the others are pending before the due date', async () => {
    const m = ok<Monitoring>(await monitor(`${year}-Y`));
    const due = new Date(`${year}-12-05T00:00:00Z`).toISOString().slice(0, 10);
    if (today <= due) {
      expect(m.total).toMatchObject({ onTime: 1, late: 0, missing: 0 });
      expect(m.total.pending).toBe((m.total.expected as number) - 1);
    } else {
      expect(m.total).toMatchObject({ onTime: 1, late: 0 });
    }
  });

  it('counts only units valid in the period: 2025-H1 expects the pre-2025 communes and districts', async () => {
    const m = ok<Monitoring>(await monitor('2025-H1', '&pageSize=200'));
    const levels = new Set(m.byLevel.map((l) => l.level));
    expect(levels.has('district')).toBe(true);
    const ids = m.reporters.items.map((x) => x.unit.id);
    const valid = await countRows(
      ctx,
      `admin_unit where id = any($1) and valid_to = '2025-06-30'`,
      [ids],
    );
    expect(valid).toBe(ids.length);
    expect(m.total.missing).toBe(m.total.expected);
  });
});
