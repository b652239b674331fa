import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TPublicPageSetting } from '@papi/contracts';
import { createApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import type { TestClient, TestContext } from '../../test/harness.ts';
import { expectApiError } from '../../test/helpers.ts';
import { agencyOf, issuedPlan } from '../execution/execution.fixtures.ts';
import { SECRET, buildWorld, ids } from '../surveys/surveys.results.world.ts';
import { findSoffice } from '../indices/report/report.pdf.ts';
import { forgetPublicPages } from './transparency.cache.ts';
import { publicFileStats } from './transparency.downloads.ts';
import { DEFAULT_PUBLIC_PAGE } from './transparency.settings.ts';
import { docxParagraphs, regions, view, visibleText } from './transparency.fixture.ts';

/** Issue #15: the public transparency page exposes issued documents and aggregates only. */
let ctx: TestContext;
let noivu: TestClient;
let xem: TestClient;
let admin: TestClient;
let planId = 0;
let draftId = 0;
const DRAFT_TITLE = 'Dự thảo chưa ban hành không được công khai';

const put = (client: TestClient, s: TPublicPageSetting) =>
  client.request<TPublicPageSetting>('PUT', '/api/settings/public-page', s);
const q = (text: string, params: unknown[] = []) => ctx.database.pool.query(text, params);

beforeAll(async () => {
  ({ ctx, noivu, xem } = await buildWorld());
  admin = await ctx.as('admin');
  const leader = await ctx.as('lanhdao');
  const lead = await agencyOf(ctx, 'tuphap');
  planId = (
    await issuedPlan(
      ctx,
      { coordinator: noivu, leader },
      ids.sonla,
      2026,
      [
        { lead, deadline: { kind: 'date', date: '2026-03-31' }, dimension: 'D1' },
        { lead, deadline: { kind: 'date', date: '2026-12-31' }, dimension: 'D2' },
      ],
      lead,
    )
  ).planId;
  const draft = await noivu.post<{ id: number }>('/api/plans', {
    unitId: ids.sonla,
    planType: 'improvement',
    year: 2026,
    title: DRAFT_TITLE,
    period: { from: '2026-01-01', to: '2026-12-31' },
  });
  expect(draft.status, JSON.stringify(draft.body)).toBe(201);
  draftId = draft.body.id;
  // The world's 2025 result scores three dimensions: give it all eight, as published.
  const eight = Object.fromEntries(
    ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'].map((d) => [d, 5.5]),
  );
  await q(
    `update index_result set scores = $1 where release_id in
       (select id from index_release where framework_code = 'PAPI' and year = 2025)`,
    [JSON.stringify(eight)],
  );
  // Contact details of officials exist in the database; none may reach the page.
  await q(`update app_user set email = username || '@sonla.gov.vn'`);
}, 180_000);
afterAll(() => ctx.close());

describe('the public page', () => {
  it('shows the province with every section, gzipped under 100 KB, cacheable with an ETag', async () => {
    const { res, bytes, text } = await view(ctx, '/cong-khai');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    expect(bytes.length).toBeLessThan(100 * 1024);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-/);
    const page = visibleText(text);
    expect(page).toContain('Tỉnh Sơn La');
    expect(page).toMatch(
      /Số \d+\/KH-UBND, ban hành ngày \d\d\/\d\d\/2026; người ký: Nguyễn Văn An/,
    );
    expect(page).toContain('8 nhiệm vụ'); // one per dimension: two given, six filled
    expect(page).toMatch(/1 quá hạn/); // D1 was due 31/03/2026 and is open
    expect(page).toContain('Tỷ lệ gửi báo cáo của các xã, phường');
    expect(page).toMatch(/2025 44 \d+\/\d+/); // the province's own official 2025 result
    expect(page).toContain('Khảo sát PAPI cấp xã 2026');

    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await view(ctx, '/cong-khai', { 'if-none-match': etag });
    expect(again.res.status).toBe(304);
    expect(again.bytes.length).toBe(0);
    const plain = await ctx.app.request('/cong-khai');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect((await plain.text()).length).toBeGreaterThan(bytes.length);
  });

  it('lists every region it exposes: these sections, these columns, these links, no data attributes', async () => {
    const { text } = await view(ctx, '/cong-khai');
    const r = regions(text);
    expect(r.sections).toEqual([
      'ke-hoach',
      'tien-do',
      'bao-cao',
      'chi-so',
      'khao-sat',
      'phan-anh',
    ]);
    expect(r.columns).toEqual(
      [
        'Điểm',
        'Điểm tổng',
        'Đang thực hiện',
        'Hoàn thành',
        'Khoảng tin cậy 95%',
        'Lĩnh vực',
        'Năm',
        'Nhóm',
        'Nội dung',
        'Quá hạn',
        'Tình trạng',
        'Tổng',
        'Xã, phường',
        'Xếp hạng',
      ].sort(),
    );
    for (const link of r.links)
      expect(link).toMatch(
        /^(#noi-dung|\/cong-khai(\/[a-z0-9-]+(\/(ke-hoach\/\d+\.(docx|pdf)|phan-anh|gui-phan-anh))?)?)$/,
      );
    expect(r.attributes.filter((a) => a.startsWith('data-'))).toEqual([]);
    // Every unit linked is a current unit of this installation (Sơn La), never a district.
    const slugs = [
      ...new Set(r.links.flatMap((l) => /^\/cong-khai\/([a-z0-9-]+)$/.exec(l)?.[1] ?? [])),
    ];
    expect(slugs.length).toBe(75);
    for (const slug of slugs.slice(0, 5))
      expect((await view(ctx, `/cong-khai/${slug}`)).res.status).toBe(200);
  });

  it('never shows drafts, users, contact details or raw answers', async () => {
    const users = (await q(`select full_name, email from app_user`)).rows as {
      full_name: string;
      email: string;
    }[];
    for (const path of ['/cong-khai', '/cong-khai/phuong-moc-chau']) {
      const { text } = await view(ctx, path);
      const page = visibleText(text);
      expect(page).not.toContain(DRAFT_TITLE);
      expect(text).not.toContain(`/ke-hoach/${draftId}.`);
      expect(text).not.toContain(SECRET);
      expect(page).not.toMatch(/@/);
      expect(page).not.toMatch(/\b0\d{2,3}[ .]?\d{3}[ .]?\d{3,4}\b/);
      // Signers of issued documents are public; no other account's name is.
      for (const u of users.filter((x) => x.full_name !== 'Nguyễn Văn An'))
        expect(page, u.full_name).not.toContain(u.full_name);
      expect(page).not.toMatch(/Huyện |Thành phố Sơn La/);
    }
    expect((await view(ctx, `/cong-khai/tinh-son-la/ke-hoach/${draftId}.docx`)).res.status).toBe(
      404,
    );
  });

  it('gives an issued plan as Word, only from its own unit', async () => {
    const { res, bytes } = await view(ctx, `/cong-khai/tinh-son-la/ke-hoach/${planId}.docx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/wordprocessingml/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="Ke hoach/);
    const paragraphs = await docxParagraphs(bytes);
    expect(paragraphs.join('\n')).toContain('Nguyễn Văn An');
    expect((await view(ctx, `/cong-khai/phuong-moc-chau/ke-hoach/${planId}.docx`)).res.status).toBe(
      404,
    );
    expect((await view(ctx, `/cong-khai/tinh-son-la/ke-hoach/${planId}.exe`)).res.status).toBe(404);
  });

  it('answers 404 for units outside the installation and district-era units', async () => {
    const other = (
      await q(`select c.code from admin_unit c join admin_unit p on p.id = c.parent_id
                where c.era = 'post2025' and c.level = 'commune' and p.code <> '14' limit 1`)
    ).rows[0] as { code: string };
    const district = (
      await q(`select d.code from admin_unit d join admin_unit p on p.id = d.parent_id
                where d.era = 'pre2025' and d.level = 'district' and p.code = '14' limit 1`)
    ).rows[0] as { code: string };
    const ward = (await q(`select code from admin_unit where id = $1`, [ids.ward])).rows[0] as {
      code: string;
    };
    expect((await view(ctx, `/cong-khai/${other.code}`)).res.status).toBe(404);
    expect((await view(ctx, `/cong-khai/${district.code}`)).res.status).toBe(404);
    expect((await view(ctx, '/cong-khai/thanh-pho-ha-noi')).res.status).toBe(404);
    const byCode = await view(ctx, `/cong-khai/${ward.code}`);
    expect(byCode.res.status).toBe(200);
    expect(visibleText(byCode.text)).toContain('Phường Mộc Châu');
    expect(visibleText(byCode.text)).toContain('Chỉ số PAPI được đo và công bố theo tỉnh');
    expect(visibleText(byCode.text)).toMatch(
      /Tình hình gửi báo cáo .*, hạn \d\d\/\d\d\/2026 Chưa nộp \(quá hạn\)/,
    );
  });
});

describe('settings', () => {
  it("are set by the top unit's admins and coordinators only, audited, validated", async () => {
    expectApiError(await put(xem, DEFAULT_PUBLIC_PAGE), 403, 'FORBIDDEN');
    const bad = await xem.request('PUT', '/api/settings/public-page', { enabled: 'có' });
    expect(bad.status).toBe(400);
    const audits = async () =>
      Number(
        (await q(`select count(*) from audit_log where entity_id = 'public_page'`)).rows[0]!.count,
      );
    const before = await audits();
    const hidden = {
      enabled: true,
      sections: { ...DEFAULT_PUBLIC_PAGE.sections, plans: false, surveys: false, feedback: false },
    };
    const res = await put(noivu, hidden);
    expect(res.status).toBe(200);
    expect(await audits()).toBe(before + 1);
    expect(
      (await xem.get<TPublicPageSetting>('/api/settings/public-page')).body.sections.plans,
    ).toBe(false);
  });

  it('hides the sections turned off, and their downloads', async () => {
    const { text } = await view(ctx, '/cong-khai');
    expect(regions(text).sections).toEqual(['tien-do', 'bao-cao', 'chi-so']);
    expect(text).not.toContain('/phan-anh');
    expect(text).not.toContain('Khảo sát PAPI cấp xã');
    expect((await view(ctx, `/cong-khai/tinh-son-la/ke-hoach/${planId}.docx`)).res.status).toBe(
      404,
    );
  });

  it('turns the page off (404), still previewed by an admin with the session, never by others', async () => {
    expect((await put(admin, { ...DEFAULT_PUBLIC_PAGE, enabled: false })).status).toBe(200);
    const off = await view(ctx, '/cong-khai');
    expect(off.res.status).toBe(404);
    expect(visibleText(off.text)).toContain('chưa được công bố');
    expect((await view(ctx, '/cong-khai/phuong-moc-chau')).res.status).toBe(404);
    expect((await view(ctx, '/cong-khai?xem-truoc=1')).res.status).toBe(404);
    expect((await view(ctx, '/cong-khai?xem-truoc=1', { cookie: xem.cookie })).res.status).toBe(
      404,
    );
    const preview = await view(ctx, '/cong-khai?xem-truoc=1', { cookie: admin.cookie });
    expect(preview.res.status).toBe(200);
    expect(preview.res.headers.get('cache-control')).toBe('private, no-store');
    expect(visibleText(preview.text)).toContain('Trang công khai đang tắt');
    expect((await put(admin, DEFAULT_PUBLIC_PAGE)).status).toBe(200);
    expect((await view(ctx, '/cong-khai')).res.status).toBe(200);
  });
});

describe('index lineage', () => {
  it('names the predecessor province for results up to 2024 when the new one has none', async () => {
    await q(`delete from index_result where release_id in
               (select id from index_release where framework_code = 'PAPI' and year = 2025)`);
    await q(`delete from index_release where framework_code = 'PAPI' and year = 2025`);
    forgetPublicPages();
    // The indices cache rechecks its stamp after a second of elapsed time.
    await new Promise((r) => setTimeout(r, 1100));
    const page = visibleText((await view(ctx, '/cong-khai')).text);
    expect(page).toContain('Từ ngày 01/07/2025 chưa có kết quả PAPI mới của Tỉnh Sơn La');
    expect(page).toMatch(/2023 42,4 30\/61 Nhóm điểm trung bình cao/);
  });
});

describe('PDF', () => {
  it('offers Word only where LibreOffice is missing, and says so', async () => {
    const app = createApp(
      ctx.database,
      loadConfig({ DATA_DIR: ctx.dataDir, SOFFICE_PATH: 'none' }),
    );
    const page = visibleText(await (await app.request('/cong-khai')).text());
    expect(page).toContain('Tải bản Word (.docx)');
    expect(page).not.toContain('Tải bản PDF');
    expect(page).toContain('Máy chủ chưa cài LibreOffice nên chỉ có bản Word.');
    expect((await app.request(`/cong-khai/tinh-son-la/ke-hoach/${planId}.pdf`)).status).toBe(404);
  });

  it.skipIf(!findSoffice(undefined))(
    'converts an issued plan to PDF once through LibreOffice',
    async () => {
      const converted = publicFileStats.converted;
      const first = await view(ctx, `/cong-khai/tinh-son-la/ke-hoach/${planId}.pdf`);
      expect(first.res.status).toBe(200);
      expect(first.res.headers.get('content-type')).toBe('application/pdf');
      expect(Buffer.from(first.bytes.subarray(0, 4)).toString()).toBe('%PDF');
      const again = await view(ctx, `/cong-khai/tinh-son-la/ke-hoach/${planId}.pdf`);
      expect(again.bytes).toEqual(first.bytes);
      // Kept: the second answer converts nothing (a conversion takes seconds).
      expect(publicFileStats.converted).toBe(converted + 1);
    },
    180_000,
  );
});

describe('load', () => {
  it('limits one address to PUBLIC_PAGE_RATE_LIMIT views a minute (429)', async () => {
    const app = createApp(
      ctx.database,
      loadConfig({ DATA_DIR: ctx.dataDir, PUBLIC_PAGE_RATE_LIMIT: '3' }),
    );
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await app.request('/cong-khai')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await app.request('/cong-khai');
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('renders once for many requests at once', async () => {
    forgetPublicPages();
    const { publicPageStats } = await import('./transparency.cache.ts');
    const before = { ...publicPageStats };
    const all = await Promise.all(Array.from({ length: 20 }, () => view(ctx, '/cong-khai')));
    expect(new Set(all.map((x) => x.res.headers.get('etag'))).size).toBe(1);
    expect(publicPageStats.rendered - before.rendered).toBe(1);
    expect(publicPageStats.reused - before.reused).toBe(19);
  });
});
