import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TPublicPageSetting } from '@papi/contracts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import type { TestClient } from '../../test/client.ts';
import { countRows, expectApiError } from '../../test/helpers.ts';
import {
  PNG_1PX,
  UNIT,
  codeOf,
  idOf,
  optionValue,
  sendPublic,
  submitForm,
  type Detail,
} from './feedback.fixture.ts';

/** Issue #15, feedback: the citizen's pages, the handling workflow, what the public sees. */
let ctx: TestContext;
let xa: TestClient;
let lanhdaoxa: TestClient;
let tuphap: TestClient;
let noivu: TestClient;
let formHtml = '';
let wardCode = '';

const CITIZEN_TEXT =
  'Tôi tên là Nguyễn Văn Bình, đường Tô Hiệu ngập nước mỗi khi mưa, gọi 0912 345 678 hoặc binh.nv@gmail.com, CCCD 001203004567.';
const ANSWER =
  'UBND phường đã khảo sát, sẽ nạo vét cống trong tháng 12. Ông Nguyễn Văn Bình liên hệ cán bộ qua 0987.654.321 hoặc diachinh@mocchau.gov.vn.';

beforeAll(async () => {
  ctx = await createTestContext();
  [xa, lanhdaoxa, tuphap, noivu] = await Promise.all([
    ctx.as('xa'),
    ctx.as('lanhdaoxa'),
    ctx.as('tuphap'),
    ctx.as('noivu'),
  ]);
  formHtml = (await sendPublic(ctx, `/cong-khai/${UNIT}/gui-phan-anh`)).text;
});
afterAll(() => ctx.close());

describe('citizen submits feedback', () => {
  it('shows the form with the consent text, a honeypot and a file input', async () => {
    expect(formHtml).toContain('Nghị định 13/2023/NĐ-CP');
    expect(formHtml).toContain('name="website"');
    expect(formHtml).toContain('enctype="multipart/form-data"');
    expect((await sendPublic(ctx, '/cong-khai/99999/gui-phan-anh')).status).toBe(404);
  });

  it('stores it with a photo, routes it to the ward committee and gives a code and a QR', async () => {
    const place = optionValue(formHtml, 'Phường Mộc Châu');
    const res = await submitForm(ctx, {
      place,
      text: CITIZEN_TEXT,
      contact: '0912 345 678',
      files: [{ name: 'anh.png', bytes: PNG_1PX, type: 'image/png' }],
    });
    expect(res.status, res.text).toBe(303);
    wardCode = codeOf(res.location);
    expect(wardCode).toMatch(/^PA-2026-[0-9A-HJKMNP-TV-Z]{12}$/);
    const page = await sendPublic(ctx, res.location!);
    expect(page.text).toContain(wardCode);
    expect(page.text).toMatch(/<svg[^>]*viewBox/);
    expect(page.text).toContain('Đang xử lý');
    const row = await ctx.database.pool.query(
      `select f.status, f.due_on::text as due_on, a.name, f.contact,
              (select count(*)::int from feedback_file where feedback_id = f.id) as files
         from feedback f join agency a on a.id = f.assignee_agency_id where f.code = $1`,
      [wardCode],
    );
    // 25/11/2026 + 10 working days (no holiday in between).
    expect(row.rows[0]).toMatchObject({ status: 'assigned', due_on: '2026-12-09', files: 1 });
    expect(row.rows[0].name).toMatch(/Ủy ban nhân dân phường Mộc Châu/i);
    expect(await countRows(ctx, `audit_log where entity = 'feedback'`)).toBe(1);
  });

  it('opens only under the installation’s current units (code or readable name) while the section is on', async () => {
    expect((await sendPublic(ctx, '/cong-khai/phuong-moc-chau/gui-phan-anh')).status).toBe(200);
    // Hà Nội (01) and its Ba Đình ward (00004) belong to another installation.
    expect((await sendPublic(ctx, '/cong-khai/01/gui-phan-anh')).status).toBe(404);
    expect((await sendPublic(ctx, '/cong-khai/00004/phan-anh')).status).toBe(404);
    const setting = (await noivu.get<TPublicPageSetting>('/api/settings/public-page')).body;
    const off = { ...setting, sections: { ...setting.sections, feedback: false } };
    expect((await noivu.request('PUT', '/api/settings/public-page', off)).status).toBe(200);
    expect((await sendPublic(ctx, `/cong-khai/${UNIT}/gui-phan-anh`)).status).toBe(404);
    expect((await sendPublic(ctx, `/cong-khai/${UNIT}/phan-anh`)).status).toBe(404);
    expect((await noivu.request('PUT', '/api/settings/public-page', setting)).status).toBe(200);
    expect((await sendPublic(ctx, `/cong-khai/${UNIT}/gui-phan-anh`)).status).toBe(200);
  });

  it('gives the first code back for the same text from the same address', async () => {
    const place = optionValue(formHtml, 'Phường Mộc Châu');
    const again = await submitForm(ctx, { place, text: CITIZEN_TEXT });
    expect(codeOf(again.location)).toBe(wardCode);
    expect(await countRows(ctx, 'feedback')).toBe(1);
  });

  it('refuses without consent, with a program renamed .png, from another site; drops a honeypot', async () => {
    const noConsent = await submitForm(ctx, {
      consent: false,
      text: 'Nội dung khác hẳn, đủ dài để gửi.',
    });
    expect(noConsent.status).toBe(422);
    expect(noConsent.text).toContain('Bạn cần đồng ý với việc xử lý dữ liệu');
    const exe = await submitForm(ctx, {
      text: 'Một nội dung khác nữa, kèm tệp lạ.',
      files: [
        { name: 'anh.png', bytes: Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), type: 'image/png' },
      ],
    });
    expect(exe.status).toBe(422);
    expect(exe.text).toContain('anh.png');
    const doc = await submitForm(ctx, {
      text: 'Nội dung thứ ba, kèm tệp Word.',
      files: [{ name: 'thu.docx', bytes: Buffer.from('PK\x03\x04'), type: 'application/zip' }],
    });
    expect(doc.text).toContain('chỉ nhận ảnh');
    const foreign = await submitForm(ctx, {}, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    const robot = await submitForm(ctx, { website: 'http://spam.example' });
    expect(robot.status).toBe(303);
    expect(await countRows(ctx, 'feedback')).toBe(1);
  });
});

describe('handling', () => {
  let id = 0;
  const detail = (c: TestClient) => c.get<Detail>(`/api/feedback/${id}`);

  it('shows the case to the ward and the province, not to another agency', async () => {
    id = await idOf(ctx, wardCode);
    const list = await xa.get<{ items: { code: string }[]; total: number }>('/api/feedback');
    expect(list.body.items.map((i) => i.code)).toEqual([wardCode]);
    expect((await detail(xa)).body.contact).toBe('0912 345 678');
    expect((await detail(xa)).body.can).toMatchObject({ draft: true, approve: false });
    expect((await detail(noivu)).status).toBe(200);
    expectApiError(await detail(tuphap), 404, 'NOT_FOUND');
    expect((await tuphap.get<{ total: number }>('/api/feedback')).body.total).toBe(0);
  });

  it('lets the officer draft, keeps the draft off the public pages, the leader approves', async () => {
    const version = (await detail(xa)).body.version;
    expectApiError(
      await lanhdaoxa.post(`/api/feedback/${id}/approve`, { version, publish: true }),
      409,
    );
    const drafted = await xa.post<Detail>(`/api/feedback/${id}/draft`, { version, answer: ANSWER });
    expect(drafted.status).toBe(200);
    expect(drafted.body.status).toBe('drafted');
    const tracking = await sendPublic(ctx, `/cong-khai/${UNIT}/phan-anh/${wardCode}`);
    expect(tracking.text).toContain('Đang xử lý');
    expect(tracking.text).not.toContain('nạo vét');
    expect(tracking.text).not.toContain('0912');
    expect((await sendPublic(ctx, `/cong-khai/${UNIT}/phan-anh`)).text).not.toContain('nạo vét');
    expectApiError(
      await xa.post(`/api/feedback/${id}/approve`, {
        version: drafted.body.version,
        publish: true,
      }),
      403,
      'FORBIDDEN',
    );
    const approved = await lanhdaoxa.post<Detail>(`/api/feedback/${id}/approve`, {
      version: drafted.body.version,
      publish: true,
    });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      status: 'answered',
      published: true,
      answeredOn: '2026-11-25',
    });
    expect(approved.body.steps.map((s) => s.action)).toEqual([
      'submit',
      'assign',
      'draft',
      'approve',
    ]);
  });

  it('publishes the answer masked: no name, phone, e-mail or ID number', async () => {
    const list = (await sendPublic(ctx, `/cong-khai/${UNIT}/phan-anh`)).text;
    expect(list).toContain('nạo vét');
    for (const secret of [
      'Bình',
      '0912',
      '345 678',
      'binh.nv',
      '001203004567',
      '0987',
      'diachinh@',
    ])
      expect(list).not.toContain(secret);
    const tracking = await sendPublic(ctx, `/cong-khai/${UNIT}/phan-anh/${wardCode.toLowerCase()}`);
    expect(tracking.text).toContain('Đã trả lời');
    // The answer's paragraph keeps its line breaks and starts with the text itself.
    expect(tracking.text).toContain('data-testid="answer">UBND phường đã khảo sát');
    expect(tracking.text).not.toContain('0987');
  });

  it('takes a rating only with the right code, once', async () => {
    const rate = (code: string, unit = UNIT) =>
      sendPublic(ctx, `/cong-khai/${unit}/phan-anh/${code}/danh-gia`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ diem: '4', nhan_xet: 'Trả lời rõ ràng.' }).toString(),
      });
    const wrong = wardCode.slice(0, -1) + (wardCode.endsWith('0') ? '1' : '0');
    expect((await rate(wrong)).status).toBe(404);
    expect((await rate(wardCode, '01')).status).toBe(404);
    expect(await countRows(ctx, 'feedback where rating is not null')).toBe(0);
    expect((await rate(wardCode)).status).toBe(303);
    expect((await rate(wardCode)).status).toBe(422);
    expect((await detail(lanhdaoxa)).body).toMatchObject({
      rating: 4,
      ratingComment: 'Trả lời rõ ràng.',
    });
  });
});

describe('routing by the coordinator, transfers and statistics', () => {
  it('routes an unplaced case, transfers with a reason shown to the citizen', async () => {
    const res = await submitForm(ctx, {
      text: 'Bảng niêm yết thủ tục ở bộ phận một cửa đã cũ, thiếu nhiều thủ tục mới.',
      publicAllowed: false,
    });
    const code = codeOf(res.location);
    const id = await idOf(ctx, code);
    const d = (await noivu.get<Detail>(`/api/feedback/${id}`)).body;
    expect(d.status).toBe('received');
    const tp = d.agencies.find((a) => a.name.startsWith('Sở Tư pháp'))!;
    const nv = d.agencies.find((a) => a.name.startsWith('Sở Nội vụ'))!;
    expectApiError(
      await xa.post(`/api/feedback/${id}/assign`, { version: d.version, agencyId: tp.id }),
      404,
    );
    const assigned = await noivu.post<Detail>(`/api/feedback/${id}/assign`, {
      version: d.version,
      agencyId: tp.id,
    });
    expect(assigned.body.assignee?.name).toBe(tp.name);
    expectApiError(
      await tuphap.post(`/api/feedback/${id}/transfer`, {
        version: assigned.body.version,
        agencyId: nv.id,
        reason: 'x',
      }),
      400,
      'VALIDATION',
    );
    const moved = await tuphap.post<Detail>(`/api/feedback/${id}/transfer`, {
      version: assigned.body.version,
      agencyId: nv.id,
      reason: 'Thuộc thẩm quyền Sở Nội vụ',
    });
    expect(moved.status).toBe(200);
    const page = await sendPublic(ctx, `/cong-khai/${UNIT}/phan-anh/${code}`);
    expect(page.text).toContain('Chuyển cơ quan khác');
    expect(page.text).toContain('Thuộc thẩm quyền Sở Nội vụ');
    // Communes appear by their People's Committee only.
    expect(d.agencies.some((a) => /^Ủy ban Mặt trận.*phường/.test(a.name))).toBe(false);
    // Sở Tư pháp no longer holds it.
    expectApiError(await tuphap.get(`/api/feedback/${id}`), 404);
  });

  it('counts per agency: received, on time, satisfaction', async () => {
    const stats = await noivu.get<{
      rows: { name: string; received: number; onTime: number; satisfaction: number | null }[];
    }>('/api/feedback-stats');
    const ward = stats.body.rows.find((r) => /Mộc Châu/.test(r.name))!;
    expect(ward).toMatchObject({ received: 1, onTime: 1, satisfaction: 4 });
    expect(stats.body.rows.find((r) => r.name.startsWith('Sở Nội vụ'))?.received).toBe(1);
  });
});

describe('due dates and limits', () => {
  it('skips holidays in the due date, with the unit’s own number of days', async () => {
    expect((await noivu.request('PUT', '/api/feedback-settings', { answerDays: 5 })).status).toBe(
      200,
    );
    expectApiError(await xa.request('PUT', '/api/feedback-settings', { answerDays: 5 }), 403);
    await ctx.database.pool.query(
      `insert into holiday (date, name, kind) values ('2026-11-30', 'Nghỉ thử', 'off'), ('2026-12-01', 'Nghỉ thử', 'off')`,
    );
    const res = await submitForm(ctx, { text: 'Đèn đường khu phố 3 hỏng đã hai tháng chưa sửa.' });
    const r = await ctx.database.pool.query(
      'select due_on::text as d from feedback where code = $1',
      [codeOf(res.location)],
    );
    // 26, 27/11, (28–29 weekend, 30/11 and 01/12 off) 02, 03, 04/12.
    expect(r.rows[0].d).toBe('2026-12-04');
  });

  it('answers 429 with Retry-After once an address posts too often', async () => {
    let last = { status: 0, headers: new Headers() };
    for (let i = 0; i < 12 && last.status !== 429; i++)
      last = await submitForm(ctx, { consent: false, text: `Gửi lặp lần ${i} để thử giới hạn.` });
    expect(last.status).toBe(429);
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
