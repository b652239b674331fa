import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TInstrumentDetail, TSurveyRun } from '@papi/contracts';
import {
  drawResponses,
  papiCommuneInstrument,
  scoreRun,
  seededRandom,
  syntheticCommunes,
  type IndexFramework,
  type SurveyInstrument,
} from '@papi/domain';
import { SHIPPED_DATA_DIR } from '../../paths.ts';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { countRows, expectApiError } from '../../test/helpers.ts';

/** Issue #14: instruments as data, XLSForm, runs, idempotent responses, scores with intervals. */
let ctx: TestContext;
let admin: TestClient;
let noivu: TestClient;
let xa: TestClient;
let xem: TestClient;
const ids = { sonla: 0, ward: 0, other: 0 };

const framework = JSON.parse(
  readFileSync(path.join(SHIPPED_DATA_DIR, 'indices/papi.json'), 'utf8'),
) as IndexFramework;
const edition = framework.editions.find((e) => e.code === 'papi-2018')!;
const papi = (): SurveyInstrument => papiCommuneInstrument(edition);
/** A province's own copy of the shipped questionnaire. */
const mine = (): SurveyInstrument => ({ ...papi(), code: 'papi_thu' });

beforeAll(async () => {
  ctx = await createTestContext();
  [admin, noivu, xa, xem] = await Promise.all([
    ctx.as('admin'),
    ctx.as('noivu'),
    ctx.as('xa'),
    ctx.as('xem'),
  ]);
  const q = async (text: string) =>
    (await ctx.database.pool.query<{ id: number }>(text)).rows[0]!.id;
  ids.sonla = await q(`select unit_id as id from app_user where username = 'noivu'`);
  ids.ward = await q(`select unit_id as id from app_user where username = 'xa'`);
  ids.other = await q(
    `select id from admin_unit where parent_id = ${ids.sonla} and id <> ${ids.ward} and valid_to is null order by code limit 1`,
  );
});
afterAll(() => ctx.close());

let instrument: TInstrumentDetail;

describe('instruments', () => {
  it('ships two instruments, published, the PAPI one on the framework in the system', async () => {
    expect(papi().elements.filter((e) => e.parent === null)).toHaveLength(8);
    expect(papi().elements.filter((e) => e.parent !== null)).toHaveLength(28);
    const list = await xa.get<{
      items: { id: number; code: string; latestVersion: number; draftChanged: boolean }[];
    }>('/api/survey-instruments');
    const shipped = list.body.items.filter((i) => ['papi_xa', 'sipas_dich_vu'].includes(i.code));
    expect(shipped.map((i) => [i.code, i.latestVersion, i.draftChanged]).sort()).toEqual([
      ['papi_xa', 1, false],
      ['sipas_dich_vu', 1, false],
    ]);
    const detail = await xa.get<TInstrumentDetail>(
      `/api/survey-instruments/${shipped.find((i) => i.code === 'papi_xa')!.id}`,
    );
    expect(detail.body.draft).toEqual(papi());
  });

  it('is written by the installation coordinators and admins only', async () => {
    for (const client of [xa, xem]) {
      const res = await client.post('/api/survey-instruments', { document: mine() });
      expectApiError(res, 403, 'FORBIDDEN');
    }
    const res = await noivu.post<TInstrumentDetail>('/api/survey-instruments', {
      document: mine(),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    instrument = res.body;
    expect(instrument).toMatchObject({
      code: 'papi_thu',
      latestVersion: null,
      draftChanged: true,
      version: 1,
    });
    expect(
      expectApiError(
        await noivu.post('/api/survey-instruments', { document: papi() }),
        409,
        'CONFLICT',
      ).message,
    ).toContain('papi_xa');
  });

  it('refuses a broken document naming the field, and saves nothing', async () => {
    const bad = papi();
    bad.code = 'khac';
    bad.sections[1]!.questions[0]!.scoring!.element = 'D9.9';
    const before = await countRows(ctx, 'survey_instrument');
    const created = await noivu.post('/api/survey-instruments', { document: bad });
    expect(created.status).toBe(201); // drafts may be unfinished…
    const id = (created.body as { id: number }).id;
    const res = await noivu.post(`/api/survey-instruments/${id}/publish`, { version: 1 });
    const err = expectApiError(res, 400, 'INVALID_INSTRUMENT'); // …publishing checks them
    expect(err.message).toContain('D9.9');
    expect((err.details as { issues: { path: string }[] }).issues[0]!.path).toBe(
      'document.sections[1].questions[0].scoring.element',
    );
    expect(await countRows(ctx, 'survey_instrument_version where instrument_id = $1', [id])).toBe(
      0,
    );
    expect(await countRows(ctx, 'survey_instrument')).toBe(before + 1);
  });

  it('publishes immutable versions; editing the draft makes the next one', async () => {
    const v1 = await noivu.post<TInstrumentDetail>(
      `/api/survey-instruments/${instrument.id}/publish`,
      { version: 1 },
    );
    expect(v1.status).toBe(201);
    expect(v1.body).toMatchObject({ latestVersion: 1, draftChanged: false });
    expectApiError(
      await noivu.post(`/api/survey-instruments/${instrument.id}/publish`, { version: 1 }),
      409,
      'CONFLICT',
    );
    const edited = mine();
    edited.titleVi = 'Phiếu hỏi ý kiến người dân (sửa)';
    expectApiError(
      await noivu.request('PUT', `/api/survey-instruments/${instrument.id}`, {
        version: 9,
        document: edited,
      }),
      409,
      'CONFLICT',
    );
    const put = await noivu.request<TInstrumentDetail>(
      'PUT',
      `/api/survey-instruments/${instrument.id}`,
      { version: 1, document: edited },
    );
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ draftChanged: true, version: 2, latestVersion: 1 });
    const v1doc = await xem.get<{ document: SurveyInstrument }>(
      `/api/survey-instruments/${instrument.id}/versions/1`,
    );
    expect(v1doc.body.document).toEqual(mine());
    const v2 = await admin.post<TInstrumentDetail>(
      `/api/survey-instruments/${instrument.id}/publish`,
      { version: 2 },
    );
    expect(v2.body.versions.map((v) => v.version)).toEqual([2, 1]);
    instrument = v2.body;
  });

  it('round-trips through an XLSForm workbook', async () => {
    const raw = await ctx.app.request(
      `/api/survey-instruments/${instrument.id}/xlsform?version=1`,
      { headers: { cookie: xem.cookie } },
    );
    expect(raw.status).toBe(200);
    const bytes = new Uint8Array(await raw.arrayBuffer());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'survey',
      'choices',
      'settings',
      'papi_elements',
    ]);
    // Back in as the draft: the same document as version 1, so the draft differs from v2.
    const res = await noivu.post<TInstrumentDetail>('/api/survey-instruments/xlsform', {
      filename: 'papi_thu-v1.xlsx',
      contentBase64: Buffer.from(bytes).toString('base64'),
      instrumentId: instrument.id,
      version: instrument.version,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.draft).toEqual(mine());
    // A broken form: located problems, nothing changed.
    wb.getWorksheet('survey')!.getCell('K5').value = 'D42';
    const broken = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const bad = await noivu.post('/api/survey-instruments/xlsform', {
      filename: 'x.xlsx',
      contentBase64: broken,
    });
    const err = expectApiError(bad, 400, 'INVALID_XLSFORM');
    expect(err.message).toContain('dòng 5');
    expect((err.details as { issues: { row: number; column: string }[] }).issues[0]).toMatchObject({
      row: 5,
      column: 'papi_element',
    });
  });
});

describe('runs, responses and scores', () => {
  let run: TSurveyRun;
  const rnd = seededRandom(14);

  it('a unit coordinator creates a run with strata, targets and populations', async () => {
    const body = {
      unitId: ids.sonla,
      instrumentVersionId: instrument.versions.find((v) => v.version === 1)!.id,
      name: 'Khảo sát thử quý IV/2026',
      startsOn: '2026-11-01',
      endsOn: '2026-12-31',
      status: 'open',
      strata: [
        { code: 'A', name: 'Phường Mộc Châu', unitId: ids.ward, target: 40, population: 12000 },
        { code: 'B', name: 'Xã khác', unitId: ids.other, target: 40, population: 4000 },
      ],
    };
    expectApiError(await xa.post('/api/survey-runs', body), 404, 'NOT_FOUND'); // the province is above the ward
    expectApiError(await xem.post('/api/survey-runs', body), 403, 'FORBIDDEN');
    const bad = await noivu.post('/api/survey-runs', {
      ...body,
      strata: [...body.strata, { ...body.strata[0], unitId: 1 }],
    });
    expect(expectApiError(bad, 400, 'VALIDATION').message).toContain('"A" bị trùng');
    const res = await noivu.post<TSurveyRun>('/api/survey-runs', body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    run = res.body;
    expect(run).toMatchObject({ instrumentVersion: 1, responses: 0, status: 'open' });
    expect(run.strata.map((s) => [s.code, s.target, s.population])).toEqual([
      ['A', 40, 12000],
      ['B', 40, 4000],
    ]);
  });

  it('stores a response once, however often the sync is retried', async () => {
    const [answers] = drawResponses(
      papi(),
      syntheticCommunes(papi(), { communes: 1, minSize: 1, maxSize: 1, dontKnow: 0 }, rnd),
      { dontKnow: 0 },
      rnd,
    );
    const body = {
      clientId: '7f6d2f3e-1b8c-4d52-9a57-2c0e7b6a9d10',
      stratumCode: 'A',
      answers: answers!.answers,
    };
    const first = await xa.post<{ id: number; duplicate: boolean }>(
      `/api/survey-runs/${run.id}/responses`,
      body,
    );
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const again = await xa.post<{ id: number; duplicate: boolean }>(
      `/api/survey-runs/${run.id}/responses`,
      body,
    );
    expect(again.body).toEqual({ ...first.body, duplicate: true });
    expect(await countRows(ctx, 'survey_response where run_id = $1', [run.id])).toBe(1);
    // The ward's officer enters for the ward, not for another commune.
    const other = await xa.post(`/api/survey-runs/${run.id}/responses`, {
      ...body,
      clientId: '8f6d2f3e-1b8c-4d52-9a57-2c0e7b6a9d10',
      stratumCode: 'B',
    });
    expectApiError(other, 403, 'FORBIDDEN');
    const invalid = await xa.post(`/api/survey-runs/${run.id}/responses`, {
      ...body,
      clientId: '9f6d2f3e-1b8c-4d52-9a57-2c0e7b6a9d10',
      answers: { ...body.answers, d1_1_a: 'co le' },
    });
    expect(expectApiError(invalid, 400, 'INVALID_RESPONSE').message).toContain('d1_1_a');
    expect(await countRows(ctx, 'survey_response where run_id = $1', [run.id])).toBe(1);
  });

  it('scores each stratum and the whole unit, weighted by population, with intervals', async () => {
    const communes = syntheticCommunes(
      papi(),
      { communes: 2, minSize: 45, maxSize: 45, dontKnow: 0.05 },
      rnd,
    );
    const drawn = drawResponses(papi(), communes, { dontKnow: 0.05 }, rnd).map((r) => ({
      ...r,
      stratum: r.stratum === 'X001' ? 'A' : 'B',
    }));
    let n = 0;
    for (const r of drawn) {
      const clientId = `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
      const res = await noivu.post(`/api/survey-runs/${run.id}/responses`, {
        clientId,
        stratumCode: r.stratum,
        answers: r.answers,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    const res = await xem.get<{
      equalWeights: boolean;
      overall: {
        rows: {
          key: string;
          score: number | null;
          low: number | null;
          high: number | null;
          sufficient: boolean;
          n: number;
        }[];
      };
      strata: { stratum: string; respondents: number }[];
    }>(`/api/survey-runs/${run.id}/scores`);
    expect(res.status).toBe(200);
    expect(res.body.equalWeights).toBe(false);
    expect(res.body.strata.map((s) => [s.stratum, s.respondents])).toEqual([
      ['A', 46],
      ['B', 45],
    ]);
    // The same numbers as the domain's scoring of what was stored.
    const stored = (
      await ctx.database.pool.query<{ code: string; answers: Record<string, never> }>(
        `select s.code, jsonb_object_agg(a.question, a.value) as answers from survey_response p
         join survey_stratum s on s.id = p.stratum_id join survey_answer a on a.response_id = p.id
        where p.run_id = $1 group by p.id, s.code order by p.id`,
        [run.id],
      )
    ).rows.map((r) => ({ stratum: r.code, answers: r.answers }));
    const expected = scoreRun(papi(), stored, { A: 12000, B: 4000 });
    const d1 = res.body.overall.rows.find((r) => r.key === 'D1')!;
    const e1 = expected.overall.rows.find((r) => r.key === 'D1')!;
    expect(d1.score).toBeCloseTo(e1.score!, 10);
    expect(d1.low! < d1.score! && d1.score! < d1.high!).toBe(true);
    const gated = res.body.overall.rows.find((r) => r.key === 'd5_2_a')!;
    expect(gated.sufficient).toBe(gated.n >= 30);
    // Scores are read within the unit: the ward officer does not see the province's run.
    expectApiError(await xa.get(`/api/survey-runs/${run.id}/scores`), 404, 'NOT_FOUND');
  });

  it('edits a run, keeping strata that have answers', async () => {
    const body = {
      version: run.version,
      name: run.name,
      startsOn: run.startsOn,
      endsOn: run.endsOn,
      status: 'closed',
      strata: [run.strata[0]!].map(({ id: _id, responses: _r, ...s }) => s),
    };
    expect(
      expectApiError(
        await noivu.request('PUT', `/api/survey-runs/${run.id}`, body),
        400,
        'VALIDATION',
      ).message,
    ).toContain('Xã khác');
    const ok = await noivu.request<TSurveyRun>('PUT', `/api/survey-runs/${run.id}`, {
      ...body,
      strata: run.strata.map(({ id: _id, responses: _r, ...s }) => s),
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.status).toBe('closed');
    const late = await noivu.post(`/api/survey-runs/${run.id}/responses`, {
      clientId: '11111111-0000-4000-8000-000000000000',
      stratumCode: 'A',
      answers: {},
    });
    expectApiError(late, 409, 'CONFLICT');
    const listed = await xem.get<{ items: TSurveyRun[] }>(`/api/survey-runs?unitId=${ids.sonla}`);
    expect(listed.body.items.map((r) => r.id)).toContain(run.id);
  });
});
