import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TInstrumentDetail, TSurveyRun } from '@papi/contracts';
import {
  compareEstimates,
  drawResponses,
  estimateOf,
  papiCommuneInstrument,
  seededRandom,
  syntheticCommunes,
  type IndexFramework,
  type SurveyInstrument,
} from '@papi/domain';
import { SHIPPED_DATA_DIR } from '../../paths.ts';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { countRows, expectApiError } from '../../test/helpers.ts';

/** Issue #14: comparisons, plan suggestions, downloads, masking, audit and retention. */
let ctx: TestContext;
let noivu: TestClient;
let xa: TestClient;
let xem: TestClient;
const ids = { sonla: 0, ward: 0, other: 0 };
const runs = { before: 0, now: 0 };

const framework = JSON.parse(
  readFileSync(path.join(SHIPPED_DATA_DIR, 'indices/papi.json'), 'utf8'),
) as IndexFramework;
const edition = framework.editions.find((e) => e.code === 'papi-2018')!;
/** The shipped questionnaire with a free-text question at the end. */
function document(): SurveyInstrument {
  const d = { ...papiCommuneInstrument(edition), code: 'papi_bao_cao' };
  d.sections.at(-1)!.questions.push({
    name: 'y_kien',
    type: 'text',
    labelVi: 'Ý kiến khác của ông/bà',
    required: false,
  });
  return d;
}

const SECRET = 'Gọi tôi 0912 345 678 hoặc thu.ha@gmail.com nhé';

async function runWith(
  versionId: number,
  name: string,
  dates: [string, string],
  sizes: [number, number],
  seed: number,
): Promise<number> {
  const res = await noivu.post<TSurveyRun>('/api/survey-runs', {
    unitId: ids.sonla,
    instrumentVersionId: versionId,
    name,
    startsOn: dates[0],
    endsOn: dates[1],
    status: 'closed',
    strata: [
      { code: 'A', name: 'Phường Mộc Châu', unitId: ids.ward, target: 50, population: 12000 },
      { code: 'B', name: 'Xã Đông Sang', unitId: ids.other, target: 50, population: 4000 },
    ],
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const rnd = seededRandom(seed);
  const d = document();
  const communes = syntheticCommunes(
    d,
    { communes: 2, minSize: 1, maxSize: 1, dontKnow: 0.05 },
    rnd,
  );
  const pool = ctx.database.pool;
  let n = 0;
  for (const [h, code] of (['A', 'B'] as const).entries()) {
    const stratum = res.body.strata.find((s) => s.code === code)!.id;
    const drawn = drawResponses(d, [{ ...communes[h]!, size: sizes[h]! }], { dontKnow: 0.05 }, rnd);
    for (const r of drawn) {
      const answers = { ...r.answers, ...(n === 0 ? { y_kien: SECRET } : {}) };
      const id = (
        await pool.query<{ id: number }>(
          `insert into survey_response (run_id, stratum_id, client_id, channel) values ($1, $2, $3, 'enumerator') returning id`,
          [res.body.id, stratum, `${name}-${++n}`],
        )
      ).rows[0]!.id;
      await pool.query(
        `insert into survey_answer (response_id, question, value) select $1, key, value from jsonb_each($2::jsonb)`,
        [id, JSON.stringify(answers)],
      );
    }
  }
  return res.body.id;
}

beforeAll(async () => {
  ctx = await createTestContext();
  [noivu, xa, xem] = await Promise.all([ctx.as('noivu'), ctx.as('xa'), ctx.as('xem')]);
  const q = async (text: string) =>
    (await ctx.database.pool.query<{ id: number }>(text)).rows[0]!.id;
  ids.sonla = await q(`select unit_id as id from app_user where username = 'noivu'`);
  ids.ward = await q(`select unit_id as id from app_user where username = 'xa'`);
  ids.other = await q(
    `select id from admin_unit where parent_id = ${ids.sonla} and id <> ${ids.ward} and valid_to is null order by code limit 1`,
  );
  const created = await noivu.post<TInstrumentDetail>('/api/survey-instruments', {
    document: document(),
  });
  const published = await noivu.post<TInstrumentDetail>(
    `/api/survey-instruments/${created.body.id}/publish`,
    { version: created.body.version },
  );
  expect(published.status, JSON.stringify(published.body)).toBe(201);
  const versionId = published.body.versions[0]!.id;
  runs.before = await runWith(
    versionId,
    'Khảo sát PAPI cấp xã 2025',
    ['2025-09-01', '2025-10-31'],
    [40, 40],
    1,
  );
  runs.now = await runWith(
    versionId,
    'Khảo sát PAPI cấp xã 2026',
    ['2026-09-01', '2026-10-31'],
    [45, 60],
    2,
  );
  // The province's official PAPI 2025 result.
  const release = (
    await ctx.database.pool.query<{ id: number }>(
      `insert into index_release (framework_code, year, source) values ('PAPI', 2025, 'thử') returning id`,
    )
  ).rows[0]!.id;
  await ctx.database.pool.query(
    `insert into index_result (release_id, unit_id, assessed, scores, total) values ($1, $2, true, $3, 44)`,
    [release, ids.sonla, JSON.stringify({ D1: 5.1, D2: 6.2, D3: 7.3 })],
  );
}, 120_000);
afterAll(() => ctx.close());

interface Row {
  key: string;
  kind: string;
  parent: string | null;
  sufficient: boolean;
  score: number | null;
  low: number | null;
  high: number | null;
  se: number | null;
  n: number;
}
interface Scores {
  overall: { rows: Row[] };
  strata: { stratum: string; name: string; rows: Row[] }[];
}
interface Compared {
  strata: {
    rows: {
      key: string;
      a: unknown;
      b: unknown;
      difference: Record<string, number | string> | null;
    }[];
  };
  previous: {
    run: { id: number };
    rows: { key: string; difference: { difference: number } | null }[];
  } | null;
  official: {
    year: number;
    rows: { code: string; official: number | null; survey: { score: number } | null }[];
  } | null;
}

const download = (client: TestClient, url: string) =>
  ctx.app.request(url, { headers: { cookie: client.cookie } });
const docxText = async (res: Response) => {
  const zip = await JSZip.loadAsync(new Uint8Array(await res.arrayBuffer()));
  return (await zip.file('word/document.xml')!.async('string'))
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '');
};

describe('comparisons', () => {
  it('tests two strata with Welch, compares with the previous run and the official PAPI', async () => {
    const scores = (await noivu.get<Scores>(`/api/survey-runs/${runs.now}/scores`)).body;
    const res = await noivu.get<Compared>(`/api/survey-runs/${runs.now}/comparison?a=A&b=B`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const [a, b] = [scores.strata[0]!.rows, scores.strata[1]!.rows];
    let compared = 0;
    for (const row of res.body.strata.rows) {
      const [ea, eb] = [a, b].map((rows) =>
        estimateOf(rows.find((r) => r.key === row.key && r.kind === 'element')!),
      );
      if (!ea || !eb) {
        expect(row.difference).toBeNull();
        continue;
      }
      const d = compareEstimates(ea, eb);
      expect(row.difference).toMatchObject({
        difference: d.difference,
        low: d.low,
        high: d.high,
        verdict: d.verdict,
      });
      // Overlapping intervals are never called different.
      if (ea.low <= eb.high && eb.low <= ea.high)
        expect(row.difference!.verdict).not.toBe('different');
      compared++;
    }
    expect(compared).toBeGreaterThan(20);
    expect(res.body.previous!.run.id).toBe(runs.before);
    const before = (await noivu.get<Scores>(`/api/survey-runs/${runs.before}/scores`)).body;
    const d1 = (rows: Row[]) => rows.find((r) => r.key === 'D1')!.score!;
    expect(res.body.previous!.rows.find((r) => r.key === 'D1')!.difference!.difference).toBeCloseTo(
      d1(scores.overall.rows) - d1(before.overall.rows),
      10,
    );
    expect(res.body.official!.year).toBe(2025);
    expect(res.body.official!.rows.map((r) => [r.code, r.official]).slice(0, 4)).toEqual([
      ['D1', 5.1],
      ['D2', 6.2],
      ['D3', 7.3],
      ['D4', null],
    ]);
    // The first run has no earlier one; the official result is the one of its year.
    const first = await noivu.get<Compared>(`/api/survey-runs/${runs.before}/comparison`);
    expect(first.body).toMatchObject({ strata: null, previous: null, official: { year: 2025 } });
  });

  it('refuses a missing or unknown stratum, and hides the run out of scope', async () => {
    const bad = await noivu.get(`/api/survey-runs/${runs.now}/comparison?a=A&b=Z`);
    expect(expectApiError(bad, 400, 'VALIDATION').message).toContain('"Z"');
    expectApiError(
      await noivu.get(`/api/survey-runs/${runs.now}/comparison?a=A`),
      400,
      'VALIDATION',
    );
    expectApiError(await xa.get(`/api/survey-runs/${runs.now}/comparison`), 404, 'NOT_FOUND');
  });
});

describe('plan suggestions', () => {
  it('gives a commune its weakest sub-dimensions from the latest run, labelled with it', async () => {
    const res = await xa.get<{
      items: { code: string; score: number; runLabel: string; stratumName: string }[];
    }>(`/api/survey-suggestions?unitId=${ids.ward}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const scores = (await noivu.get<Scores>(`/api/survey-runs/${runs.now}/scores`)).body;
    const expected = scores.strata
      .find((s) => s.stratum === 'A')!
      .rows.filter((r) => r.kind === 'element' && r.parent !== null && r.sufficient)
      .sort((x, y) => x.score! - y.score!)
      .slice(0, 3)
      .map((r) => r.key);
    expect(res.body.items.map((i) => i.code)).toEqual(expected);
    expect(res.body.items[0]!.runLabel).toBe('Khảo sát PAPI cấp xã 2026 (01/09/2026 – 31/10/2026)');
    expect(res.body.items[0]!.stratumName).toBe('Phường Mộc Châu');
    // Another commune is out of the ward's scope.
    expectApiError(await xa.get(`/api/survey-suggestions?unitId=${ids.other}`), 404, 'NOT_FOUND');
  });
});

describe('downloads', () => {
  it('writes the Word report: method, sample, results with intervals, change, official, weakest', async () => {
    const res = await download(noivu, `/api/survey-runs/${runs.now}/report`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(
      'bao-cao-khao-sat-papi-cap-xa-2026.docx',
    );
    const text = await docxText(res);
    for (const part of [
      'ỦY BAN NHÂN DÂN',
      'Kết quả khảo sát PAPI cấp xã 2026',
      'I. PHƯƠNG PHÁP KHẢO SÁT',
      'tuyến tính hoá Taylor',
      't Welch',
      'II. MẪU KHẢO SÁT',
      'III. KẾT QUẢ THEO LĨNH VỰC',
      'IV. SO VỚI ĐỢT KHẢO SÁT TRƯỚC',
      'V. ĐẶT CẠNH CHỈ SỐ PAPI CHÍNH THỨC',
      'PAPI chính thức năm 2025',
      'không phải kết quả Chỉ số PAPI chính thức',
      'VI. CÁC LĨNH VỰC CÒN YẾU THEO TỪNG NHÓM MẪU',
      '- Phường Mộc Châu:',
      'Trên đây là báo cáo kết quả khảo sát',
    ])
      expect(text, part).toContain(part);
    // The whole unit's D1 with its interval, as the scores route gives it.
    const scores = (await noivu.get<Scores>(`/api/survey-runs/${runs.now}/scores`)).body;
    const d1 = scores.overall.rows.find((r) => r.key === 'D1')!;
    const vi = (v: number) =>
      v.toLocaleString('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    expect(text).toContain(`${vi(d1.low!)} – ${vi(d1.high!)}`);
    expect(text).toContain('Tổng cộng');
    expect(text).toContain('105'); // 45 + 60 responses
  });

  it('writes the scores workbook: each stratum and the whole unit, with intervals and n', async () => {
    const res = await download(xem, `/api/survey-runs/${runs.now}/scores-workbook`);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.arrayBuffer()) as ExcelJS.Buffer);
    const sheet = wb.getWorksheet('diem')!;
    expect(sheet.getRow(1).values).toContain('KTC 95% thấp');
    const scores = (await noivu.get<Scores>(`/api/survey-runs/${runs.now}/scores`)).body;
    const find = (stratum: string, key: string) => {
      for (let i = 2; i <= sheet.rowCount; i++) {
        const r = sheet.getRow(i);
        if (r.getCell(1).value === stratum && r.getCell(4).value === key) return r;
      }
      throw new Error(`${stratum} ${key}`);
    };
    const whole = scores.overall.rows.find((r) => r.key === 'D2.1')!;
    const row = find('TOAN_DON_VI', 'D2.1');
    expect([
      row.getCell(7).value,
      row.getCell(8).value,
      row.getCell(9).value,
      row.getCell(11).value,
    ]).toEqual([whole.score, whole.low, whole.high, whole.n]);
    const b = scores.strata.find((s) => s.stratum === 'B')!.rows.find((r) => r.key === 'D8')!;
    expect(find('B', 'D8').getCell(7).value).toBe(b.score);
  });

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
