import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSurveyRun } from '@papi/contracts';
import { papiCommuneInstrument, type IndexFramework } from '@papi/domain';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SHIPPED_DATA_DIR } from '../../paths.ts';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { countRows, expectApiError } from '../../test/helpers.ts';
import {
  Citizen,
  answer,
  openLink,
  publicInstrument,
  publishedRun,
  startForm,
} from './surveys.public.fixture.ts';

/** Issue #14, collection: the public link, its form, and the abuse controls. */
let ctx: TestContext;
let noivu: TestClient;
let xem: TestClient;
let run: TSurveyRun;
let runToken = '';
let wardToken = '';

const publicRows = () => countRows(ctx, `survey_response where channel = 'public'`);

beforeAll(async () => {
  ctx = await createTestContext();
  [noivu, xem] = await Promise.all([ctx.as('noivu'), ctx.as('xem')]);
  run = await publishedRun(ctx, noivu, publicInstrument('cong_khai_thu'), 'Khảo sát công khai thử');
});
afterAll(() => ctx.close());

describe('public link', () => {
  it('is opened by the coordinator with an unguessable token, per run and per stratum', async () => {
    expectApiError(
      await xem.request('PUT', `/api/survey-runs/${run.id}/public-link`, {
        stratumCode: null,
        open: true,
      }),
      403,
      'FORBIDDEN',
    );
    const opened = await openLink(noivu, run.id, null);
    expect(opened.status).toBe(200);
    runToken = opened.body.publicLink.token!;
    expect(runToken).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(opened.body.publicLink).toEqual({
      token: runToken,
      open: true,
      path: `/khao-sat/${runToken}`,
    });
    const ward = await openLink(noivu, run.id, 'MC');
    wardToken = ward.body.strata.find((s) => s.code === 'MC')!.publicLink.token!;
    expect(wardToken).not.toBe(runToken);
    expect(ward.body.strata.find((s) => s.code === 'DV')!.publicLink.token).toBeNull();
    expectApiError(await openLink(noivu, run.id, 'XX'), 400, 'VALIDATION');
  });

  it('gives the QR code as SVG and PNG of PUBLIC_URL + the path', async () => {
    const svg = await ctx.app.request(`/api/survey-runs/${run.id}/public-link/qr?format=svg`, {
      headers: { cookie: noivu.cookie },
    });
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    expect(await svg.text()).toMatch(/^<svg[^>]*viewBox/);
    const png = await ctx.app.request(
      `/api/survey-runs/${run.id}/public-link/qr?format=png&stratumCode=MC`,
      { headers: { cookie: noivu.cookie } },
    );
    expect(png.headers.get('content-type')).toBe('image/png');
    expect([...new Uint8Array(await png.arrayBuffer()).slice(0, 4)]).toEqual([137, 80, 78, 71]);
    const none = await noivu.get(`/api/survey-runs/${run.id}/public-link/qr?stratumCode=DV`);
    expectApiError(none, 400, 'NO_PUBLIC_LINK');
  });

  it('answers 404 for an unknown token and 410 for a closed link or a closed run', async () => {
    const citizen = new Citizen(ctx);
    expect((await citizen.get('/khao-sat/khongcomaphieunaydauaaaa')).status).toBe(404);
    expect((await citizen.get('/khao-sat/x')).status).toBe(404);
    await openLink(noivu, run.id, 'MC', false);
    const closed = await citizen.get(`/khao-sat/${wardToken}`);
    expect([closed.status, closed.text.includes('Khảo sát đã đóng')]).toEqual([410, true]);
    expect((await citizen.post(`/khao-sat/${wardToken}/phieu`, [])).status).toBe(410);
    const reopened = await openLink(noivu, run.id, 'MC');
    expect(reopened.body.strata.find((s) => s.code === 'MC')!.publicLink.token).toBe(wardToken);
    expect((await citizen.get(`/khao-sat/${wardToken}`)).status).toBe(200);
  });
});

describe('the citizen form', () => {
  it('asks consent first (Decree 13/2023), no name or phone, before any question', async () => {
    const citizen = new Citizen(ctx);
    const consent = await citizen.get(`/khao-sat/${runToken}`);
    expect(consent.text).toContain('Nghị định 13/2023/NĐ-CP');
    expect(consent.text).toContain('không hỏi họ tên, số điện thoại');
    expect(consent.text).not.toContain('name="used"');
    expect(citizen.cookie).toMatch(/^papi_thiet_bi=/);
    const skipped = await citizen.get(`/khao-sat/${runToken}/phieu`);
    expect([skipped.status, skipped.location]).toEqual([303, `/khao-sat/${runToken}`]);
    const notAgreed = await citizen.post(`/khao-sat/${runToken}/phieu`, [['used', 'no']]);
    expect([notAgreed.status, notAgreed.location]).toEqual([303, `/khao-sat/${runToken}`]);
    // Agreed: the form does not repeat the instrument's own consent note.
    await startForm(citizen, runToken);
    const form = await citizen.get(`/khao-sat/${runToken}/phieu?dong_y=1`);
    expect(form.text).toContain('Bạn có làm thủ tục ở xã năm nay không?');
    expect(form.text).not.toContain('Lời đồng ý riêng của bộ câu hỏi');
  });

  it('names each problem on the form, keeps what was answered, and stores nothing', async () => {
    const citizen = new Citizen(ctx);
    const formId = await startForm(citizen, runToken);
    const before = await publicRows();
    const res = await citizen.post(
      `/khao-sat/${runToken}/phieu`,
      answer(formId, [
        ['used', 'yes'],
        ['tuoi', '12'],
      ]),
    );
    expect(res.status).toBe(422);
    expect(res.text).toContain('Phiếu còn 3 chỗ cần sửa');
    expect(res.text).toContain('Bạn hãy chọn xã, phường');
    expect(res.text).toMatch(/id="e-hl">Câu hỏi bắt buộc chưa được trả lời\./);
    expect(res.text).toMatch(/id="e-tuoi">Số nhỏ nhất là 18\./);
    expect(res.text).toMatch(/name="used"\s+value="yes"\s+checked/);
    expect(await publicRows()).toBe(before);
  });

  it('applies the skip logic on the server (a form sent with scripts off)', async () => {
    const citizen = new Citizen(ctx);
    const formId = await startForm(citizen, wardToken);
    // "hl" applies only to those who used a service: answered anyway, it is dropped.
    const res = await citizen.post(
      `/khao-sat/${wardToken}/phieu`,
      answer(formId, [
        ['used', 'no'],
        ['hl', '5'],
        ['gop_y', 'Gọi tôi số 0912 345 678 nhé'],
      ]),
    );
    expect([res.status, res.location]).toEqual([303, `/khao-sat/${wardToken}/cam-on`]);
    const stored = await ctx.database.pool.query<{ question: string; device_id: string }>(
      `select a.question, p.device_id, p.submitted_by, p.source_hash, p.review, s.code
         from survey_response p join survey_answer a on a.response_id = p.id
         join survey_stratum s on s.id = p.stratum_id
        where p.client_id = $1 order by a.question`,
      [formId],
    );
    expect(stored.rows.map((r) => r.question)).toEqual(['gop_y', 'used']);
    expect(stored.rows[0]).toMatchObject({ submitted_by: null, review: null, code: 'MC' });
    expect(stored.rows[0]!.device_id).toBe(citizen.cookie.split('=')[1]);
    expect((stored.rows[0] as unknown as { source_hash: string }).source_hash).toMatch(
      /^[0-9a-f]{32}$/,
    );
    const thanks = await citizen.get(`/khao-sat/${wardToken}/cam-on`);
    expect(thanks.text).toContain('Phiếu của bạn đã được ghi nhận');
  });

  it('counts the answer in the run and its scores', async () => {
    const citizen = new Citizen(ctx);
    const formId = await startForm(citizen, runToken);
    const before = (await noivu.get<TSurveyRun>(`/api/survey-runs/${run.id}`)).body;
    const res = await citizen.post(
      `/khao-sat/${runToken}/phieu`,
      answer(formId, [
        ['nhom', 'DV'],
        ['used', 'yes'],
        ['hl', '4'],
        ['tuoi', '41'],
      ]),
    );
    expect(res.status).toBe(303);
    const after = (await noivu.get<TSurveyRun>(`/api/survey-runs/${run.id}`)).body;
    expect(after.responses).toBe(before.responses + 1);
    expect(after.strata.find((s) => s.code === 'DV')!.responses).toBe(1);
    const scores = await noivu.get<{ strata: { stratum: string; respondents: number }[] }>(
      `/api/survey-runs/${run.id}/scores`,
    );
    expect(scores.body.strata.find((s) => s.stratum === 'DV')!.respondents).toBe(1);
  });

  it('takes one response per device: a second attempt is told kindly it was received', async () => {
    const citizen = new Citizen(ctx);
    const formId = await startForm(citizen, runToken);
    const fields = answer(formId, [
      ['nhom', 'MC'],
      ['used', 'no'],
    ]);
    expect((await citizen.post(`/khao-sat/${runToken}/phieu`, fields)).status).toBe(303);
    const before = await publicRows();
    const again = await citizen.get(`/khao-sat/${runToken}`);
    expect(again.text).toContain('đã nhận phiếu trả lời từ thiết bị này');
    const fresh = [['form_id', crypto.randomUUID()] as [string, string], ...fields.slice(1)];
    const resent = await citizen.post(`/khao-sat/${runToken}/phieu`, fresh);
    expect([resent.status, resent.text.includes('không cần gửi lại')]).toEqual([200, true]);
    // The same form sent twice from another device (copied cookie-less): one row only.
    const replay = await new Citizen(ctx).post(`/khao-sat/${runToken}/phieu`, fields);
    expect(replay.text).toContain('không cần gửi lại');
    expect(await publicRows()).toBe(before);
  });

  it('drops a form whose hidden honeypot field is filled, saying thanks', async () => {
    const citizen = new Citizen(ctx);
    const formId = await startForm(citizen, wardToken);
    const before = await publicRows();
    const fields = answer(formId, [['used', 'no']]).map(([k, v]): [string, string] =>
      k === 'website' ? [k, 'http://spam.example'] : [k, v],
    );
    const res = await citizen.post(`/khao-sat/${wardToken}/phieu`, fields);
    expect([res.status, res.location]).toEqual([303, `/khao-sat/${wardToken}/cam-on`]);
    expect(await publicRows()).toBe(before);
  });

  it('refuses a post from another site', async () => {
    const citizen = new Citizen(ctx);
    const formId = await startForm(citizen, wardToken);
    const res = await citizen.post(
      `/khao-sat/${wardToken}/phieu`,
      answer(formId, [['used', 'no']]),
      { origin: 'https://evil.example', host: 'localhost' },
    );
    expect(res.status).toBe(403);
  });

  it('serves the longest shipped questionnaire (PAPI, commune) under 100 KB gzipped', async () => {
    const framework = JSON.parse(
      readFileSync(path.join(SHIPPED_DATA_DIR, 'indices/papi.json'), 'utf8'),
    ) as IndexFramework;
    const edition = framework.editions.find((e) => e.code === 'papi-2018')!;
    const big = await publishedRun(
      ctx,
      noivu,
      { ...papiCommuneInstrument(edition), code: 'papi_cong_khai' },
      'PAPI công khai',
    );
    const token = (await openLink(noivu, big.id, null)).body.publicLink.token!;
    const phone = new Citizen(ctx, true);
    await phone.get(`/khao-sat/${token}`);
    const form = await phone.get(`/khao-sat/${token}/phieu?dong_y=1`);
    const raw = Buffer.byteLength(form.text);
    console.log(`Phiếu PAPI cấp xã: ${raw} byte HTML, ${form.bytes} byte gzip`);
    expect(form.text).toContain('</html>');
    // The inline skip-logic script runs: its exact bytes are allowed by hash, nothing else.
    const script = /<script>([\s\S]*?)<\/script>/.exec(form.text)![1]!;
    const hash = createHash('sha256').update(script, 'utf8').digest('base64');
    const csp = (await ctx.app.request(`/khao-sat/${token}/phieu?dong_y=1`)).headers.get(
      'content-security-policy',
    )!;
    expect(csp).toContain(`'sha256-${hash}'`);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(form.bytes).toBeLessThan(100 * 1024);
    expect(form.bytes).toBeLessThan(raw / 4);
  });
});
