import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient, TestContext } from '../../test/harness.ts';
import { countRows, expectApiError } from '../../test/helpers.ts';
import { buildWorld, docxText, download, runs, type Scores } from './surveys.results.world.ts';

/** Issue #14: the anonymised answers for analysts (masked, audited) and their retention. */
let ctx: TestContext;
let noivu: TestClient;
let xa: TestClient;
let xem: TestClient;
beforeAll(async () => {
  ({ ctx, noivu, xa, xem } = await buildWorld());
}, 120_000);
afterAll(() => ctx.close());

describe('raw answers', () => {
  it('gives analysts the anonymised answers with a codebook, masks free text, audits each download', async () => {
    const audits = () =>
      countRows(ctx, `audit_log where entity = 'survey_answers' and action = 'export'`);
    const before = await audits();
    const res = await download(noivu, `/api/survey-runs/${runs.now}/answers?format=xlsx`);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.arrayBuffer()) as ExcelJS.Buffer);
    const data = wb.getWorksheet('tra_loi')!;
    const header = (data.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 5)).toEqual(['ma_phieu', 'nhom_mau', 'kenh', 'ngay', 'trong_so']);
    expect(data.rowCount).toBe(106);
    const col = header.indexOf('y_kien') + 1;
    const free = data.getRow(2).getCell(col).value as string;
    expect(free).not.toContain('0912');
    expect(free).not.toContain('gmail');
    expect(free.startsWith('Gọi tôi')).toBe(true);
    // Weights N_h / n_h: 12000 / 45 in A.
    expect(data.getRow(2).getCell(5).value).toBeCloseTo(12000 / 45, 10);
    const book = wb.getWorksheet('bang_ma')!;
    const lines = Array.from({ length: book.rowCount }, (_, i) =>
      (book.getRow(i + 1).values as unknown[]).slice(1),
    );
    expect(lines.find((l) => l[0] === 'd1_1_a' && l[2])![6]).toMatch(/^D1\.1 /);
    expect(
      lines.some((l) => l[0] === 'd1_1_a' && l[3] === 'dk' && l[5] === 'không tính điểm'),
    ).toBe(true);
    const csv = await download(noivu, `/api/survey-runs/${runs.now}/answers?format=csv`);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      new Uint8Array(await csv.arrayBuffer()),
    );
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')[0]).toMatch(/^\ufeffma_phieu,nhom_mau,kenh,ngay,trong_so,/);
    expect(text).not.toContain('0912 345 678');
    const codes = await download(
      noivu,
      `/api/survey-runs/${runs.now}/answers?format=csv&part=codebook`,
    );
    expect(new TextDecoder().decode(new Uint8Array(await codes.arrayBuffer()))).toContain(
      'cot,loai,noi_dung',
    );
    expect(await audits()).toBe(before + 3);
    const last = await ctx.database.pool.query<{
      summary: string;
      after: { masked: Record<string, number> };
    }>(
      `select summary, after from audit_log where entity = 'survey_answers' order by id desc limit 3`,
    );
    expect(last.rows[2]!.summary).toContain('105 phiếu, che 2 thông tin cá nhân');
    expect(last.rows[2]!.after.masked).toEqual({ email: 1, phone: 1 });
  });

  it('refuses raw answers to a viewer and to a ward officer, auditing nothing', async () => {
    const before = await countRows(ctx, `audit_log where entity = 'survey_answers'`);
    expect((await download(xem, `/api/survey-runs/${runs.now}/answers`)).status).toBe(403);
    expect((await download(xa, `/api/survey-runs/${runs.now}/answers`)).status).toBe(404);
    expect((await download(xa, `/api/survey-runs/${runs.now}/report`)).status).toBe(404);
    expect(await countRows(ctx, `audit_log where entity = 'survey_answers'`)).toBe(before);
  });
});

describe('retention of raw answers', () => {
  it('deletes the answers after the retention date, keeping the scores and the sample', async () => {
    const url = `/api/survey-runs/${runs.now}/retention`;
    const start = await noivu.get<{ version: number; answers: number; mayManage: boolean }>(url);
    expect(start.body).toMatchObject({ version: 1, mayManage: true });
    expect(start.body.answers).toBeGreaterThan(3000);
    const early = await noivu.request('PUT', url, {
      version: 1,
      keepUntil: '2026-10-01',
      note: '',
    });
    expect(expectApiError(early, 400, 'VALIDATION').message).toContain('01/10/2026');
    expectApiError(
      await xem.request('PUT', url, { version: 1, keepUntil: '2026-12-31' }),
      403,
      'FORBIDDEN',
    );
    const later = await noivu.request<{ version: number }>('PUT', url, {
      version: 1,
      keepUntil: '2026-12-31',
    });
    expect(later.status, JSON.stringify(later.body)).toBe(200);
    const answers = `/api/survey-runs/${runs.now}/answers`;
    const notYet = await noivu.request('DELETE', answers, { version: later.body.version });
    expect(expectApiError(notYet, 409, 'CONFLICT').message).toContain('31/12/2026');
    const set = await noivu.request<{ version: number }>('PUT', url, {
      version: later.body.version,
      keepUntil: '2026-11-10',
    });
    expectApiError(
      await noivu.request('DELETE', answers, { version: later.body.version }),
      409,
      'CONFLICT',
    );
    expectApiError(
      await xem.request('DELETE', answers, { version: set.body.version }),
      403,
      'FORBIDDEN',
    );
    expect(
      await countRows(
        ctx,
        'survey_answer a join survey_response p on p.id = a.response_id where p.run_id = $1',
        [runs.now],
      ),
    ).toBeGreaterThan(0);
    const scores = (await noivu.get<Scores>(`/api/survey-runs/${runs.now}/scores`)).body;
    const gone = await noivu.request<{ answers: number; deletedAt: string; deletedBy: string }>(
      'DELETE',
      answers,
      {
        version: set.body.version,
      },
    );
    expect(gone.status, JSON.stringify(gone.body)).toBe(200);
    expect(gone.body).toMatchObject({ answers: 0, deletedBy: 'noivu' });
    expect(await countRows(ctx, 'survey_response where run_id = $1', [runs.now])).toBe(105);
    expect((await noivu.get<Scores>(`/api/survey-runs/${runs.now}/scores`)).body).toEqual(scores);
    const audit = await ctx.database.pool.query<{ summary: string }>(
      `select summary from audit_log where entity = 'survey_answers' and action = 'delete' and entity_id = $1`,
      [String(runs.now)],
    );
    expect(audit.rows[0]!.summary).toContain('của 105 phiếu');
    expectApiError(await noivu.get(`${answers}?format=csv`), 409, 'CONFLICT');
    // The report still reads from the kept scores.
    expect(await docxText(await download(noivu, `/api/survey-runs/${runs.now}/report`))).toContain(
      'III. KẾT QUẢ THEO LĨNH VỰC',
    );
  });
});
