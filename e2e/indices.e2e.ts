import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, chromiumPath, launch, screenshot } from './browser.ts';

const DEMO_PASSWORD = 'PapiHub@2026';
const NEW_PASSWORD = 'Lanh-Dao-PAPI-2026';

describe.skipIf(!chromiumPath)('index analytics: ranking, province profile, map', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
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
    await screenshot(page, 'indices-01-ranking-2023');
  });

  it("opens Sơn La's profile with its total in Vietnamese number format", async () => {
    await page.locator('table tbody tr').filter({ hasText: 'Sơn La' }).getByRole('link').click();
    await page.getByRole('heading', { name: 'Tỉnh Sơn La' }).waitFor();
    // 42.3966 → "42,40": comma decimal separator.
    await expect
      .poll(() => page.getByTestId('profile-total').textContent(), { timeout: 15_000 })
      .toBe('42,40');
    await page.getByText('Khoảng cách lên nhóm trên').first().waitFor();
    await screenshot(page, 'indices-02-profile-son-la');
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
    await screenshot(page, 'indices-03-map');
  });
});
