import fs from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient, TestContext } from '../../test/harness.ts';
import { expectApiError } from '../../test/helpers.ts';
import { compareEstimates, estimateOf } from '@papi/domain';
import {
  buildWorld,
  docxText,
  download,
  ids,
  runs,
  type Compared,
  type Row,
  type Scores,
} from './surveys.results.world.ts';

/** Issue #14: comparisons between strata and rounds, plan suggestions, report and workbook. */
let ctx: TestContext;
let noivu: TestClient;
let xa: TestClient;
let xem: TestClient;
beforeAll(async () => {
  ({ ctx, noivu, xa, xem } = await buildWorld());
}, 120_000);
afterAll(() => ctx.close());

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
    expect(text).toContain('Hình 1. Điểm các lĩnh vực của toàn đơn vị và khoảng tin cậy 95%');
  });

  it('draws the whole unit’s dimensions with their intervals as a picture in the report', async () => {
    const res = await download(noivu, `/api/survey-runs/${runs.now}/report`);
    const zip = await JSZip.loadAsync(new Uint8Array(await res.arrayBuffer()));
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const png = await zip.file(media[0]!)!.async('uint8array');
    expect([...png.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]); // "PNG"
    expect(png.length).toBeGreaterThan(5000);
    if (process.env.SAVE_SURVEY_REPORT)
      fs.writeFileSync(
        process.env.SAVE_SURVEY_REPORT,
        await zip.generateAsync({ type: 'uint8array' }),
      );
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
});
