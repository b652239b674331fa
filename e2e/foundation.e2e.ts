import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, chromiumPath, launch, screenshot } from './browser.ts';

const DEMO_PASSWORD = 'PapiHub@2026';
const NEW_PASSWORD = 'Son-La-PAPI-2026';

describe.skipIf(!chromiumPath)('first login, unit tree and accent-insensitive search', () => {
  let browser: Browser;
  let page: Page;
  // Chromium reports every resource or inline code the Content-Security-Policy blocked.
  const cspViolations: string[] = [];

  beforeAll(async () => {
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) cspViolations.push(message.text());
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows a Vietnamese error for a wrong password', async () => {
    await page.goto(baseUrl);
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('mat-khau-sai-1');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
    await screenshot(page, '01-login-error');
  });

  it('forces a new user to change the password before anything else', async () => {
    await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByLabel('Mật khẩu hiện tại').waitFor();
    await screenshot(page, '02-change-password');

    await page.getByLabel('Mật khẩu hiện tại').fill(DEMO_PASSWORD);
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Xác nhận mật khẩu mới').fill('khac-han-123');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await expect.poll(() => page.textContent('body')).toContain('Mật khẩu xác nhận không khớp.');

    await page.getByLabel('Xác nhận mật khẩu mới').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByRole('link', { name: 'Đơn vị' }).first().waitFor();
    for (const item of [
      'Tổng quan',
      'Chỉ số',
      'Kế hoạch',
      'Việc của tôi',
      'Báo cáo',
      'Giám sát',
      'Quản trị',
    ]) {
      expect(await page.getByRole('link', { name: item }).count()).toBeGreaterThan(0);
    }
    await screenshot(page, '03-dashboard');
  });

  it('browses the province tree down to its communes', async () => {
    await page.getByRole('link', { name: 'Đơn vị' }).first().click();
    const province = page.getByRole('button', { name: /Tỉnh Sơn La/ }).first();
    await province.waitFor();
    await province.click();
    await page.getByText('Phường Chiềng Sinh').first().waitFor();
    await screenshot(page, '04-unit-tree');
  });

  it('finds communes without typing accents', async () => {
    const search = page.getByLabel('Tìm đơn vị');
    await search.fill('moc chau');
    await expect.poll(() => page.getByText('Phường Mộc Châu').count()).toBeGreaterThan(0);
    await search.fill('chieng sinh');
    await expect.poll(() => page.getByText('Phường Chiềng Sinh').count()).toBeGreaterThan(0);
    await screenshot(page, '05-unit-search');
  });

  it('keeps the new password for the next login', async () => {
    const fresh = await browser.newPage();
    await fresh.goto(baseUrl);
    await fresh.getByLabel('Tên đăng nhập').fill('admin');
    await fresh.getByLabel('Mật khẩu', { exact: true }).fill(NEW_PASSWORD);
    await fresh.getByRole('button', { name: 'Đăng nhập' }).click();
    await fresh.getByRole('link', { name: 'Đơn vị' }).first().waitFor();
    await fresh.close();
  });

  it('ran under the Content-Security-Policy without a violation', async () => {
    const res = await page.goto(baseUrl);
    expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByRole('link', { name: 'Tổng quan' }).first().click();
    await page.waitForLoadState('networkidle');
    expect(cspViolations).toEqual([]);
  });
});
