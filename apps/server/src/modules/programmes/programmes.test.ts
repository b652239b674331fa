import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { TAssignmentPreview, TProgrammeDetail, TReviewReport } from '@papi/contracts';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { countRows, expectApiError } from '../../test/helpers.ts';
import { agencyOf, issuedPlan } from '../execution/execution.fixtures.ts';
import { programmeReviewSource } from './programmes.due.ts';

let ctx: TestContext;
let noivu: TestClient;
let tuphap: TestClient;
let xa: TestClient;
let lanhdao: TestClient;
let sonla = 0;
const ag = { tuphap: { id: 0, name: '' }, noivu: { id: 0, name: '' } };
let programme: TProgrammeDetail;

async function workbook(rows: string[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phân công');
  ws.addRow(['PHỤ LỤC PHÂN CÔNG']);
  ws.addRow(['Nội dung thành phần', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Ghi chú']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

const ok = <T>(res: { status: number; body: unknown }, status = 200) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body as T;
};
const download = (client: TestClient, url: string) =>
  ctx.app.request(url, { headers: { cookie: client.cookie } });

beforeAll(async () => {
  ctx = await createTestContext();
  [noivu, tuphap, xa, lanhdao] = await Promise.all([
    ctx.as('noivu'),
    ctx.as('tuphap'),
    ctx.as('xa'),
    ctx.as('lanhdao'),
  ]);
  sonla = await ctx.unitId('post2025', 'province', '14');
  ag.tuphap = await agencyOf(ctx, 'tuphap');
  ag.noivu = await agencyOf(ctx, 'noivu');
});
afterAll(() => ctx.close());

describe('a programme and its sub-dimension assignment', () => {
  it('is created by the coordinator with its plans, and refused to an officer', async () => {
    const plan = await issuedPlan(
      ctx,
      { coordinator: noivu, leader: lanhdao },
      sonla,
      2026,
      [
        { lead: ag.tuphap, deadline: { kind: 'date', date: '2026-06-30' } },
        { lead: ag.tuphap, deadline: { kind: 'date', date: '2026-03-31' } },
      ],
      ag.noivu,
    );
    const body = {
      title: 'Chương trình nâng cao Chỉ số PAPI giai đoạn 2022–2026',
      yearFrom: 2022,
      yearTo: 2026,
      decisionNumber: '12/QĐ-UBND',
      decisionDate: '2022-01-15',
      planIds: [plan.planId],
    };
    expectApiError(await tuphap.post('/api/programmes', body), 403, 'FORBIDDEN');
    expectApiError(await noivu.post('/api/programmes', { ...body, planIds: [999999] }), 400);
    programme = ok<TProgrammeDetail>(await noivu.post('/api/programmes', body), 201);
    expect(programme).toMatchObject({ planCount: 1, canEdit: true, reviewBoard: null });
    expect(programme.plans[0]!.id).toBe(plan.planId);
    const list = ok<{ items: { id: number }[] }>(
      await tuphap.get('/api/programmes?q=chuong trinh'),
    );
    expect(list.items.map((i) => i.id)).toContain(programme.id);
    expectApiError(await xa.get(`/api/programmes/${programme.id}`), 404);
  });

  it('previews an Excel assignment with row and column errors and imports all or nothing', async () => {
    const bad = {
      filename: 'phan-cong.xlsx',
      contentBase64: await workbook([
        ['2.1', 'Sở Tư pháp', 'Sở Nội vụ', ''],
        ['Nội dung 9.9', 'Sở Tư pháp', '', ''],
        ['3.2', 'Sở Không Có', '', ''],
      ]),
    };
    const preview = ok<TAssignmentPreview>(
      await noivu.post(`/api/programmes/${programme.id}/assignments/import/preview`, bad),
    );
    expect(preview.columns).toEqual({ element: 'A', lead: 'B', cooperating: 'C', note: 'D' });
    expect(preview.rows.map((r) => r.elementCode)).toEqual(['D2.1']);
    expect(preview.problems).toEqual([
      { row: 4, column: 'A', message: 'Nội dung 9.9 không có trong bộ chỉ số.' },
      { row: 5, column: 'B', message: 'Không tìm thấy cơ quan "Sở Không Có" trong danh mục.' },
    ]);
    const refused = await noivu.post(`/api/programmes/${programme.id}/assignments/import`, {
      ...bad,
      version: programme.version,
    });
    expect(expectApiError(refused, 400, 'IMPORT_PROBLEMS').message).toContain('Dòng 4, cột A');
    expect(
      await countRows(ctx, 'programme_assignment where programme_id = $1', [programme.id]),
    ).toBe(0);

    const good = await workbook([
      ['2.1', 'Sở Tư pháp', 'Sở Nội vụ', ''],
      ['3.2', 'STP', '', ''],
      ['4.3', 'Sở Tư pháp', '', ''],
      ['Nội dung 1.1', 'Sở Nội vụ', 'Sở Tư pháp', 'Đối thoại'],
    ]);
    expectApiError(
      await tuphap.post(`/api/programmes/${programme.id}/assignments/import`, {
        filename: 'phan-cong.xlsx',
        contentBase64: good,
        version: programme.version,
      }),
      403,
    );
    programme = ok<TProgrammeDetail>(
      await noivu.post(`/api/programmes/${programme.id}/assignments/import`, {
        filename: 'phan-cong.xlsx',
        contentBase64: good,
        version: programme.version,
      }),
    );
    expect(programme.assignments.map((a) => [a.elementCode, a.lead.id])).toEqual([
      ['D2.1', ag.tuphap.id],
      ['D3.2', ag.tuphap.id],
      ['D4.3', ag.tuphap.id],
      ['D1.1', ag.noivu.id],
    ]);
    expect(programme.assignments[0]!.elementName).not.toBe('');
    expect(programme.assignments[0]!.cooperating).toEqual([
      { id: ag.noivu.id, name: ag.noivu.name },
    ]);
  });
});

describe('the review', () => {
  let board: NonNullable<TProgrammeDetail['reviewBoard']>;
  const reportOf = (agencyId: number | null, unitId?: number) =>
    board.reports.find(
      (r) => (r.agency?.id ?? null) === agencyId && (!unitId || r.unit.id === unitId),
    )!;

  it('owes a report to each lead agency and each commune', async () => {
    programme = ok<TProgrammeDetail>(
      await noivu.post(`/api/programmes/${programme.id}/review`, {
        version: programme.version,
        dueOn: '2026-12-15',
        includeSubordinates: true,
      }),
      201,
    );
    board = programme.reviewBoard!;
    const communes = await countRows(
      ctx,
      `admin_unit where parent_id = $1 and (valid_to is null or valid_to >= '2026-11-25')`,
      [sonla],
    );
    expect(board.reports.length).toBe(2 + communes);
    expect(reportOf(ag.tuphap.id).elementCodes).toEqual(['D2.1', 'D3.2', 'D4.3']);
    expectApiError(
      await noivu.post(`/api/programmes/${programme.id}/review`, {
        version: programme.version,
        dueOn: '2026-12-15',
      }),
      409,
    );
  });

  it('reminds each reporter until its report is sent (a reminder source like reports)', async () => {
    const due = await programmeReviewSource.list(ctx.database.db, {
      from: '2026-12-01',
      to: '2026-12-31',
      today: '2026-11-25',
    });
    const justice = due.find((i) => i.id === reportOf(ag.tuphap.id).id)!;
    expect(justice).toMatchObject({
      source: 'programme_review',
      dueDate: '2026-12-15',
      agencyId: ag.tuphap.id,
      parentUnitId: sonla,
      link: `/programme-reviews/${justice.id}`,
    });
    expect(due.length).toBe(board.reports.length);
    const outside = await programmeReviewSource.list(ctx.database.db, {
      from: '2027-01-01',
      to: '2027-01-31',
      today: '2026-11-25',
    });
    expect(outside.filter((i) => i.title.includes('2022–2026'))).toEqual([]);
  });

  it('shows an agency only its own report, pre-filled', async () => {
    const own = ok<TProgrammeDetail>(await tuphap.get(`/api/programmes/${programme.id}`));
    expect(own.reviewBoard!.reports.map((r) => r.agency?.id)).toEqual([ag.tuphap.id]);
    expectApiError(
      await tuphap.get(`/api/programme-review-reports/${reportOf(ag.noivu.id).id}`),
      404,
    );
    const mine = ok<TReviewReport>(
      await tuphap.get(`/api/programme-review-reports/${reportOf(ag.tuphap.id).id}`),
    );
    expect(mine).toMatchObject({ canWrite: true, canDecide: false, status: 'draft' });
    expect(mine.elements.map((e) => e.code)).toEqual(['D2.1', 'D3.2', 'D4.3']);
    expect(mine.elements[0]!.years.map((y) => y.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
    // Sub-dimension 2.1 is unpublished for 2022: the dimension's score and rank stand in.
    expect(mine.elements[0]!.years[0]).toMatchObject({
      code: 'D2',
      score: expect.any(Number),
      rank: expect.any(Number),
    });
    expect(mine.tasks.not_done + mine.tasks.on_time + mine.tasks.late).toBe(2);
    expect(mine.tasks.not_done).toBe(2);
    // The commune's officer sees its own commune's report and nobody else's.
    const communeReport = board.reports.find(
      (r) => r.agency === null && r.unit.name.includes('Mộc Châu'),
    )!;
    ok(await xa.get(`/api/programme-review-reports/${communeReport.id}`));
    expectApiError(await xa.get(`/api/programme-review-reports/${reportOf(ag.tuphap.id).id}`), 404);
  });

  it('is written, submitted, returned, corrected and accepted', async () => {
    const id = reportOf(ag.tuphap.id).id;
    const sections = {
      results: 'Công khai đầy đủ thủ tục hành chính.',
      shortcomings: 'Người dân chưa biết nơi tra cứu.',
      lessons: 'Cần sự vào cuộc của người đứng đầu.',
      proposals:
        '- Niêm yết thủ tục tại nhà văn hóa bản\n- Tổ chức đối thoại hằng quý với người dân',
    };
    // Someone else's report is not theirs to write (404: they cannot see it).
    expectApiError(
      await tuphap.request('PUT', `/api/programme-review-reports/${reportOf(ag.noivu.id).id}`, {
        version: 1,
        sections,
      }),
      404,
    );
    expectApiError(
      await tuphap.post(`/api/programme-review-reports/${id}/submit`, { version: 1 }),
      400,
      'SECTIONS_MISSING',
    );
    let r = ok<TReviewReport>(
      await tuphap.request('PUT', `/api/programme-review-reports/${id}`, { version: 1, sections }),
    );
    r = ok<TReviewReport>(
      await tuphap.post(`/api/programme-review-reports/${id}/submit`, { version: r.version }),
    );
    expect(r.status).toBe('submitted');
    expectApiError(
      await tuphap.post(`/api/programme-review-reports/${id}/decide`, {
        version: r.version,
        action: 'accept',
      }),
      403,
    );
    expectApiError(
      await noivu.post(`/api/programme-review-reports/${id}/decide`, {
        version: r.version,
        action: 'return',
      }),
      400,
      'REASON_REQUIRED',
    );
    r = ok<TReviewReport>(
      await noivu.post(`/api/programme-review-reports/${id}/decide`, {
        version: r.version,
        action: 'return',
        reason: 'Bổ sung số liệu nội dung 4.3',
      }),
    );
    expect(r).toMatchObject({ status: 'returned', returnReason: 'Bổ sung số liệu nội dung 4.3' });
    r = ok<TReviewReport>(
      await tuphap.request('PUT', `/api/programme-review-reports/${id}`, {
        version: r.version,
        sections: {
          ...sections,
          results: `${sections.results}\nNội dung 4.3: 100% hồ sơ đúng hạn.`,
        },
      }),
    );
    expect(r).toMatchObject({ status: 'draft', versionNo: 2, returnReason: null });
    expect(r.history).toEqual([
      {
        versionNo: 1,
        submittedAt: expect.any(String),
        returnReason: 'Bổ sung số liệu nội dung 4.3',
      },
    ]);
    r = ok<TReviewReport>(
      await tuphap.post(`/api/programme-review-reports/${id}/submit`, { version: r.version }),
    );
    r = ok<TReviewReport>(
      await noivu.post(`/api/programme-review-reports/${id}/decide`, {
        version: r.version,
        action: 'accept',
      }),
    );
    expect(r.status).toBe('accepted');
    const stillDue = await programmeReviewSource.list(ctx.database.db, {
      from: '2026-12-01',
      to: '2026-12-31',
      today: '2026-11-25',
    });
    expect(stillDue.map((i) => i.id)).not.toContain(id);
    expectApiError(
      await tuphap.request('PUT', `/api/programme-review-reports/${id}`, {
        version: r.version,
        sections,
      }),
      409,
    );

    // Sở Nội vụ's report: written by its coordinator and accepted first time.
    const other = reportOf(ag.noivu.id).id;
    let o = ok<TReviewReport>(
      await noivu.request('PUT', `/api/programme-review-reports/${other}`, {
        version: 1,
        sections: {
          ...sections,
          results: 'Tổ chức đối thoại ở 75 xã.',
          proposals: 'Số hóa hồ sơ đối thoại',
        },
      }),
    );
    o = ok<TReviewReport>(
      await noivu.post(`/api/programme-review-reports/${other}/submit`, { version: o.version }),
    );
    ok(
      await noivu.post(`/api/programme-review-reports/${other}/decide`, {
        version: o.version,
        action: 'accept',
      }),
    );
  });

  it('compiles the review into Word and Excel and creates the next plan from the proposals', async () => {
    programme = ok<TProgrammeDetail>(await noivu.get(`/api/programmes/${programme.id}`));
    expectApiError(
      await tuphap.post(`/api/programmes/${programme.id}/review/compile`, {
        version: programme.reviewBoard!.version,
      }),
      403,
    );
    programme = ok<TProgrammeDetail>(
      await noivu.post(`/api/programmes/${programme.id}/review/compile`, {
        version: programme.reviewBoard!.version,
      }),
    );
    const compiled = programme.reviewBoard!.compiled!;
    expect(compiled.sections.results).toContain('Sở Tư pháp');
    expect(compiled.solutions.map((s) => s.content)).toEqual(
      expect.arrayContaining([
        'Niêm yết thủ tục tại nhà văn hóa bản',
        'Tổ chức đối thoại hằng quý với người dân',
        'Số hóa hồ sơ đối thoại',
      ]),
    );
    const res = await download(noivu, `/api/programmes/${programme.id}/review/word`);
    expect(res.status).toBe(200);
    const zip = await JSZip.loadAsync(new Uint8Array(await res.arrayBuffer()));
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Tổng kết Chương trình nâng cao Chỉ số PAPI giai đoạn 2022–2026');
    expect(text).toContain('Niêm yết thủ tục tại nhà văn hóa bản');
    expect(text).toContain('Sở Tư pháp');
    const xlsx = await download(noivu, `/api/programmes/${programme.id}/review/excel`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    expect(wb.worksheets.map((w) => w.name)).toContain('Giải pháp kỳ sau');
    expect((await download(tuphap, `/api/programmes/${programme.id}/review/word`)).status).toBe(
      403,
    );

    const created = ok<{ planId: number }>(
      await noivu.post(`/api/programmes/${programme.id}/review/next-plan`, {
        version: programme.reviewBoard!.version,
        year: 2027,
      }),
      201,
    );
    const plan = ok<{
      status: string;
      year: number;
      tasks: { content: string; lead: { id: string } | null }[];
    }>(await noivu.get(`/api/plans/${created.planId}`));
    expect(plan).toMatchObject({ status: 'draft', year: 2027 });
    expect(plan.tasks.map((t) => t.content)).toContain('Niêm yết thủ tục tại nhà văn hóa bản');
    expect(plan.tasks.find((t) => t.content.startsWith('Niêm yết'))!.lead!.id).toBe(
      String(ag.tuphap.id),
    );
  });
});
