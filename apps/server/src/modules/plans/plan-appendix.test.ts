import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAppendixPreview, TPlanDetail } from '@papi/contracts';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { countRows, expectApiError } from '../../test/helpers.ts';
import { base64 } from '../../test/index-files.ts';
import { samplePlan, sampleTasks } from './plans.samples.ts';

let ctx: TestContext;
let coordinator: TestClient;
let officer: TestClient;
const ids = { sonla: 0 };
let noivu = { id: 0, name: '' };
let tuphap = { id: 0, name: '' };

const ok = <T>(res: { status: number; body: unknown }, status = 200) => {
  expect(res.status, JSON.stringify(res.body).slice(0, 2000)).toBe(status);
  return res.body as T;
};
const agencyOf = (username: string) =>
  ctx.database.pool
    .query<{ id: number; name: string }>(
      `select a.id, a.name from app_user u join agency a on a.id = u.agency_id where username = $1`,
      [username],
    )
    .then((r) => r.rows[0]!);

beforeAll(async () => {
  ctx = await createTestContext();
  [coordinator, officer] = await Promise.all([ctx.as('noivu'), ctx.as('tuphap')]);
  ids.sonla = await ctx.unitId('post2025', 'province', '14');
  noivu = await agencyOf('noivu');
  tuphap = await agencyOf('tuphap');
});
afterAll(() => ctx.close());

async function draft(tasks: unknown[], client = coordinator) {
  const p = ok<TPlanDetail>(await client.post('/api/plans', samplePlan(ids.sonla)), 201);
  return ok<TPlanDetail>(
    await client.request('PUT', `/api/plans/${p.id}/tasks`, { version: p.version, tasks }),
  );
}

async function exported(planId: number) {
  const res = await ctx.app.request(`/api/plans/${planId}/appendix`, {
    headers: { cookie: coordinator.cookie },
  });
  expect(res.status).toBe(200);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return { bytes, ws: wb.worksheets[0]! };
}

/** Previews the file into a new empty draft, then commits it with the suggested mapping. */
async function reimport(bytes: Uint8Array) {
  const target = await draft([]);
  const file = { filename: 'phu-luc.xlsx', contentBase64: base64(bytes) };
  const preview = ok<TAppendixPreview>(
    await coordinator.post(`/api/plans/${target.id}/appendix/import/preview`, file),
  );
  const saved = ok<{ imported: number; plan: TPlanDetail }>(
    await coordinator.post(`/api/plans/${target.id}/appendix/import`, {
      ...file,
      mapping: preview.mapping,
      mode: 'replace',
      version: target.version,
    }),
    201,
  );
  return { preview, saved };
}

const comparable = (t: TPlanDetail['tasks'][number]) => ({
  number: t.number,
  title: t.title,
  content: t.content,
  dimensionCodes: t.dimensionCodes,
  lead: t.lead,
  cooperating: t.cooperating,
  deadline: t.deadline,
  expectedResult: t.expectedResult,
  budget: t.budget,
  budgetSource: t.budgetSource,
});

describe('appendix to Excel and back', () => {
  it('exports a styled, grouped appendix that re-imports to the same tasks', async () => {
    const lead = { kind: 'agency', id: String(noivu.id), name: noivu.name };
    const helper = { kind: 'agency', id: String(tuphap.id), name: tuphap.name };
    const tasks = sampleTasks(noivu).map((t, i) => ({
      ...t,
      lead,
      cooperating: i % 2 ? [helper] : [],
      budget: i === 3 ? 15_000_000 : null,
      budgetSource: i === 3 ? 'Ngân sách tỉnh' : null,
    }));
    tasks[1]!.deadline = { kind: 'recurring', every: 'continuous' } as never;
    tasks[2]!.deadline = { kind: 'relative', days: 30, after: 'issuance' } as never;
    tasks[4]!.deadline = { kind: 'date', date: '2023-06-30' } as never;
    const source = await draft(tasks);

    const { bytes, ws } = await exported(source.id);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    // Prints on A4 landscape, one page wide, the header row repeated on every page.
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '2:2',
    });
    // Wrapped rows are tall enough for their text (generated rows are not auto-fitted).
    expect(ws.getRow(4).height).toBeGreaterThan(15);
    expect(ws.getRow(2).values).toEqual([
      undefined,
      'STT',
      'Nội dung',
      'Lĩnh vực',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời gian hoàn thành',
      'Kết quả/sản phẩm',
      'Kinh phí',
      'Nguồn kinh phí',
    ]);
    expect(ws.getCell('A2').font.bold).toBe(true);
    // A placeholder heading ("Lĩnh vực D1") prints as the dimension's name.
    expect(ws.getCell('B3').value).toBe('Tham gia của người dân ở cấp cơ sở');
    expect(ws.getCell('A4').value).toBe('1.1');
    expect(ws.rowCount).toBe(2 + 8 + 8);

    const { preview, saved } = await reimport(bytes);
    expect(preview).toMatchObject({
      format: 'xlsx',
      headerRow: 2,
      tasks: 8,
      errors: 0,
      unknownAgencies: [],
    });
    expect(Object.keys(preview.mapping)).toHaveLength(9);
    expect(saved.imported).toBe(8);
    expect(saved.plan.tasks.map(comparable)).toEqual(source.tasks.map(comparable));
    // The headings come back as the plan's structure, each task under its own.
    const groups = saved.plan.body.taskGroups;
    expect(groups.map((g) => [g.number, g.dimensionCodes, g.level, g.parentKey])).toEqual(
      source.body.taskGroups.map((g) => [g.number, g.dimensionCodes, 1, null]),
    );
    expect(groups[0]!.heading).toBe('Tham gia của người dân ở cấp cơ sở');
    expect(saved.plan.tasks.map((t) => groups.find((g) => g.key === t.groupKey)?.number)).toEqual(
      saved.plan.tasks.map((t) => t.number.split('.')[0]),
    );
  });

  it('keeps task titles (own "Tên nhiệm vụ" column) and deadline labels; a label equal to the printed default comes back dropped', async () => {
    const lead = { kind: 'agency', id: String(noivu.id), name: noivu.name };
    const tasks = sampleTasks(noivu).map((t, i) => ({
      ...t,
      lead,
      title: i % 3 === 2 ? null : `Nhiệm vụ trọng tâm ${i + 1}: công khai, minh bạch`,
    }));
    const labelled = [
      { kind: 'date', date: '2023-06-30', label: 'Trước ngày 30/6/2023' },
      { kind: 'date', date: '2023-12-31', label: 'Quý IV/2023' },
      {
        kind: 'recurring',
        every: 'quarterly',
        label: 'Hằng quý, báo cáo trước ngày 15 tháng cuối quý',
      },
      { kind: 'recurring', every: 'continuous', label: 'Thường xuyên, liên tục' },
      {
        kind: 'relative',
        days: 30,
        after: 'issuance',
        label: 'Trong vòng 30 ngày kể từ ngày ban hành Kế hoạch',
      },
      {
        kind: 'relative',
        days: 60,
        after: 'results_published',
        label: 'Sau 60 ngày kể từ khi công bố kết quả PAPI',
      },
    ];
    labelled.forEach((d, i) => (tasks[i]!.deadline = d as never));
    // The label is what the export prints anyway: the import keeps the bare deadline.
    tasks[6]!.deadline = { kind: 'recurring', every: 'continuous', label: 'Thường xuyên' } as never;
    const source = await draft(tasks);
    expect(source.tasks[0]!.title).toBe('Nhiệm vụ trọng tâm 1: công khai, minh bạch');

    const { bytes, ws } = await exported(source.id);
    expect(ws.getCell('B2').value).toBe('Tên nhiệm vụ');
    expect(ws.getCell('C2').value).toBe('Nội dung');
    expect(ws.getCell('B4').value).toBe(tasks[0]!.title);
    expect(ws.getCell('C4').value).toBe(tasks[0]!.content);

    const { preview, saved } = await reimport(bytes);
    expect(preview).toMatchObject({ errors: 0, tasks: 8, mapping: { title: 'B', content: 'C' } });
    const expected = source.tasks.map(comparable);
    expected[6]!.deadline = { kind: 'recurring', every: 'continuous' };
    expect(saved.plan.tasks.map(comparable)).toEqual(expected);
    expect(saved.plan.tasks.slice(0, 6).map((t) => t.deadline)).toEqual(labelled);
  });
});

describe('appendix import problems', () => {
  const csv = [
    'PHỤ LỤC',
    'STT;Nội dung;Lĩnh vực;Cơ quan chủ trì;Cơ quan phối hợp;Thời hạn;Kết quả',
    '1;Tổ chức đối thoại;D1;Sở Nội vụ;Phòng Dân tộc mới;Quý II/2023;Biên bản',
    '2;Công khai ngân sách;D2;so noi vu;;sớm nhất có thể;Tin bài',
    '3;;D2;Sở Nội vụ;;30/6/2023;Báo cáo',
  ].join('\n');
  const file = { filename: 'loi.csv', contentBase64: base64(csv) };

  it('points at row and column, lists unknown agencies, and saves nothing while dirty', async () => {
    const target = await draft([]);
    const preview = ok<TAppendixPreview>(
      await coordinator.post(`/api/plans/${target.id}/appendix/import/preview`, file),
    );
    expect(preview.headerRow).toBe(2);
    expect(preview.issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ['BAD_DEADLINE', 4, 'F'],
      ['MISSING_CONTENT', 5, 'B'],
    ]);
    expect(preview.issues[0]!.message).toMatch(
      /^Dòng 4, cột F \(Thời gian hoàn thành\): không đọc được thời hạn "sớm nhất có thể"/,
    );
    expect(preview.rows[1]!.leadAgencyId).toBe(noivu.id);
    expect(preview.unknownAgencies).toEqual([
      {
        name: 'Phòng Dân tộc mới',
        rows: [3],
        suggestions: [],
        preselect: null,
        reason: 'Không có cơ quan nào trong danh mục có tên gần giống.',
      },
    ]);

    const before = await countRows(ctx, 'plan_task where plan_id = $1', [target.id]);
    const body = { ...file, mapping: preview.mapping, mode: 'replace', version: target.version };
    const refused = await coordinator.post(`/api/plans/${target.id}/appendix/import`, {
      ...body,
      agencyMap: { 'Phòng Dân tộc mới': 'create' },
    });
    const err = expectApiError(refused, 400, 'IMPORT_INVALID');
    expect((err.details as { errors: number }).errors).toBe(2);
    expect(await countRows(ctx, 'plan_task where plan_id = $1', [target.id])).toBe(before);
    expect(await countRows(ctx, `agency where name = 'Phòng Dân tộc mới'`)).toBe(0);
    const v = await ctx.database.pool.query<{ version: number }>(
      'select version from plan where id = $1',
      [target.id],
    );
    expect(v.rows[0]!.version).toBe(target.version);
  });

  it('requires every unknown agency mapped or created; creates the ones asked for', async () => {
    const clean = csv.split('\n').slice(0, 3).join('\n');
    const target = await draft([]);
    const body = {
      filename: 'ok.csv',
      contentBase64: base64(clean),
      mapping: {
        number: 'A',
        content: 'B',
        dimension: 'C',
        lead: 'D',
        cooperating: 'E',
        deadline: 'F',
        expectedResult: 'G',
      },
      mode: 'replace',
      version: target.version,
    };
    const unmapped = await coordinator.post(`/api/plans/${target.id}/appendix/import`, body);
    expect(expectApiError(unmapped, 400, 'IMPORT_INVALID').message).toContain('Phòng Dân tộc mới');
    const byOfficer = await officer.post(`/api/plans/${target.id}/appendix/import`, {
      ...body,
      agencyMap: { 'phong dan toc moi': 'create' },
    });
    expectApiError(byOfficer, 403, 'FORBIDDEN');
    const mapped = ok<{ plan: TPlanDetail; createdAgencies: { name: string }[] }>(
      await coordinator.post(`/api/plans/${target.id}/appendix/import`, {
        ...body,
        agencyMap: { 'Phòng Dân tộc mới': 'create' },
      }),
      201,
    );
    expect(mapped.createdAgencies.map((a) => a.name)).toEqual(['Phòng Dân tộc mới']);
    expect(mapped.plan.tasks[0]!.cooperating[0]).toMatchObject({
      kind: 'agency',
      name: 'Phòng Dân tộc mới',
    });
    expect(mapped.plan.tasks[0]!.deadline).toEqual({
      kind: 'date',
      date: '2023-06-30',
      label: 'Quý II/2023',
    });

    const again = await coordinator.post(`/api/plans/${target.id}/appendix/import`, {
      ...body,
      mode: 'append',
      version: mapped.plan.version,
    });
    expect(expectApiError(again, 400, 'IMPORT_INVALID').message).toContain('đã có nhiệm vụ số 1');
  });

  it('refuses files that are not spreadsheets or have no header', async () => {
    const target = await draft([]);
    const png = {
      filename: 'anh.xlsx',
      contentBase64: base64(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2])),
    };
    expectApiError(
      await coordinator.post(`/api/plans/${target.id}/appendix/import/preview`, png),
      400,
      'UNSUPPORTED_FILE',
    );
    const noHeader = { filename: 'x.csv', contentBase64: base64('a,b\n1,2\n') };
    expectApiError(
      await coordinator.post(`/api/plans/${target.id}/appendix/import/preview`, noHeader),
      400,
      'NO_HEADER',
    );
  });
});

describe('the preview summary', () => {
  it('counts the plan check it lists, and the saved plan shows the same errors', async () => {
    // A clean file whose plan is not: an improvement plan needs all eight dimensions.
    const csv = [
      'STT;Nội dung;Lĩnh vực;Cơ quan chủ trì;Thời hạn;Kết quả',
      '1;Tổ chức đối thoại với người dân;D1;Sở Nội vụ;30/6/2026;Biên bản',
    ].join('\n');
    const target = await draft([]);
    const file = { filename: 'mot-dong.csv', contentBase64: base64(csv) };
    const preview = ok<TAppendixPreview>(
      await coordinator.post(`/api/plans/${target.id}/appendix/import/preview`, file),
    );
    expect(preview.errors).toBe(0);
    const planErrors = preview.planIssues.filter((i) => i.severity === 'error');
    expect(planErrors.length).toBeGreaterThan(0);
    expect(preview.planErrors).toBe(planErrors.length);
    expect(preview.planWarnings).toBe(preview.planIssues.length - planErrors.length);

    const saved = ok<{ plan: TPlanDetail }>(
      await coordinator.post(`/api/plans/${target.id}/appendix/import`, {
        ...file,
        mapping: preview.mapping,
        mode: 'replace',
        version: target.version,
      }),
      201,
    );
    const detail = ok<TPlanDetail>(await coordinator.get(`/api/plans/${saved.plan.id}`));
    expect(detail.issues.filter((i) => i.severity === 'error').length).toBe(preview.planErrors);
  });
});
