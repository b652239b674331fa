import { writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scalePoints, DEFAULT_CRITERIA_SET, type Criterion } from '@papi/domain';
import type { TEmulationRun, TEmulationYear } from '@papi/contracts';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { countRows, expectApiError } from '../../test/helpers.ts';
import { seedDemoWork } from '../../seed/demo-work.ts';
import { DEMO_PROVINCE_CODE } from '../../seed/demo.ts';

/**
 * Emulation (issue #16): the demo province's 2026 year scored from its records, every number
 * traced back to them; the council's marks; who sees what; approval freezes; the decision.
 */
let ctx: TestContext;
let noivu: TestClient;
let lanhdao: TestClient;
let tuphap: TestClient;
let xa: TestClient;
const ids = { sonla: 0, tuphap: 0, lanhdao: 0, tuphapAgency: 0, ward: 0, xaAgency: 0 };

const q = async <T>(text: string, params: unknown[] = []) =>
  (await ctx.database.pool.query(text, params)).rows as T[];
const ok = <T>(res: { status: number; body: unknown }, status = 200) => {
  expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBe(status);
  return res.body as T;
};
const put = (c: TestClient, path: string, body: unknown) => c.request('PUT', path, body);

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.database.db.transaction((tx) => seedDemoWork(tx, DEMO_PROVINCE_CODE));
  [noivu, lanhdao, tuphap, xa] = (await Promise.all(
    ['noivu', 'lanhdao', 'tuphap', 'xa'].map((u) => ctx.as(u)),
  )) as [TestClient, TestClient, TestClient, TestClient];
  const users = await q<{ username: string; id: number; unit_id: number; agency_id: number }>(
    `select username, id, unit_id, agency_id from app_user where username in ('tuphap','lanhdao','xa')`,
  );
  const u = (n: string) => users.find((x) => x.username === n)!;
  Object.assign(ids, {
    sonla: u('tuphap').unit_id,
    tuphap: u('tuphap').id,
    lanhdao: u('lanhdao').id,
    tuphapAgency: u('tuphap').agency_id,
    ward: u('xa').unit_id,
    xaAgency: u('xa').agency_id,
  });
  await reportsAndObligations();
});

/**
 * Reports and plan obligations of 2026 (the demo work has tasks only): on time, late,
 * missing, and not yet due (which must not count).
 */
async function reportsAndObligations() {
  const [regime] = await q<{ id: number }>('select id from reporting_regime order by id limit 1');
  const period = async (key: string, to: string) =>
    (
      await q<{ id: number }>(
        `insert into report_period (regime_id, key, label, year, window_from, window_to, due)
         values ($1, $2, $3, 2026, '2026-01-01', $4, '{}'::jsonb) returning id`,
        [regime!.id, key, `Kỳ ${key}`, to],
      )
    )[0]!.id;
  const p1 = await period('EMU-1', '2026-06-10');
  const p2 = await period('EMU-2', '2026-12-05');
  const report = (
    periodId: number,
    unitId: number,
    agencyId: number | null,
    due: string,
    sent: string | null,
  ) =>
    q(
      `insert into report (period_id, regime_id, unit_id, unit_path, agency_id, level, receiver_unit_id,
                           receiver_path, due_on, status, first_submitted_at)
       select $1, $2, u.id, u.path, $4, 'province', $6, u.path, $5, 'submitted', $7::timestamptz
         from admin_unit u where u.id = $3`,
      [periodId, regime!.id, unitId, agencyId, due, ids.sonla, sent],
    );
  await report(p1, ids.sonla, ids.tuphapAgency, '2026-06-15', '2026-06-15T16:00:00Z'); // 23:00 VN: on time
  await report(p2, ids.sonla, ids.tuphapAgency, '2026-09-15', '2026-09-15T17:30:00Z'); // 00:30 next day: late
  await report(p1, ids.ward, null, '2026-06-15', null); // missing
  await report(p2, ids.ward, null, '2026-12-10', null); // not yet due: not counted
  const plans = await q<{ id: number; issued_on: string }>(
    `select id, issued_on from plan where issued_on is not null order by id limit 2`,
  );
  const oblige = (
    obl: string,
    unitId: number,
    agencyId: number | null,
    due: string,
    child: number | null,
  ) =>
    q(
      `insert into plan_obligation (parent_plan_id, obligation_id, unit_id, agency_id, due, child_plan_id)
       values ($1, $2, $3, $4, $5, $6)`,
      [plans[0]!.id, obl, unitId, agencyId, due, child],
    );
  await oblige('emu1', ids.sonla, ids.tuphapAgency, plans[1]!.issued_on, plans[1]!.id); // issued on the day
  await oblige('emu2', ids.ward, null, '2026-02-01', null); // never issued
}
afterAll(() => ctx.close());

const compute = (c: TestClient) =>
  c.post<TEmulationRun>('/api/emulation/runs', { unitId: ids.sonla, year: 2026 });

interface RecordItem {
  kind: string;
  title: string;
  id: number;
  outcome: string;
  dueOn: string | null;
  doneOn: string | null;
  href: string | null;
}

describe('an emulation year on the demo data', () => {
  let run: TEmulationRun;

  it('scores agencies and communes, and every number traces to its records', async () => {
    run = ok<TEmulationRun>(await compute(noivu), 201);
    expect(run).toMatchObject({ version: 1, status: 'draft', complete: true, asOf: '2026-11-25' });
    const agencies = run.subjects.filter((s) => s.kind === 'agency');
    const communes = run.subjects.filter((s) => s.kind === 'commune');
    expect(agencies.length).toBeGreaterThan(5);
    expect(communes.length).toBeGreaterThan(50);
    const criteria = new Map<string, Criterion>(
      DEFAULT_CRITERIA_SET.criteria.map((c) => [c.code, c]),
    );
    let traced = 0;
    for (const s of run.subjects) {
      for (const line of s.lines) {
        if (line.records === 0) continue;
        const { items } = ok<{ items: RecordItem[] }>(
          await noivu.get(
            `/api/emulation/runs/${run.id}/records?subject=${s.kind}-${s.id}&code=${line.code}`,
          ),
        );
        expect(items.length).toBe(line.records);
        expect(items.every((i) => i.href !== null)).toBe(true);
        const c = criteria.get(line.code);
        if (c?.kind === 'measured') {
          const onTime = items.filter((i) => i.outcome === 'on_time').length;
          expect(line.value).toBeCloseTo((onTime / items.length) * 100, 2);
          expect(line.points).toBe(scalePoints(c.scale, line.value!, c.maxPoints));
        } else {
          expect(items.every((i) => i.outcome !== 'on_time')).toBe(true); // a per-miss penalty
          expect(line.points).toBe(Math.min(items.length, line.maxPoints));
        }
        // Each record's own dates say the same as its outcome.
        for (const i of items.filter((x) => x.kind !== 'task' || x.outcome !== 'missing')) {
          if (i.outcome === 'on_time') expect(i.doneOn! <= i.dueOn!).toBe(true);
          if (i.outcome === 'late') expect(i.doneOn! > i.dueOn!).toBe(true);
        }
        traced += 1;
      }
      const applying = s.lines.filter((l) => l.kind === 'criterion' && l.points !== null);
      const base = applying.reduce((a, l) => a + l.points!, 0);
      expect(s.base).toBeCloseTo(base, 2);
      expect(s.applicableMax).toBe(applying.reduce((a, l) => a + l.maxPoints, 0));
      expect(s.total).toBeCloseTo(s.scaled + s.bonus - s.penalty, 2);
    }
    expect(traced).toBeGreaterThan(5);
    const justice = run.subjects.find((s) => s.kind === 'agency' && s.id === ids.tuphapAgency)!;
    const ward = run.subjects.find((s) => s.kind === 'commune' && s.id === ids.ward)!;
    const line = (s: typeof justice, code: string) => s.lines.find((l) => l.code === code)!;
    expect([
      line(justice, 'TC2').records,
      line(justice, 'TC2').value,
      line(justice, 'TC2').points,
    ]).toEqual([2, 50, 10]);
    expect(line(justice, 'TR1').points).toBe(1);
    expect([line(justice, 'TC3').value, line(justice, 'TC3').points]).toEqual([100, 15]);
    expect([line(ward, 'TC2').records, line(ward, 'TC2').value, line(ward, 'TC3').value]).toEqual([
      1, 0, 0,
    ]);
    // The task counts equal a plain SQL count of the agencies' tasks due in 2026.
    const sql = await q<{ agency: number; n: number }>(
      `select a as agency, count(*)::int as n from task_state ts, unnest(ts.lead_agency_ids) a
        where ts.due_on between '2026-01-01' and '2026-12-31' and ts.cancelled_on is null
          and (ts.completed_on is not null or ts.due_on < '2026-11-25')
        group by a`,
    );
    for (const s of agencies) {
      const line = s.lines.find((l) => l.code === 'TC1')!;
      expect(line.records, s.name).toBe(sql.find((r) => r.agency === s.id)?.n ?? 0);
    }
    // Ranks follow totals within each kind.
    const rated = (l: typeof agencies) => l.filter((s) => s.rating !== 'unrated');
    for (const group of [rated(agencies), rated(communes)])
      group.forEach((s, i) => i > 0 && expect(s.total).toBeLessThanOrEqual(group[i - 1]!.total));
    expect(await countRows(ctx, `audit_log where entity = 'emulation_run'`)).toBe(1);
  });

  it('recomputes deterministically: the same draft, the same hash, audited again', async () => {
    const again = ok<TEmulationRun>(await compute(lanhdao), 201);
    expect(again).toMatchObject({ id: run.id, version: 1, inputsHash: run.inputsHash });
    expect(again.subjects).toEqual(run.subjects);
    expect(await countRows(ctx, `audit_log where entity = 'emulation_run'`)).toBe(2);
    run = again;
  });

  it('lets only the named council members mark manual criteria', async () => {
    const year = ok<TEmulationYear>(await noivu.get(`/api/emulation?year=2026`));
    expect(year).toMatchObject({
      saved: false,
      criteriaVersion: 0,
      rights: { configure: true, score: false },
    });
    const entry = {
      unitId: ids.sonla,
      year: 2026,
      subject: { kind: 'agency', id: ids.tuphapAgency },
      code: 'TC4',
      points: 17.5,
      comment: 'Tham mưu kịp thời',
    };
    expectApiError(await put(tuphap, '/api/emulation/entries', entry), 403, 'FORBIDDEN');
    // A council member must be an active account of the unit itself.
    const bad = await put(noivu, '/api/emulation/criteria', {
      unitId: ids.sonla,
      year: 2026,
      criteria: year.criteria,
      councilUserIds: [ids.tuphap, 999999],
      version: 0,
    });
    expect(expectApiError(bad, 400, 'VALIDATION').details).toMatchObject({
      issues: [{ path: 'councilUserIds[1]' }],
    });
    expectApiError(
      await put(tuphap, '/api/emulation/criteria', {
        unitId: ids.sonla,
        year: 2026,
        criteria: year.criteria,
        councilUserIds: [],
        version: 0,
      }),
      403,
      'FORBIDDEN',
    );
    const saved = ok<TEmulationYear>(
      await put(noivu, '/api/emulation/criteria', {
        unitId: ids.sonla,
        year: 2026,
        criteria: year.criteria,
        councilUserIds: [ids.tuphap, ids.lanhdao],
        version: 0,
      }),
    );
    expect(saved.council.map((c) => c.id).sort()).toEqual([ids.tuphap, ids.lanhdao].sort());
    ok(await put(tuphap, '/api/emulation/entries', entry));
    expectApiError(await put(noivu, '/api/emulation/entries', entry), 403, 'FORBIDDEN');
    expect(
      expectApiError(await put(lanhdao, '/api/emulation/entries', { ...entry, points: 21 }), 400)
        .details,
    ).toMatchObject({ issues: [{ path: 'points' }] });
    expect(
      expectApiError(await put(lanhdao, '/api/emulation/entries', { ...entry, code: 'TC1' }), 400)
        .details,
    ).toMatchObject({ issues: [{ path: 'code' }] });
    const after = ok<TEmulationRun>(await compute(noivu), 201);
    const line = after.subjects
      .find((s) => s.id === ids.tuphapAgency && s.kind === 'agency')!
      .lines.find((l) => l.code === 'TC4')!;
    expect(line).toMatchObject({ points: 17.5 });
    expect(line.explanation).toContain('Tham mưu kịp thời');
    expect(after.inputsHash).not.toBe(run.inputsHash);
    run = after;
  });

  it('shows an officer only their own agency’s or commune’s breakdown', async () => {
    const own = ok<TEmulationRun>(await tuphap.get(`/api/emulation/runs/${run.id}`));
    expect(own.complete).toBe(false);
    expect(own.subjects.map((s) => [s.kind, s.id])).toEqual([['agency', ids.tuphapAgency]]);
    const other = run.subjects.find((s) => s.kind === 'agency' && s.id !== ids.tuphapAgency)!;
    expectApiError(
      await tuphap.get(`/api/emulation/runs/${run.id}/records?subject=agency-${other.id}&code=TC1`),
      404,
    );
    const ward = ok<TEmulationRun>(await xa.get(`/api/emulation/runs/${run.id}`));
    expect(ward.subjects.map((s) => [s.kind, s.id])).toEqual([['commune', ids.ward]]);
    expectApiError(await tuphap.get(`/api/emulation/runs/${run.id}/document`), 403, 'FORBIDDEN');
  });

  it('lets the leader edit the lists and approve; approval freezes the year', async () => {
    const pick = run.subjects.slice(0, 2).map((s) => ({ kind: s.kind, id: s.id }));
    const last = run.subjects.filter((s) => s.kind === 'commune').at(-1)!;
    const body = {
      version: run.rowVersion,
      commend: pick,
      criticise: [{ kind: 'commune', id: last.id }],
    };
    expectApiError(
      await put(tuphap, `/api/emulation/runs/${run.id}/lists`, body),
      403,
      'FORBIDDEN',
    );
    const both = await put(lanhdao, `/api/emulation/runs/${run.id}/lists`, {
      ...body,
      criticise: [pick[0]],
    });
    expectApiError(both, 400, 'VALIDATION');
    const edited = ok<TEmulationRun>(
      await put(lanhdao, `/api/emulation/runs/${run.id}/lists`, body),
    );
    expect(edited.lists).toEqual({ commend: pick, criticise: body.criticise });
    expectApiError(
      await put(lanhdao, `/api/emulation/runs/${run.id}/lists`, body),
      409,
      'CONFLICT',
    );
    expectApiError(
      await noivu.post(`/api/emulation/runs/${run.id}/approve`, { version: edited.rowVersion }),
      403,
    );
    const approved = ok<TEmulationRun>(
      await lanhdao.post(`/api/emulation/runs/${run.id}/approve`, { version: edited.rowVersion }),
    );
    expect(approved).toMatchObject({ status: 'approved', approvedBy: expect.any(String) });

    // Later data changes do not alter the approved run: complete every open 2026 task.
    await q(`update task_state set completed_on = due_on, percent = 100, open = false
              where due_on between '2026-01-01' and '2026-11-24' and completed_on is null and cancelled_on is null`);
    const frozen = ok<TEmulationRun>(await noivu.get(`/api/emulation/runs/${run.id}`));
    expect(frozen.subjects).toEqual(approved.subjects);
    expectApiError(
      await put(lanhdao, `/api/emulation/runs/${run.id}/lists`, {
        ...body,
        version: approved.rowVersion,
      }),
      409,
    );
    const v2 = ok<TEmulationRun>(await compute(noivu), 201);
    expect(v2).toMatchObject({ version: 2, status: 'draft' });
    expect(v2.id).not.toBe(run.id);
    expect(v2.inputsHash).not.toBe(approved.inputsHash);
    const year = ok<TEmulationYear>(await noivu.get(`/api/emulation?year=2026`));
    expect(year.runs.map((r) => [r.version, r.status])).toEqual([
      [2, 'draft'],
      [1, 'approved'],
    ]);
    expect(ok<TEmulationRun>(await noivu.get(`/api/emulation/runs/${run.id}`)).subjects).toEqual(
      approved.subjects,
    );
  });

  it('drafts the decision with its annex table in the Decree 30 layout', async () => {
    const raw = await ctx.app.request(`/api/emulation/runs/${run.id}/document`, {
      headers: { cookie: lanhdao.cookie },
    });
    expect(raw.status).toBe(200);
    const bytes = new Uint8Array(await raw.arrayBuffer());
    if (process.env.EMULATION_DOCX) writeFileSync(process.env.EMULATION_DOCX, bytes);
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('\n');
    for (const s of [
      'QUYẾT ĐỊNH',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SƠN LA',
      'QUYẾT ĐỊNH:',
      'Điều 1. ',
      'PHỤ LỤC',
      'KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA NĂM 2026',
      'Các xã, phường, đặc khu',
    ])
      expect(text).toContain(s);
    expect(text).not.toContain('DỰ THẢO'); // approved
    const names = run.subjects.slice(0, 2).map((s) => s.name);
    for (const n of names) expect(text).toContain(n);
  });
});

/** Adds a measured criterion (10 points, linear 0–100 %) to Sơn La's 2026 set, as noivu. */
async function addMeasuredCriterion(code: string, name: string, measure: string) {
  const year = ok<TEmulationYear>(await noivu.get(`/api/emulation?year=2026`));
  const added = { code, name, maxPoints: 10, kind: 'measured', measure };
  ok(
    await put(noivu, '/api/emulation/criteria', {
      unitId: ids.sonla,
      year: 2026,
      criteria: {
        ...year.criteria,
        criteria: [
          ...year.criteria.criteria,
          { ...added, scale: { kind: 'linear', from: 0, to: 100 } },
        ],
      },
      councilUserIds: year.council.map((c) => c.id),
      version: year.criteriaVersion,
    }),
  );
}

describe('index change of the sub-dimensions an agency leads (programme assignment)', () => {
  it('counts an assigned element whose official score rose as on time, traced to the scores', async () => {
    const [programme] = await q<{ id: number }>(
      `insert into programme (unit_id, title, year_from, year_to, decision_number, search)
       values ($1, 'Chương trình 2026–2030', 2026, 2030, '1/QĐ-UBND', 'chuong trinh') returning id`,
      [ids.sonla],
    );
    await q(
      `insert into programme_assignment (programme_id, element_code, lead_agency_id, position)
       values ($1, 'D2.1', $2, 0), ($1, 'D3.1', $2, 1)`,
      [programme!.id, ids.tuphapAgency],
    );
    for (const [year, d21, d31] of [
      [2025, 1.5, 2.0],
      [2026, 1.75, 1.9],
    ] as const) {
      await q(`delete from index_release where framework_code = 'PAPI' and year = $1`, [year]);
      const [release] = await q<{ id: number }>(
        `insert into index_release (framework_code, year) values ('PAPI', $1) returning id`,
        [year],
      );
      await q(
        `insert into index_result (release_id, unit_id, assessed, scores, total)
         values ($1, $2, true, $3::jsonb, 40)`,
        [release!.id, ids.sonla, JSON.stringify({ 'D2.1': d21, 'D3.1': d31 })],
      );
    }
    await addMeasuredCriterion(
      'TC5',
      'Cải thiện điểm nội dung được giao chủ trì',
      'subdimensions_improved',
    );
    const run = ok<TEmulationRun>(await compute(noivu), 201);
    const justice = run.subjects.find((s) => s.kind === 'agency' && s.id === ids.tuphapAgency)!;
    expect(justice.lines.find((l) => l.code === 'TC5')).toMatchObject({
      records: 2,
      value: 50,
      points: 5,
    });
    // Agencies without an assignment leave the criterion out.
    const other = run.subjects.find((s) => s.kind === 'agency' && s.id !== ids.tuphapAgency)!;
    expect(other.lines.find((l) => l.code === 'TC5')!.points).toBeNull();
    const { items } = ok<{ items: RecordItem[] }>(
      await noivu.get(
        `/api/emulation/runs/${run.id}/records?subject=agency-${ids.tuphapAgency}&code=TC5`,
      ),
    );
    expect(items.map((i) => [i.outcome, i.title])).toEqual([
      ['on_time', 'D2.1: 1,5 → 1,75 (PAPI 2025 → 2026)'],
      ['late', 'D3.1: 2 → 1,9 (PAPI 2025 → 2026)'],
    ]);
  });
});

describe('citizen feedback answered on time (feedback module)', () => {
  it('counts the cases assigned to an agency by their due date, traced without the citizen’s text', async () => {
    const [sonla] = await q<{ path: string }>(`select path from admin_unit where id = $1`, [
      ids.sonla,
    ]);
    const cases = [
      ['PA-THIDUA-1', '2026-10-10', '2026-10-08'],
      ['PA-THIDUA-2', '2026-11-10', '2026-11-20'],
    ] as const;
    for (const [code, due, answered] of cases)
      await q(
        `insert into feedback (code, unit_id, unit_path, handler_path, topic, body, public_allowed,
                status, last_action, assignee_agency_id, received_on, due_on, answered_on,
                source_hash, text_hash, search)
         values ($1, $2, $3, $3, 'D6', 'Nội dung riêng của người dân', false, 'answered', 'approve',
                 $4, '2026-09-01', $5, $6, 's', 't', 'noi dung')`,
        [code, ids.sonla, sonla!.path, ids.tuphapAgency, due, answered],
      );
    await addMeasuredCriterion('TC6', 'Trả lời phản ánh, kiến nghị đúng hạn', 'feedback_on_time');
    const run = ok<TEmulationRun>(await compute(noivu), 201);
    const justice = run.subjects.find((s) => s.kind === 'agency' && s.id === ids.tuphapAgency)!;
    expect(justice.lines.find((l) => l.code === 'TC6')).toMatchObject({
      records: 2,
      value: 50,
      points: 5,
    });
    const { items } = ok<{ items: RecordItem[] }>(
      await noivu.get(
        `/api/emulation/runs/${run.id}/records?subject=agency-${ids.tuphapAgency}&code=TC6`,
      ),
    );
    expect(items.map((i) => [i.kind, i.outcome, i.title, i.dueOn, i.doneOn])).toEqual([
      ['feedback', 'on_time', 'Phản ánh PA-THIDUA-1', '2026-10-10', '2026-10-08'],
      ['feedback', 'late', 'Phản ánh PA-THIDUA-2', '2026-11-10', '2026-11-20'],
    ]);
    expect(items.every((i) => i.href?.startsWith('/feedback/'))).toBe(true);
    expect(JSON.stringify(items)).not.toContain('Nội dung riêng');
  });
});
