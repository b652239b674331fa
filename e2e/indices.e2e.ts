import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, chromiumPath, launch, screenshot } from './browser.ts';

const DEMO_PASSWORD = 'PapiHub@2026';
const NEW_PASSWORD = 'Lanh-Dao-PAPI-2026';
const COORDINATOR_PASSWORD = 'Noi-Vu-PAPI-2026';
const ROOT = path.resolve(import.meta.dirname, '..');
const WIDE = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

/** A full-page screenshot at 1366 px and one at 390 px, back to 1366 px after. */
async function screenshotBoth(page: Page, name: string) {
  await page.waitForTimeout(300);
  await screenshot(page, `${name}-1366`);
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(600);
  await screenshot(page, `${name}-390`);
  await page.setViewportSize(WIDE);
  await page.waitForTimeout(300);
}

/** A synthetic 2025 release of the 34 post-2025 provinces, in the template layout. */
function release2025Csv(names: string[]): string {
  const dims = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'];
  const rows = names.map((name, i) =>
    [name, ...dims.map((_, k) => (3 + ((i * 7 + k * 3) % 61) / 10).toFixed(2)), ''].join(','),
  );
  return ['Tỉnh/thành phố,' + dims.join(',') + ',Tổng điểm', ...rows].join('\n') + '\n';
}

/** The shipped 2023 results in their long layout, relabelled as 2024: a "new" release. */
function release2024Csv(): string {
  const lines = fs
    .readFileSync(path.join(ROOT, 'apps/server/data/papi/agg_province_year.csv'), 'utf8')
    .split(/\r?\n/);
  const header = lines[0]!.split(',');
  const yearAt = header.indexOf('year');
  const rows = lines
    .slice(1)
    .map((line) => line.split(','))
    .filter((cells) => cells[yearAt] === '2023')
    .map((cells) => cells.map((cell, i) => (i === yearAt ? '2024' : cell)).join(','));
  expect(rows).toHaveLength(63);
  return [header.join(','), ...rows].join('\n') + '\n';
}

describe.skipIf(!chromiumPath)('index analytics: ranking, province profile, map', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
    page = await browser.newPage({ viewport: WIDE, acceptDownloads: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('logs in as the provincial leader (first login changes the password)', async () => {
    await page.goto(baseUrl);
    await page.getByLabel('Tên đăng nhập').fill('lanhdao');
    await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByLabel('Mật khẩu hiện tại').fill(DEMO_PASSWORD);
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Xác nhận mật khẩu mới').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByRole('link', { name: 'Chỉ số' }).first().waitFor();
  });

  it('shows the 2023 ranking of all 63 provinces, unassessed ones included', async () => {
    await page.getByRole('link', { name: 'Chỉ số' }).first().click();
    // The latest year is the default.
    await expect
      .poll(() => page.getByLabel('Năm', { exact: true }).first().inputValue(), { timeout: 15_000 })
      .toBe('2023');
    const rows = page.locator('table tbody tr');
    await rows.first().waitFor();
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(63);
    const quangNinh = rows.filter({ hasText: 'Quảng Ninh' });
    await expect.poll(() => quangNinh.textContent()).toContain('Không đánh giá');
    // Unassessed provinces are listed last.
    await expect.poll(() => rows.last().textContent()).toContain('Không đánh giá');
    // Mean, median and the four groups with their ranges and counts (2023: 61 assessed).
    const summary = page.getByTestId('ranking-summary');
    await expect.poll(() => summary.textContent()).toMatch(/Trung bình toàn quốc \d+,\d\d/);
    const bands = (await page.getByTestId('group-bands').textContent()) ?? '';
    expect(bands).toMatch(/Nhóm điểm cao nhất: \d+,\d\d–\d+,\d\d · 16 tỉnh/);
    const counts = [...bands.matchAll(/(\d+) tỉnh/g)].map((m) => Number(m[1]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(61);
    // The user's own province is marked; rank and province stay pinned when scrolling.
    const own = page.locator('[data-own]');
    await expect.poll(() => own.count()).toBe(1);
    expect(await own.textContent()).toContain('Sơn La');
    const pinned = await page
      .getByTestId('ranking-table')
      .locator('tbody tr td')
      .nth(1)
      .evaluate((td) => getComputedStyle(td).position);
    expect(pinned).toBe('sticky');
    // The score change and the rank change are two statements with their own colours.
    const changes = rows.first().getByTestId('rank-change');
    expect(await changes.textContent()).toMatch(/(lên|xuống) \d+ bậc|giữ hạng/);
    await screenshotBoth(page, 'indices-01-ranking-2023');
  });

  it("opens Sơn La's profile with its total in Vietnamese number format", async () => {
    await page.locator('table tbody tr').filter({ hasText: 'Sơn La' }).getByRole('link').click();
    await page.getByRole('heading', { name: 'Tỉnh Sơn La' }).waitFor();
    // 42.3966 → "42,40": comma decimal separator.
    await expect
      .poll(() => page.getByTestId('profile-total').textContent(), { timeout: 15_000 })
      .toBe('42,40');
    await page.getByText('Khoảng cách lên nhóm trên').first().waitFor();
    // Four dimensions below the national median: four listed, and said so.
    await expect
      .poll(() => page.getByTestId('weakest-fewer').textContent())
      .toContain('Chỉ 4 lĩnh vực thấp hơn trung vị toàn quốc');
    // A needed score above the best province is never called feasible.
    const above = page.getByText(/Không khả thi: cao hơn tỉnh tốt nhất cả nước \(\d+,\d\d\)/);
    expect(await above.count()).toBeGreaterThan(0);
    await screenshotBoth(page, 'indices-02-profile-son-la');
  });

  it('draws the map with the Hoàng Sa and Trường Sa archipelagos labelled', async () => {
    await page.goto(`${baseUrl}/indices?year=2023&tab=map`);
    const map = page.getByRole('img', { name: /Bản đồ PAPI 2023/ });
    await map.waitFor();
    // ECharts draws on a canvas: check the labels in the chart's SVG export instead.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Lưu SVG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('ban-do-papi-2023.svg');
    const svg = fs.readFileSync(await download.path(), 'utf8');
    expect(svg).toContain('Quần đảo Hoàng Sa (Đà Nẵng)');
    expect(svg).toContain('Quần đảo Trường Sa (Khánh Hòa)');
    // The legend states each group's range and size; the user's province is named on the map.
    expect(svg).toMatch(/Nhóm điểm cao nhất: \d+,\d\d–\d+,\d\d · 16 tỉnh/);
    expect(svg).toContain('>Sơn La<');
    await page.getByTestId('ranking-summary').waitFor();
    await screenshotBoth(page, 'indices-03-map-2023');
  });

  it('names a merged province part without results and withholds a low-coverage estimate', async () => {
    // Bình Dương was not assessed in 2023; it is now part of TP Hồ Chí Minh (3 old provinces).
    await page.goto(`${baseUrl}/indices?year=2023`);
    await page
      .locator('table tbody tr')
      .filter({ hasText: 'Bình Dương' })
      .getByRole('link')
      .click();
    const table = page.getByTestId('lineage-table');
    await table.waitFor({ timeout: 15_000 });
    const row2023 = table.locator('tbody tr').filter({ hasText: /^2023/ });
    // Equal weights: 2 of 3 have results, 67% < 70%: no combined figure.
    await expect.poll(() => row2023.textContent()).toContain('Không ước tính: chỉ 67%');
    // Population-like weights put the coverage above 70%: a figure, naming what it leaves out.
    await page.getByLabel('Trọng số Hồ Chí Minh').fill('5');
    await expect.poll(() => row2023.textContent()).toContain('86%');
    await expect
      .poll(() => row2023.textContent())
      .toContain('ước tính chưa gồm tỉnh Bình Dương: năm đó không được đánh giá');
    await screenshot(page, 'indices-07-lineage-ho-chi-minh');
  });
});

describe.skipIf(!chromiumPath)('import of a published year and the province report', () => {
  let browser: Browser;
  let page: Page;
  let tmp: string;

  beforeAll(async () => {
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'papihub-import-'));
  });
  afterAll(async () => {
    await browser?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('logs in as the coordinator (first login changes the password)', async () => {
    await page.goto(baseUrl);
    await page.getByLabel('Tên đăng nhập').fill('noivu');
    await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByLabel('Mật khẩu hiện tại').fill(DEMO_PASSWORD);
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(COORDINATOR_PASSWORD);
    await page.getByLabel('Xác nhận mật khẩu mới').fill(COORDINATOR_PASSWORD);
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByRole('link', { name: 'Chỉ số' }).first().waitFor();
  });

  it('imports 2024 from a CSV: preview, confirm the warnings, save, see the ranking', async () => {
    await page.getByRole('link', { name: 'Chỉ số' }).first().click();
    await page.getByRole('link', { name: 'Nhập kết quả công bố' }).click();
    await page.getByRole('heading', { name: 'Nhập kết quả công bố' }).waitFor();
    await page.getByLabel('Năm').fill('2024');
    const file = path.join(tmp, 'papi-2024.csv');
    fs.writeFileSync(file, release2024Csv());
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();

    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 30_000 });
    const text = (await summary.textContent()) ?? '';
    expect(text).toMatch(/Số dòng\s*63/);
    expect(text).toMatch(/Tỉnh khớp\s*63/);
    expect(text).toMatch(/Lỗi\s*0/);
    expect(text).not.toMatch(/Cảnh báo\s*0/);
    // Framework editions by what they are, never by internal code.
    const section = page.getByRole('region', { name: 'Kết quả kiểm tra' });
    expect(await section.textContent()).toContain('khung 8 lĩnh vực (từ 2018)');
    expect(await section.textContent()).not.toContain('papi-2018');
    // Every warning names its province (or, for the whole file, lists them).
    for (const message of await page
      .getByTestId('import-issues')
      .locator('tbody tr td:last-child')
      .allTextContents()) {
      expect(message).toMatch(/^Dòng \d+ \(.+\)|tỉnh\/thành phố không có trong tệp/);
    }
    await page.getByText('các báo cáo phải nộp sau khi công bố').waitFor();
    // Unassessed provinces (no scores) are warnings: saving waits for the confirmation.
    await page.getByTestId('import-issues').getByText('Cảnh báo').first().waitFor();
    expect(await page.getByTestId('import-rows').locator('tbody tr').count()).toBe(63);
    const save = page.getByRole('button', { name: 'Lưu kết quả' });
    expect(await save.isDisabled()).toBe(true);
    await screenshot(page, 'indices-04-import-preview');

    await page.getByLabel('Tôi xác nhận các cảnh báo trên').check();
    await save.click();
    await page.waitForURL(/\/indices\?.*year=2024/, { timeout: 30_000 });
    await expect
      .poll(() => page.getByLabel('Năm', { exact: true }).first().inputValue(), { timeout: 15_000 })
      .toBe('2024');
    const rows = page.locator('table tbody tr');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(63);
    await expect.poll(() => rows.filter({ hasText: 'Sơn La' }).textContent()).toContain('42,40');
    await screenshot(page, 'indices-05-ranking-2024');
  });

  it('draws the 2024 map from the imported results', async () => {
    await page.getByRole('tab', { name: 'Bản đồ' }).click();
    await page.getByRole('img', { name: /Bản đồ PAPI 2024/ }).waitFor({ timeout: 30_000 });
  });

  it("downloads Sơn La's analysis report as Word with its total", async () => {
    await page.getByRole('tab', { name: 'Xếp hạng' }).click();
    await page.locator('table tbody tr').filter({ hasText: 'Sơn La' }).getByRole('link').click();
    await page.getByRole('heading', { name: 'Tỉnh Sơn La' }).waitFor();
    await expect
      .poll(() => page.getByTestId('profile-total').textContent(), { timeout: 15_000 })
      .toBe('42,40');
    await screenshot(page, 'indices-06-profile-report');

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('link', { name: 'Tải báo cáo phân tích (Word)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const saved = path.join(tmp, 'bao-cao.docx');
    await download.saveAs(saved);
    const zip = await JSZip.loadAsync(fs.readFileSync(saved));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('Sơn La');
    expect(xml).toContain('42,40');
  });

  it('imports a 34-province 2025 release: ranking, groups and map of the new provinces', async () => {
    const names = fs
      .readFileSync(path.join(ROOT, 'apps/server/data/admin-units/post2025/provinces.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[1]!);
    expect(names).toHaveLength(34);
    await page.goto(`${baseUrl}/indices/import?index=PAPI`);
    await page.getByLabel('Năm').fill('2025');
    const file = path.join(tmp, 'papi-2025.csv');
    fs.writeFileSync(file, release2025Csv(names));
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 30_000 });
    expect(await summary.textContent()).toMatch(/Tỉnh khớp\s*34/);
    await page.getByRole('button', { name: 'Lưu kết quả' }).click();
    await page.waitForURL(/\/indices\?.*year=2025/, { timeout: 30_000 });
    const rows = page.locator('table tbody tr');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(34);
    const bands = (await page.getByTestId('group-bands').textContent()) ?? '';
    const counts = [...bands.matchAll(/(\d+) tỉnh/g)].map((m) => Number(m[1]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(34);
    await page.getByText('theo địa giới từ ngày 01/07/2025 (34 tỉnh, thành phố)').waitFor();
    await screenshotBoth(page, 'indices-08-ranking-2025');
    await page.getByRole('tab', { name: 'Bản đồ' }).click();
    await page.getByRole('img', { name: /Bản đồ PAPI 2025/ }).waitFor({ timeout: 30_000 });
    await screenshotBoth(page, 'indices-09-map-2025');
  });
});
