import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TImportPreview, TRanking } from '@papi/contracts';
import { officialUnitName } from '@papi/domain';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { countRows, expectApiError } from '../../test/helpers.ts';
import { SHIPPED_CSV, importBody, shippedCsv } from '../../test/index-files.ts';
import { subscribe, type StoredEvent } from '../../platform/events.ts';

let ctx: TestContext;
let coordinator: TestClient;
beforeAll(async () => {
  ctx = await createTestContext();
  coordinator = await ctx.as('noivu');
});
afterAll(() => ctx.close());

const PREVIEW = '/api/indices/PAPI/import/preview';
const COMMIT = '/api/indices/PAPI/import';
const HEADER = 'Tỉnh/thành phố,D1,D2,D3,D4,D5,D6,D7,D8,Tổng điểm';
const shipped = parse(fs.readFileSync(SHIPPED_CSV), { columns: true }) as Record<string, string>[];
const DIMS = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'];

const preview = (body: object) => coordinator.post<TImportPreview>(PREVIEW, body);
const ranking = async (year: number) =>
  (await coordinator.get<TRanking>(`/api/indices/PAPI/rankings/${year}`)).body;
/** What a ranking says about each province: rank, group, total and dimension scores. */
const standings = (r: TRanking) =>
  Object.fromEntries(
    r.rows.map((row) => [
      row.unit.id,
      [row.total.rank, row.total.group, row.total.score?.toFixed(6), row.assessed].concat(
        DIMS.map((d) => row.dimensions[d]?.score?.toFixed(6) ?? null),
      ),
    ]),
  );
const errorsOf = (p: TImportPreview) => p.issues.filter((i) => i.severity === 'error');

/** A template-layout CSV of the shipped rows of a year, optionally edited. */
function templateCsv(year: number, edit: (cells: string[][]) => void = () => {}) {
  const cells = shipped
    .filter((r) => Number(r.year) === year)
    .map((r) => [r.province_vi!, ...DIMS.map((d) => r[d]!), r.total_papi!]);
  edit(cells);
  return [HEADER, ...cells.map((c) => c.join(','))].join('\n') + '\n';
}

describe('preview: errors with their row and column, nothing saved', () => {
  it.each([
    [
      'unknown province',
      (c: string[][]) => (c[1]![0] = 'Tỉnh Không Tồn Tại'),
      'UNKNOWN_PROVINCE',
      3,
      'Tỉnh/thành phố',
    ],
    ['score out of range', (c: string[][]) => (c[0]![2] = '10.5'), 'OUT_OF_RANGE', 2, 'D2'],
    ['total ≠ sum', (c: string[][]) => (c[4]![9] = '40'), 'TOTAL_MISMATCH', 6, 'Tổng điểm'],
    [
      'duplicate province',
      (c: string[][]) => (c[9]![0] = 'Ha Giang'),
      'DUPLICATE',
      11,
      'Tỉnh/thành phố',
    ],
    ['unreadable number', (c: string[][]) => (c[2]![3] = 'năm'), 'NOT_A_NUMBER', 4, 'D3'],
  ])('%s', async (_label, edit, code, row, column) => {
    const res = await preview(importBody('kq.csv', templateCsv(2019, edit), 2019));
    expect(res.status).toBe(200);
    const errors = errorsOf(res.body);
    expect(errors.map((e) => [e.code, e.row, e.column])).toContainEqual([code, row, column]);
    const error = errors.find((e) => e.code === code)!;
    expect(error.message).toContain(`Dòng ${row}`);
    expect(error.message).toContain(column);
  });

  it('accepts misspelt names and a total rounded to two decimals', async () => {
    const res = await preview(
      importBody(
        'kq.csv',
        templateCsv(2019, (c) => {
          const hue = c.find((r) => r[0] === 'Thừa Thiên Huế')!;
          hue[0] = 'TT Huế';
          c[0]![0] = 'ha giang';
          c[0]![9] = Number(c[0]![9]).toFixed(2);
        }),
        2019,
      ),
    );
    expect(res.body.issues).toEqual([]);
    expect(res.body.rows.find((r) => r.province === 'TT Huế')!.unit!.name).toBe('Huế');
    expect(res.body).toMatchObject({ era: 'pre2025', format: 'csv', layout: 'template' });
  });

  it('reports a missing required column on the header row', async () => {
    const csv = templateCsv(2019).replace(',D5,', ',D5x,');
    const res = await preview(importBody('kq.csv', csv, 2019));
    expect(errorsOf(res.body).map((e) => [e.code, e.row, e.column])).toEqual([
      ['MISSING_COLUMN', 1, 'D5'],
    ]);
    expect(res.body.rows).toEqual([]);
  });

  it('refuses D7 scores for 2015 (six-dimension edition) and a year absent from a long file', async () => {
    const lines = shippedCsv([2015]).split('\n');
    const cells = lines[3]!.split(',');
    cells[11] = '5.5'; // D7 of the third province
    lines[3] = cells.join(',');
    const res = await preview(importBody('long.csv', lines.join('\n'), 2015));
    expect(res.body).toMatchObject({ layout: 'long', edition: 'papi-2011' });
    expect(errorsOf(res.body).map((e) => [e.code, e.row, e.column])).toEqual([
      ['WRONG_EDITION', 4, 'D7'],
    ]);
    const none = await preview(importBody('long.csv', shippedCsv([2015, 2016]), 2019));
    expect(errorsOf(none.body)[0]).toMatchObject({ code: 'WRONG_YEAR' });
    expect(errorsOf(none.body)[0]!.message).toContain('2015, 2016');
  });

  it('names XLSX columns by letter', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Kết quả');
    ws.addRow(HEADER.split(','));
    ws.addRow(['Hà Giang', 5, 11, 5, 5, 5, 5, 5, 5, 46]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const res = await preview(importBody('kq.xlsx', bytes, 2019));
    const error = errorsOf(res.body).find((e) => e.code === 'OUT_OF_RANGE')!;
    expect(error).toMatchObject({ row: 2, column: 'C' });
    expect(error.message).toContain('cột C (D2)');
  });

  it('a commit with errors saves nothing and keeps the previous data', async () => {
    const before = await ranking(2019);
    const audits = await countRows(ctx, 'audit_log');
    const bad = templateCsv(2019, (c) => (c[0]![1] = '0.5'));
    const res = await coordinator.post(
      COMMIT,
      importBody('kq.csv', bad, 2019, { confirmWarnings: true }),
    );
    const body = expectApiError(res, 400, 'IMPORT_INVALID');
    expect(body.message).toContain('Dòng 2');
    expect(standings(await ranking(2019))).toEqual(standings(before));
    expect(await countRows(ctx, 'audit_log')).toBe(audits);
    expect(await countRows(ctx, 'domain_event')).toBe(0);
  });
});

describe('files that are not spreadsheets', () => {
  it('a PNG named .xlsx → 400 saying what it is', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const res = await coordinator.post(PREVIEW, importBody('ket-qua.xlsx', png, 2019));
    expect(expectApiError(res, 400, 'UNSUPPORTED_FILE').message).toContain('ảnh PNG');
  });

  it('binary junk, a zip that is no workbook, bad base64 → 400', async () => {
    const junk = new Uint8Array([0xc3, 0x28, 0xa0, 0xa1, 0xff, 0xfe]);
    expectApiError(await coordinator.post(PREVIEW, importBody('a.csv', junk, 2019)), 400);
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    expectApiError(await coordinator.post(PREVIEW, importBody('a.xlsx', zip, 2019)), 400);
    const res = await coordinator.post(PREVIEW, {
      filename: 'a.csv',
      contentBase64: '@@@',
      year: 2019,
    });
    expectApiError(res, 400, 'INVALID_FILE');
  });

  it('over 5 MB → 413, by the decoded size and by the body limit', async () => {
    const mb = (n: number) => 'a'.repeat(n * 1024 * 1024);
    const decoded = await coordinator.post(PREVIEW, importBody('big.csv', mb(5.1), 2019));
    expect(expectApiError(decoded, 413, 'PAYLOAD_TOO_LARGE').message).toContain('5 MB');
    const body = await coordinator.post(PREVIEW, importBody('big.csv', mb(6), 2019));
    expectApiError(body, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('only admins and coordinators may import; others get 403', async () => {
    for (const user of ['lanhdao', 'tuphap', 'xem']) {
      const client = await ctx.as(user);
      const body = importBody('kq.csv', templateCsv(2019), 2019);
      expectApiError(await client.post(PREVIEW, body), 403, 'FORBIDDEN');
      expectApiError(await client.post(COMMIT, body), 403, 'FORBIDDEN');
    }
  });
});

describe('commit', () => {
  it('the shipped long file for 2023 imports identically: warnings first, then confirmed', async () => {
    const before = await ranking(2023);
    const events: StoredEvent<'index.published'>[] = [];
    const stop = subscribe('index.published', (e) => void events.push(e));
    try {
      const body = importBody('agg_province_year.csv', shippedCsv(), 2023);
      const p = await preview(body);
      expect(p.body).toMatchObject({
        layout: 'long',
        errors: 0,
        warnings: 2,
        replaces: { surveyed: 63 },
      });
      expect(p.body.issues.map((i) => i.code)).toEqual(['EMPTY', 'EMPTY']);
      // 2022: two provinces with only some dimensions, kept as not assessed.
      const partial = await preview(importBody('agg_province_year.csv', shippedCsv(), 2022));
      expect(partial.body.issues.map((i) => [i.code, i.severity])).toEqual([
        ['PARTIAL', 'warning'],
        ['PARTIAL', 'warning'],
      ]);
      expect(partial.body.rows.find((r) => r.province === 'Bắc Giang')!.scores).toMatchObject({
        D3: expect.any(Number),
        D6: expect.any(Number),
      });
      expect(
        p.body.rows
          .filter((r) => !r.assessed)
          .map((r) => r.unit!.name)
          .sort(),
      ).toEqual(
        p.body.issues.map((i) => p.body.rows.find((r) => r.row === i.row)!.unit!.name).sort(),
      );
      const unconfirmed = await coordinator.post(COMMIT, body);
      expectApiError(unconfirmed, 409, 'IMPORT_NEEDS_CONFIRMATION');
      expect(events).toEqual([]);
      const res = await coordinator.post(COMMIT, { ...body, confirmWarnings: true });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body).toMatchObject({ year: 2023, surveyed: 63, assessed: 61, replaced: true });
    } finally {
      stop();
    }
    expect(standings(await ranking(2023))).toEqual(standings(before));
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toMatchObject({ code: 'PAPI', year: 2023, replaced: true });
    const outbox = await ctx.database.pool.query<{ type: string; payload: { year: number } }>(
      'select type, payload from domain_event',
    );
    expect(outbox.rows).toEqual([
      { type: 'index.published', payload: expect.objectContaining({ code: 'PAPI', year: 2023 }) },
    ]);
  });

  it('re-importing a year replaces it and audits the changed totals', async () => {
    const changed = templateCsv(2020, (c) => {
      c[0]![1] = String(Number(c[0]![1]) + 0.5);
      c[0]![9] = String(Number(c[0]![9]) + 0.5);
    });
    const res = await coordinator.post(
      COMMIT,
      importBody('kq-2020.csv', changed, 2020, { publishedOn: '2021-04-20' }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const audit = await ctx.database.pool.query<{
      summary: string;
      before: { surveyed: number };
      after: { changedTotals: { province: string; before: number; after: number }[] };
    }>(
      `select summary, before, after from audit_log where entity = 'index_release' order by id desc limit 1`,
    );
    const entry = audit.rows[0]!;
    expect(entry.summary).toContain('năm 2020');
    expect(entry.before.surveyed).toBe(63);
    expect(entry.after.changedTotals).toHaveLength(1);
    expect(entry.after.changedTotals[0]!.after - entry.after.changedTotals[0]!.before).toBeCloseTo(
      0.5,
      6,
    );
    const r = await ranking(2020);
    expect(r.rows.find((x) => x.unit.name === 'Hà Giang')!.dimensions.D1!.score).toBeCloseTo(
      Number(shipped.find((s) => s.year === '2020' && s.province_vi === 'Hà Giang')!.D1) + 0.5,
      6,
    );
  });

  it('a 2025 file attaches to the 34 post-2025 provinces and names old ones as errors', async () => {
    const units = await ctx.database.pool.query<{ name: string }>(
      `select name from admin_unit where era = 'post2025' and level = 'province' order by code`,
    );
    const rows = units.rows.map((u, i) =>
      [u.name, ...DIMS.map(() => (4 + (i % 5)).toString()), ''].join(','),
    );
    const old = await preview(
      importBody('2025.csv', [HEADER, ...rows, 'Hà Giang,5,5,5,5,5,5,5,5,40'].join('\n'), 2025),
    );
    const error = errorsOf(old.body)[0]!;
    expect(error).toMatchObject({ code: 'UNKNOWN_PROVINCE', row: 36 });
    expect(error.message).toContain('34 tỉnh');
    const res = await coordinator.post(
      COMMIT,
      importBody('2025.csv', [HEADER, ...rows].join('\n'), 2025),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const r = await ranking(2025);
    expect([r.surveyed, r.assessed]).toEqual([34, 34]);
  });
});

describe('template and exports', () => {
  it('template round trip: download 2019, fill from the shipped data, import, same ranks', async () => {
    const before = await ranking(2019);
    const res = await coordinator.request('GET', '/api/indices/PAPI/import-template?year=2019');
    expect(res.status).toBe(200);
    const raw = await ctx.app.request('/api/indices/PAPI/import-template?year=2019', {
      headers: { cookie: coordinator.cookie },
    });
    expect(raw.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await raw.arrayBuffer());
    const [sheet, help] = wb.worksheets;
    expect(sheet!.getRow(1).values).toEqual([undefined, 'Tỉnh/thành phố', ...DIMS, 'Tổng điểm']);
    expect(help!.name).toBe('Hướng dẫn');
    expect(sheet!.actualRowCount).toBe(64);
    const data = shipped.filter((r) => r.year === '2019');
    // The template names units as the catalogue does (2025 spelling: "Thanh Hoá").
    const renamed: Record<string, string> = { Huế: 'Thừa Thiên Huế' };
    sheet!.eachRow((row, n) => {
      if (n === 1) return;
      const name = String(row.getCell(1).value);
      const source = data.find(
        (d) => officialUnitName(d.province_vi!) === officialUnitName(renamed[name] ?? name),
      )!;
      DIMS.forEach((d, i) => (row.getCell(i + 2).value = Number(source[d])));
      row.getCell(10).value = Number(Number(source.total_papi).toFixed(2));
    });
    const filled = new Uint8Array(await wb.xlsx.writeBuffer());
    const commit = await coordinator.post(COMMIT, importBody('mau-2019.xlsx', filled, 2019));
    expect(commit.status, JSON.stringify(commit.body)).toBe(201);
    expect(standings(await ranking(2019))).toEqual(standings(before));
  });

  it('exports a ranking as XLSX with the same numbers, unassessed rows last', async () => {
    const r = await ranking(2022);
    const res = await ctx.app.request('/api/indices/PAPI/rankings/2022/export?format=xlsx', {
      headers: { cookie: coordinator.cookie },
    });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const sheet = wb.worksheets[0]!;
    expect(sheet.actualRowCount).toBe(64);
    const last = sheet.getRow(64);
    expect(last.getCell(1).value).toBe('Không đánh giá');
    expect(last.getCell(4).value).toBe('Không đánh giá');
    for (let n = 2; n <= 62; n++) {
      const row = sheet.getRow(n);
      const ours = r.rows.find((x) => x.unit.name === row.getCell(2).value)!;
      expect(row.getCell(1).value).toBe(ours.total.rank);
      expect(row.getCell(5).value).toBe(ours.total.score);
      expect(row.getCell(5).numFmt).toBe('0.00');
      expect(row.getCell(7).value).toBe(ours.dimensions.D1!.score);
    }
  });

  it('exports CSV in UTF-8 with a BOM', async () => {
    const res = await ctx.app.request('/api/indices/PAPI/rankings/2022/export?format=csv', {
      headers: { cookie: coordinator.cookie },
    });
    expect(res.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(Buffer.from(bytes), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(rows).toHaveLength(63);
    expect(rows.at(-1)!['Hạng']).toBe('Không đánh giá');
    expect(Number(rows[0]!['Tổng điểm'])).toBeGreaterThan(40);
  });
});
