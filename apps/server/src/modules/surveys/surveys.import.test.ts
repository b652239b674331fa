import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  TDesignPreview,
  TRunProgress,
  TSubmissionsPreview,
  TSurveyRun,
} from '@papi/contracts';
import {
  allQuestions,
  drawResponses,
  seededRandom,
  sipasServiceInstrument,
  syntheticCommunes,
  type ResponseAnswers,
} from '@papi/domain';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { countRows, expectApiError } from '../../test/helpers.ts';

/** Issue #14, fieldwork: the run design from Excel, Kobo/ODK and tally imports, progress. */
let ctx: TestContext;
let noivu: TestClient;
let xa: TestClient;
let xem: TestClient;
let run: TSurveyRun;
const document = sipasServiceInstrument();
const questions = allQuestions(document).filter((q) => q.type !== 'note');
const sectionOf = new Map(
  document.sections.flatMap((s) => s.questions.map((q) => [q.name, s.name])),
);

const b64 = (data: string | Uint8Array) => Buffer.from(data).toString('base64');
const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const answerText = (v: ResponseAnswers[string] | undefined) =>
  v === undefined ? '' : Array.isArray(v) ? v.join(' ') : String(v);

/** A Kobo CSV export: group paths, metadata columns, `_uuid`, `_submission_time` in UTC. */
function koboCsv(
  rows: { uuid: string; stratum: string; time: string; answers: ResponseAnswers }[],
  extra = '',
) {
  const header = [
    'start',
    ...questions.map((q) => `${sectionOf.get(q.name)}/${q.name}`),
    'ma_nhom_mau',
    ...(extra ? [extra] : []),
    '_id',
    '_uuid',
    '_submission_time',
  ];
  const lines = rows.map((r, i) =>
    [
      r.time,
      ...questions.map((q) => answerText(r.answers[q.name])),
      r.stratum,
      ...(extra ? ['x'] : []),
      String(i + 1),
      r.uuid,
      r.time,
    ]
      .map(csvCell)
      .join(','),
  );
  return [header.join(','), ...lines].join('\n');
}

async function download(path: string) {
  const res = await ctx.app.request(path, { headers: { cookie: noivu.cookie } });
  expect(res.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(await res.arrayBuffer()).buffer as ArrayBuffer);
  return wb;
}
const xlsxBase64 = async (wb: ExcelJS.Workbook) => b64(new Uint8Array(await wb.xlsx.writeBuffer()));

const rnd = seededRandom(14);
const drawn = drawResponses(
  document,
  syntheticCommunes(document, { communes: 2, minSize: 12, maxSize: 12, dontKnow: 0.05 }, rnd),
  { dontKnow: 0.05 },
  rnd,
).map((r, i) => ({
  uuid: `kobo-${String(i + 1).padStart(4, '0')}-aaaa-bbbb`,
  // 12 in A; 8 of the second commune in B, the last 4 left out of the file.
  stratum: r.stratum === 'X001' ? 'A' : 'B',
  // Days: 5 and 6 November (Vietnam); 20:00 UTC on the 5th is already the 6th in Hà Nội.
  time: i % 2 === 0 ? '2026-11-05T02:00:00' : '2026-11-05T20:00:00',
  answers: r.answers,
}));
const kobo = drawn.slice(0, 20);

beforeAll(async () => {
  ctx = await createTestContext();
  [noivu, xa, xem] = await Promise.all([ctx.as('noivu'), ctx.as('xa'), ctx.as('xem')]);
  const q = async (text: string) =>
    (await ctx.database.pool.query<{ id: number }>(text)).rows[0]!.id;
  const province = await q(`select unit_id as id from app_user where username = 'noivu'`);
  const ward = await q(`select unit_id as id from app_user where username = 'xa'`);
  const other = await q(
    `select id from admin_unit where parent_id = ${province} and id <> ${ward} and valid_to is null order by code limit 1`,
  );
  const version = await q(
    `select v.id from survey_instrument_version v join survey_instrument i on i.id = v.instrument_id where i.code = 'sipas_dich_vu'`,
  );
  const res = await noivu.post<TSurveyRun>('/api/survey-runs', {
    unitId: province,
    instrumentVersionId: version,
    name: 'Khảo sát hài lòng quý IV',
    startsOn: '2026-11-01',
    endsOn: '2026-12-31',
    status: 'open',
    strata: [
      { code: 'A', name: 'Phường A', unitId: ward, target: 30, population: null },
      { code: 'B', name: 'Xã B', unitId: other, target: 20, population: null },
    ],
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  run = res.body;
});
afterAll(() => ctx.close());

describe('run design from Excel', () => {
  it('refuses quotas on a question the instrument cannot count, naming the stratum', async () => {
    const res = await noivu.request('PUT', `/api/survey-runs/${run.id}`, {
      version: run.version,
      name: run.name,
      startsOn: run.startsOn,
      endsOn: run.endsOn,
      status: run.status,
      strata: run.strata.map((s) => ({
        ...s,
        quotas: [{ question: 'f1_a', value: '5', target: 3 }],
      })),
    });
    const err = expectApiError(res, 400, 'VALIDATION');
    expect(err.message).toContain('Nhóm mẫu "A"');
    expect(err.message).toContain('"f1_a"');
  });

  it('saves quotas edited on the run page, audited; a category twice is refused', async () => {
    const body = (quotas: { question: string; value: string; target: number }[][]) => ({
      version: run.version,
      name: run.name,
      startsOn: run.startsOn,
      endsOn: run.endsOn,
      status: run.status,
      strata: run.strata.map(({ code, name, unitId, target, population }, i) => ({
        code,
        name,
        unitId,
        target,
        population,
        quotas: quotas[i] ?? [],
      })),
    });
    const twice = [
      { question: 'gioi_tinh', value: 'nu', target: 15 },
      { question: 'gioi_tinh', value: 'nu', target: 5 },
    ];
    const refused = await noivu.request('PUT', `/api/survey-runs/${run.id}`, body([[], twice]));
    const err = expectApiError(refused, 400, 'VALIDATION');
    expect(err.message).toBe('Nhóm mẫu "B": Chỉ tiêu "gioi_tinh=nu" ghi hai lần.');
    const audits = await countRows(ctx, `audit_log where entity = 'survey_run'`);
    const quotas = [
      { question: 'gioi_tinh', value: 'nu', target: 15 },
      { question: 'gioi_tinh', value: 'nam', target: 15 },
    ];
    const saved = await noivu.request<TSurveyRun>(
      'PUT',
      `/api/survey-runs/${run.id}`,
      body([quotas]),
    );
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.strata.map((s) => s.quotas)).toEqual([quotas, []]);
    expect(await countRows(ctx, `audit_log where entity = 'survey_run'`)).toBe(audits + 1);
    // Back as it was, for the design import below.
    const back = await noivu.request<TSurveyRun>('PUT', `/api/survey-runs/${run.id}`, {
      ...body([]),
      version: saved.body.version,
    });
    expect(back.status).toBe(200);
    run = back.body;
  });

  it('previews a bad design file with row and column, and saves nothing', async () => {
    const wb = await download(`/api/survey-runs/${run.id}/design-template`);
    const ws = wb.getWorksheet('Thiet_ke')!;
    expect((ws.getRow(1).values as string[]).slice(1, 6)).toEqual([
      'ma_nhom_mau',
      'ten_nhom_mau',
      'chi_tieu',
      'dan_so',
      'gioi_tinh=nam',
    ]);
    ws.getCell('A3').value = 'Z';
    ws.getCell('D2').value = 'mười nghìn';
    const body = { filename: 'thiet-ke.xlsx', contentBase64: await xlsxBase64(wb) };
    const preview = await noivu.post<TDesignPreview>(
      `/api/survey-runs/${run.id}/design/preview`,
      body,
    );
    expect(preview.status).toBe(200);
    expect(preview.body.issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ['BAD_NUMBER', 2, 'D'],
      ['UNKNOWN_STRATUM', 3, 'A'],
    ]);
    expect(preview.body.issues[1]!.message).toBe(
      'Dòng 3, cột A: nhóm mẫu "Z" không có trong đợt khảo sát (các nhóm: A, B).',
    );
    expectApiError(
      await noivu.post(`/api/survey-runs/${run.id}/design`, body),
      400,
      'IMPORT_INVALID',
    );
    expect(
      await countRows(ctx, 'survey_stratum where run_id = $1 and population is not null', [run.id]),
    ).toBe(0);
  });

  it('imports populations and sex quotas; the scores then use design weights', async () => {
    const wb = await download(`/api/survey-runs/${run.id}/design-template`);
    const ws = wb.getWorksheet('Thiet_ke')!;
    const header = ws.getRow(1).values as string[];
    const col = (name: string) => header.indexOf(name);
    ws.getRow(2).getCell(col('dan_so')).value = 12500;
    ws.getRow(2).getCell(col('gioi_tinh=nu')).value = 15;
    ws.getRow(2).getCell(col('gioi_tinh=nam')).value = 15;
    ws.getRow(3).getCell(col('dan_so')).value = '6.000';
    ws.getRow(3).getCell(col('chi_tieu')).value = 24;
    const body = { filename: 'thiet-ke.xlsx', contentBase64: await xlsxBase64(wb) };
    const preview = await noivu.post<TDesignPreview>(
      `/api/survey-runs/${run.id}/design/preview`,
      body,
    );
    expect(preview.body).toMatchObject({ errors: 0, warnings: 0, equalWeights: false });
    expect(preview.body.rows[1]).toMatchObject({
      code: 'B',
      target: { before: 20, after: 24 },
      population: { before: null, after: 6000 },
    });
    const saved = await noivu.post<TSurveyRun>(`/api/survey-runs/${run.id}/design`, body);
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    expect(saved.body.strata.map((s) => [s.code, s.target, s.population, s.quotas.length])).toEqual(
      [
        ['A', 30, 12500, 2],
        ['B', 24, 6000, 0],
      ],
    );
    run = saved.body;
    const scores = await noivu.get<{ equalWeights: boolean }>(`/api/survey-runs/${run.id}/scores`);
    expect(scores.body.equalWeights).toBe(false);
  });
});

describe('submissions from KoboToolbox / ODK', () => {
  it('locates every bad cell of a CSV (stratum, choice, skip logic) and saves nothing', async () => {
    const skipped = questions.find((q) => q.relevant && drawn[0]!.answers[q.name] === undefined)!;
    expect(skipped, 'a question hidden by skip logic in the first response').toBeDefined();
    const bad = [
      { ...kobo[0]!, stratum: 'Z' },
      { ...kobo[1]!, answers: { ...kobo[1]!.answers, f2_a: 'tốt lắm' } },
      { ...kobo[2]!, answers: { ...drawn[0]!.answers, [skipped.name]: '4' } },
    ];
    const body = { filename: 'kobo.csv', contentBase64: b64(koboCsv(bad)) };
    const preview = await noivu.post<TSubmissionsPreview>(
      `/api/survey-runs/${run.id}/submissions/preview`,
      body,
    );
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body.issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ['UNKNOWN_STRATUM', 2, 'ma_nhom_mau'],
      ['INVALID_ANSWER', 3, 'thu_tuc/f2_a'],
      ['SKIP_LOGIC', 4, `${sectionOf.get(skipped.name)}/${skipped.name}`],
    ]);
    expect(preview.body.issues[1]!.message).toBe(
      'Dòng 3, cột thu_tuc/f2_a: "tốt lắm" không phải phương án của câu "f2_a" (các phương án: 1, 2, 3, 4, 5, dk).',
    );
    const res = expectApiError(
      await noivu.post(`/api/survey-runs/${run.id}/submissions`, body),
      400,
      'IMPORT_INVALID',
    );
    expect(res.message).toContain('chưa lưu phiếu nào');
    expect(await countRows(ctx, 'survey_response where run_id = $1', [run.id])).toBe(0);
  });

  it('imports after the warnings are confirmed; importing again adds nothing', async () => {
    const body = { filename: 'kobo.csv', contentBase64: b64(koboCsv(kobo, 'ghi_chu_them')) };
    const preview = await noivu.post<TSubmissionsPreview>(
      `/api/survey-runs/${run.id}/submissions/preview`,
      body,
    );
    expect(preview.body).toMatchObject({
      source: 'kobo',
      rows: 20,
      alreadyImported: 0,
      errors: 0,
      warnings: 1,
    });
    expect(preview.body.perStratum.map((s) => [s.code, s.count])).toEqual([
      ['A', 12],
      ['B', 8],
    ]);
    expect(preview.body.issues[0]!.message).toContain('"ghi_chu_them"');
    expectApiError(
      await noivu.post(`/api/survey-runs/${run.id}/submissions`, body),
      409,
      'IMPORT_NEEDS_CONFIRMATION',
    );
    const saved = await noivu.post(`/api/survey-runs/${run.id}/submissions`, {
      ...body,
      confirmWarnings: true,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    expect(saved.body).toEqual({ imported: 20, alreadyImported: 0 });
    const again = await noivu.post(`/api/survey-runs/${run.id}/submissions`, {
      ...body,
      confirmWarnings: true,
    });
    expect(again.body).toEqual({ imported: 0, alreadyImported: 20 });
    expect(await countRows(ctx, 'survey_response where run_id = $1', [run.id])).toBe(20);
    const stored = await ctx.database.pool.query<{ value: unknown }>(
      `select a.value from survey_answer a join survey_response p on p.id = a.response_id where p.client_id = $1 and a.question = 'f2_a'`,
      [kobo[0]!.uuid],
    );
    expect(stored.rows[0]!.value).toBe(kobo[0]!.answers.f2_a);
  });

  it('names XLSX columns by letter', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('data');
    ws.addRow(['_uuid', 'ma_nhom_mau', 'tiep_can/f1_a']);
    ws.addRow(['x-1', 'A', 9]);
    const preview = await noivu.post<TSubmissionsPreview>(
      `/api/survey-runs/${run.id}/submissions/preview`,
      {
        filename: 'kobo.xlsx',
        contentBase64: await xlsxBase64(wb),
      },
    );
    expect(
      preview.body.issues.filter((i) => i.severity === 'error').map((i) => [i.row, i.column]),
    ).toContainEqual([2, 'C']);
  });

  it('reads the tally template filled in Excel', async () => {
    const wb = await download(`/api/survey-runs/${run.id}/tally-template`);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Phieu', 'Huong_dan', 'Nhom_mau']);
    const ws = wb.getWorksheet('Phieu')!;
    const header = ws.getRow(1).values as string[];
    for (const [n, r] of drawn.slice(20, 22).entries()) {
      const row = ws.getRow(n + 2);
      row.getCell(header.indexOf('ma_phieu')).value = n + 1;
      row.getCell(header.indexOf('ma_nhom_mau')).value = 'B';
      row.getCell(header.indexOf('ngay')).value = '07/11/2026';
      for (const q of questions) {
        const v = r.answers[q.name];
        if (v !== undefined) row.getCell(header.indexOf(q.name)).value = answerText(v);
      }
    }
    const body = {
      filename: 'kiem-dem.xlsx',
      contentBase64: await xlsxBase64(wb),
      confirmWarnings: true,
    };
    const preview = await noivu.post<TSubmissionsPreview>(
      `/api/survey-runs/${run.id}/submissions/preview`,
      body,
    );
    expect(preview.body).toMatchObject({ source: 'tally', rows: 2, errors: 0 });
    expect((await noivu.post(`/api/survey-runs/${run.id}/submissions`, body)).body).toEqual({
      imported: 2,
      alreadyImported: 0,
    });
    expect((await noivu.post(`/api/survey-runs/${run.id}/submissions`, body)).body).toEqual({
      imported: 0,
      alreadyImported: 2,
    });
  });
});

describe('progress board', () => {
  it('counts responses per stratum and Vietnam day, and quota categories', async () => {
    const res = await xem.get<TRunProgress>(`/api/survey-runs/${run.id}/progress`);
    expect(res.status).toBe(200);
    const p = res.body;
    expect(p).toMatchObject({ target: 54, responses: 22, equalWeights: false });
    expect(p.days).toEqual(['2026-11-05', '2026-11-06', '2026-11-07']);
    const [a, b] = p.strata;
    expect(a!.byDay).toEqual([6, 6, 0]);
    expect(b!.byDay).toEqual([4, 4, 2]);
    const women = kobo.filter((r) => r.stratum === 'A' && r.answers.gioi_tinh === 'nu').length;
    expect(a!.quotas.find((q) => q.value === 'nu')).toEqual({
      question: 'gioi_tinh',
      value: 'nu',
      target: 15,
      label: 'Giới tính của người trả lời: Nữ',
      count: women,
    });
    expect(a!.quotas.reduce((n, q) => n + q.count, 0)).toBe(
      kobo.filter((r) => r.stratum === 'A' && ['nam', 'nu'].includes(String(r.answers.gioi_tinh)))
        .length,
    );
  });

  it('keeps imports to the coordinators of the run unit', async () => {
    const body = { filename: 'kobo.csv', contentBase64: b64(koboCsv(kobo)) };
    expectApiError(
      await xem.post(`/api/survey-runs/${run.id}/submissions/preview`, body),
      403,
      'FORBIDDEN',
    );
    expectApiError(await xa.post(`/api/survey-runs/${run.id}/design/preview`, body), 404);
    expectApiError(await xa.get(`/api/survey-runs/${run.id}/progress`), 404);
  });
});
