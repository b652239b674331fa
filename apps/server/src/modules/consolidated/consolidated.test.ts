import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TRegime, TReport, TTaskDetail } from '@papi/contracts';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { expectApiError } from '../../test/helpers.ts';
import { ok } from '../execution/execution.fixtures.ts';
import { todayVn } from '../../platform/clock.ts';
import { provincePlanForCommune } from '../reminders/reminders.fixture.ts';

let ctx: TestContext;
let noivu: TestClient;
let lanhdao: TestClient;
let xa: TestClient;
let regime: TRegime;
const year = Number(todayVn().slice(0, 4));

async function download(client: TestClient, query: string) {
  const res = await ctx.app.request(`/api/regimes/${regime.id}/consolidated?${query}`, {
    headers: { cookie: client.cookie },
  });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    bytes: new Uint8Array(await res.arrayBuffer()),
    res,
  };
}

const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((t) => t[1])
    .join('')
    .replace(/&amp;/g, '&');
const paragraphsOf = (xml: string) =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => textOf(p[0]));

beforeAll(async () => {
  ctx = await createTestContext();
  const setup = await provincePlanForCommune(ctx, year, [
    { code: 'DT', name: 'Số cuộc đối thoại với Nhân dân', unit: 'cuộc' },
  ]);
  ({ noivu, lanhdao, xa } = setup);
  const plan = setup.plan;
  const t = ok<TTaskDetail>(await xa.get(`/api/tasks/${plan.taskIds[0]}`));
  ok(
    await xa.post(`/api/tasks/${plan.taskIds[0]}/progress`, {
      version: t.version,
      reportedOn: `${year}-11-10`,
      percent: 60,
      completedOn: null,
      note: 'Đã tổ chức 2 cuộc đối thoại',
    }),
    201,
  );
  regime = ok<{ items: TRegime[] }>(await xa.get('/api/regimes')).items.find(
    (g) => g.code === 'PAPI-KH',
  )!;
  let report = ok<TReport>(
    await xa.post('/api/reports', {
      regimeId: regime.id,
      periodKey: `${year}-Y`,
      unitId: setup.communeId,
    }),
    201,
  );
  report = ok<TReport>(
    await xa.patch(`/api/reports/${report.id}`, {
      version: report.version,
      content: {
        indicators: [{ code: 'DT', value: 12, note: '' }],
        narratives: [
          {
            dimensionCode: 'D1',
            results: 'Tổ chức 12 cuộc đối thoại với Nhân dân tại các tổ dân phố.',
            shortcomings: 'Người dân tham dự còn ít ở khu vực mới sáp nhập.',
            proposals: 'Đề nghị tỉnh hỗ trợ kinh phí tổ chức đối thoại.',
          },
        ],
      },
    }),
  );
  ok(await xa.post(`/api/reports/${report.id}/submit`, { version: report.version }));
});
afterAll(() => ctx.close());

describe('consolidated report of the province', () => {
  it('Word: reporting rate, the commune on time, its task under D1 with its narrative and figure', async () => {
    const file = await download(noivu, `periodKey=${year}-Y`);
    expect(file.status).toBe(200);
    expect(file.type).toContain('wordprocessingml');
    expect(decodeURIComponent(file.res.headers.get('content-disposition')!)).toContain(
      `Báo cáo tổng hợp ${year}-Y.docx`,
    );
    if (process.env.KEEP_DOCX)
      (await import('node:fs')).writeFileSync(process.env.KEEP_DOCX, file.bytes);
    const xml = await (
      await JSZip.loadAsync(file.bytes)
    )
      .file('word/document.xml')!
      .async('string');
    const p = paragraphsOf(xml);
    expect(p).toContain('TỈNH SƠN LA');
    expect(
      p.some((x) => x.startsWith(`Kết quả thực hiện Kế hoạch số `) && x.endsWith(`năm ${year}`)),
    ).toBe(true);
    const rate = p.find((x) => x.startsWith('Tính đến ngày lập báo cáo'))!;
    expect(rate).toMatch(/^Tính đến ngày lập báo cáo, 1\/\d+ đơn vị đã gửi báo cáo/);
    expect(textOf(xml)).toContain('Phường Mộc Châu');
    expect(p).toContain('1. Nội dung 1: Tham gia của người dân ở cấp cơ sở');
    expect(p).toContain(
      '- Phường Mộc Châu: Tổ chức 12 cuộc đối thoại với Nhân dân tại các tổ dân phố.',
    );
    expect(p).toContain('- Phường Mộc Châu: Đề nghị tỉnh hỗ trợ kinh phí tổ chức đối thoại.');
    expect(textOf(xml)).toContain('Số cuộc đối thoại với Nhân dân');
    expect(p).toContain('- Bộ Nội vụ;');
  });

  it('Excel: the commune row, its D1 task in progress, the indicator value', async () => {
    const file = await download(lanhdao, `periodKey=${year}-Y&format=xlsx`);
    expect(file.status).toBe(200);
    expect(file.type).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const units = wb.getWorksheet('Theo đơn vị')!;
    const row = units
      .getRows(2, units.rowCount - 1)!
      .find((r) => r.getCell(1).value === 'Phường Mộc Châu')!;
    expect(row.getCell(4).value).toBe('Đúng hạn');
    const tasks = wb.getWorksheet('Nhiệm vụ')!;
    expect(tasks.getRow(2).getCell(1).value).toBe('D1');
    expect(tasks.getRow(2).getCell(6).value).toBe('Đang thực hiện');
    expect(tasks.getRow(2).getCell(7).value).toBe(60);
    const ind = wb.getWorksheet('Chỉ tiêu')!;
    expect(ind.getRow(2).getCell(2).value).toBe('Số cuộc đối thoại với Nhân dân');
    expect(ind.getRow(2).getCell(5).value).toBe(12);
  });

  it('only the receiving level compiles; a bad period says which field', async () => {
    const refused = await ctx.app.request(`/api/regimes/${regime.id}/consolidated`, {
      headers: { cookie: xa.cookie },
    });
    expectApiError({ status: refused.status, body: await refused.json() }, 403, 'FORBIDDEN');
    const bad = await ctx.app.request(`/api/regimes/${regime.id}/consolidated?periodKey=1999-Z`, {
      headers: { cookie: noivu.cookie },
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toContain('"periodKey"');
    const missing = await ctx.app.request(`/api/regimes/2147483647/consolidated`, {
      headers: { cookie: noivu.cookie },
    });
    expect(missing.status).toBe(404);
  });
});

describe('citizens’ feedback in the consolidated report', () => {
  it('counts the cases the province and its communes received in the window, per handling agency', async () => {
    const q = (text: string, params: unknown[]) => ctx.database.pool.query(text, params);
    const ward = (
      await q(
        `select u.id, u.path, a.id as agency_id, a.name from admin_unit u
           join agency a on a.unit_id = u.id and a.kind = 'ubnd'
          where u.full_name = 'Phường Mộc Châu' and u.era = 'post2025'`,
        [],
      )
    ).rows[0] as { id: number; path: string; agency_id: number; name: string };
    // On time, late, and still unanswered past its due date (the test clock is late November).
    const cases = [
      ['PA-TONGHOP-1', `${year}-06-20`, `${year}-06-18`],
      ['PA-TONGHOP-2', `${year}-06-20`, `${year}-06-25`],
      ['PA-TONGHOP-3', `${year}-07-01`, null],
    ] as const;
    for (const [code, due, answered] of cases)
      await q(
        `insert into feedback (code, unit_id, unit_path, handler_path, topic, body, public_allowed,
                status, last_action, assignee_agency_id, received_on, due_on, answered_on,
                source_hash, text_hash, search)
         values ($1, $2, $3, $3, 'D1', 'Nội dung riêng', false, $4, 'assign', $5, $6, $7, $8,
                 's', 't', 'noi dung')`,
        [
          code,
          ward.id,
          ward.path,
          answered ? 'answered' : 'assigned',
          ward.agency_id,
          `${year}-06-10`,
          due,
          answered,
        ],
      );
    const file = await download(noivu, `periodKey=${year}-Y`);
    if (process.env.KEEP_FEEDBACK_DOCX)
      (await import('node:fs')).writeFileSync(process.env.KEEP_FEEDBACK_DOCX, file.bytes);
    const p = paragraphsOf(
      await (await JSZip.loadAsync(file.bytes)).file('word/document.xml')!.async('string'),
    );
    expect(p.some((x) => /^[IVX]+\. TIẾP NHẬN, TRẢ LỜI PHẢN ÁNH, KIẾN NGHỊ/.test(x))).toBe(true);
    expect(p.find((x) => x.startsWith('Trong kỳ ('))).toMatch(
      /tiếp nhận 3 phản ánh, kiến nghị; đã trả lời đúng hạn 1, trễ hạn 1; còn 1 phản ánh quá hạn chưa trả lời\.$/,
    );
    expect(p.join('\n')).not.toContain('Nội dung riêng');
    const sheet = await download(noivu, `periodKey=${year}-Y&format=xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(sheet.bytes as unknown as ArrayBuffer);
    const row = wb.getWorksheet('Phản ánh')!.getRow(2);
    expect([1, 2, 3, 4, 5, 6].map((c) => row.getCell(c).value)).toEqual([ward.name, 3, 2, 1, 1, 1]);
  });
});
