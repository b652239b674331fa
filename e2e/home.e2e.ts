import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { startServer } from '../scripts/test-server.ts';
import { chromiumPath, launch, shootBoth, signedInPage } from './browser.ts';

/** Each role's home at 1366 and 390 px (screenshots in test-results/home-*.png). */
describe.skipIf(!chromiumPath)('home per role, overdue board', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;
  const contexts: BrowserContext[] = [];

  const as = (username: string) => signedInPage(browser, server.baseUrl, username, contexts);

  beforeAll(async () => {
    server = await startServer();
    browser = await launch();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.stop();
  });

  it('a leader sees the index position, plans to sign, overdue by agency and commune, the rate', async () => {
    const page = await as('lanhdao');
    await page.goto(`${server.baseUrl}/`);
    const overdue = page.getByRole('region', { name: 'Việc quá hạn' });
    await overdue.waitFor();
    await expect.poll(() => overdue.getByText('Theo đơn vị cấp dưới').count()).toBe(1);
    await page.getByTestId('home-index-total').waitFor();
    await page.getByTestId('home-rate').waitFor();
    await page.getByRole('region', { name: 'Kế hoạch chờ ký ban hành' }).waitFor();
    // Counted from the first day of use: no 2025 report "367 days overdue".
    expect(await overdue.getByText('01/01/2026').count()).toBe(1);
    await page.waitForTimeout(500);
    await shootBoth(page, 'home-leader');
  });

  it('a coordinator sees the same and what they must act on', async () => {
    const page = await as('noivu');
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('region', { name: 'Việc quá hạn' }).waitFor();
    await page.getByRole('region', { name: 'Báo cáo cấp dưới gửi, chờ tiếp nhận' }).waitFor();
    await page.getByRole('region', { name: 'Báo cáo đơn vị phải gửi' }).waitFor();
    await page.getByTestId('home-index-total').waitFor();
    await page.waitForTimeout(500);
    await shootBoth(page, 'home-coordinator');
  });

  it('an officer sees their work, nothing of other agencies', async () => {
    for (const [username, name] of [
      ['tuphap', 'home-officer-department'],
      ['xa', 'home-officer-commune'],
    ] as const) {
      const page = await as(username);
      // Officers land on My work once per sign-in; the home page is one click away.
      await page.goto(`${server.baseUrl}/`);
      await page.getByRole('link', { name: 'Tổng quan' }).first().click();
      await page.getByRole('region', { name: 'Việc của tôi' }).waitFor();
      expect(await page.getByRole('region', { name: 'Việc quá hạn' }).count()).toBe(0);
      await page.waitForTimeout(800);
      await shootBoth(page, name);
    }
    // A department officer's inbox: no other department's task called "a unit below".
    const page = await as('tuphap');
    await page.goto(`${server.baseUrl}/tasks`);
    await page.getByRole('list', { name: 'Việc của tôi' }).waitFor();
    expect(await page.getByText('Đơn vị cấp dưới').count()).toBe(0);
  }, 180_000);

  it('the overdue board lists reports and plans with a reminder; a province maps its communes', async () => {
    const page = await as('noivu');
    await page.goto(`${server.baseUrl}/monitoring?tab=overdue`);
    const others = page.getByTestId('overdue-others');
    await others.waitFor();
    await others.getByRole('button', { name: 'Nhắc' }).first().click();
    await page.getByText(/Đã gửi nhắc nhở đến/).waitFor();
    await shootBoth(page, 'monitoring-overdue');
    await page.goto(`${server.baseUrl}/monitoring`);
    // Sơn La's communes and wards (maps/communes/14.topo.json), not the national map.
    const mapLoaded = page.waitForResponse((r) => r.url().endsWith('/maps/communes/14.topo.json'));
    const communeMap = page.getByTestId('commune-rate-map');
    await communeMap.getByRole('img', { name: /Tình trạng nộp báo cáo cấp xã/ }).waitFor();
    expect((await mapLoaded).status()).toBe(200);
    expect(await communeMap.locator('canvas').count()).toBeGreaterThan(0);
    expect(await page.getByRole('img', { name: /^Tỷ lệ nộp báo cáo/ }).count()).toBe(0);
    await page.waitForTimeout(500);
    await shootBoth(page, 'monitoring-reporting-province');
  }, 180_000);
});
