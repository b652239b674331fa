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

const comparable = (t: TPlanDetail['tasks'][number]) => ({
  number: t.number,
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

    const res = await ctx.app.request(`/api/plans/${source.id}/appendix`, {
      headers: { cookie: coordinator.cookie },
    });
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
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
    expect(ws.getCell('B3').value).toBe('Lĩnh vực D1');
    expect(ws.getCell('A4').value).toBe('1.1');
    expect(ws.rowCount).toBe(2 + 8 + 8);

    const target = await draft([]);
    const file = { filename: 'phu-luc.xlsx', contentBase64: base64(bytes) };
    const preview = ok<TAppendixPreview>(
      await coordinator.post(`/api/plans/${target.id}/appendix/import/preview`, file),
    );
    expect(preview).toMatchObject({
      format: 'xlsx',
      headerRow: 2,
      tasks: 8,
      errors: 0,
      unknownAgencies: [],
    });
    expect(Object.keys(preview.mapping)).toHaveLength(9);
    const saved = ok<{ imported: number; plan: TPlanDetail }>(
      await coordinator.post(`/api/plans/${target.id}/appendix/import`, {
        ...file,
        mapping: preview.mapping,
        mode: 'replace',
        version: target.version,
      }),
      201,
    );
    expect(saved.imported).toBe(8);
    expect(saved.plan.tasks.map(comparable)).toEqual(source.tasks.map(comparable));
    expect(saved.plan.body.taskGroups).toEqual(source.body.taskGroups);
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
      { name: 'Phòng Dân tộc mới', rows: [3], suggestions: [] },
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
