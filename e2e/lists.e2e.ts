import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromiumPath, launch, screenshot } from './browser.ts';
import { apiSession, browserCookie } from '../scripts/web-session.ts';
import { startServer } from '../scripts/test-server.ts';

// The user, agency and plan lists share one shape (components/ListPage.tsx): a search that
// needs no accents and goes back to page 1, filters, a total, and cards on a phone.
describe.skipIf(!chromiumPath)('the searchable lists', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  // Its own server: the admin's first login (a password change) is this suite's business.
  let server: Awaited<ReturnType<typeof startServer>>;
  let baseUrl = '';

  async function as(username: string, width = 1280): Promise<Page> {
    const session = await apiSession(baseUrl, username);
    const context = await browser.newContext({ viewport: { width, height: 860 } });
    await context.addCookies([browserCookie(baseUrl, session)]);
    contexts.push(context);
    return context.newPage();
  }

  beforeAll(async () => {
    server = await startServer();
    baseUrl = server.baseUrl;
    browser = await launch();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.stop();
  });

  it('finds an account and an agency without accents', async () => {
    const page = await as('admin');
    await page.goto(`${baseUrl}/admin?tab=users`);
    const table = page.locator('table');
    await table.getByRole('cell', { name: 'tuphap', exact: true }).waitFor();
    const allRows = await table.locator('tbody tr').count();
    expect(allRows).toBeGreaterThan(3);

    await page.getByLabel('Tìm tài khoản').fill('tu phap');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    expect(await table.locator('tbody tr').textContent()).toContain('tuphap');
    await page.getByText('Tổng số: 1').waitFor();
    await page.getByLabel('Tìm tài khoản').fill('khong-co-ai');
    await page.getByText('Không có dữ liệu.').waitFor();

    await page.getByRole('tab', { name: 'Cơ quan' }).click();
    await page.getByLabel('Tìm cơ quan').fill('so tu phap');
    const agencies = page.locator('table');
    await expect.poll(() => agencies.locator('tbody tr').count()).toBe(1);
    expect(await agencies.locator('tbody tr').textContent()).toContain('Sở Tư pháp');
    await screenshot(page, 'lists-01-agencies');
  });

  it('filters plans by status and year, and shows each plan as a card on a phone', async () => {
    const page = await as('noivu');
    await page.goto(`${baseUrl}/plans`);
    const rows = page.locator('table tbody tr');
    await rows.first().waitFor();
    const all = await rows.count();
    await page.getByRole('combobox', { name: 'Trạng thái' }).click();
    await page.getByRole('option', { name: 'Đã ban hành' }).click();
    await expect
      .poll(async () => (await rows.allTextContents()).join('|'))
      .not.toContain('Dự thảo');
    const issued = await rows.count();
    expect(issued).toBeGreaterThan(0);
    expect(issued).toBeLessThanOrEqual(all);
    for (const text of await rows.allTextContents()) expect(text).toContain('Đã ban hành');

    await page.setViewportSize({ width: 390, height: 860 });
    await page.waitForTimeout(300);
    // A card names each value: the column's header travels with the cell.
    const firstCell = rows.first().locator('td').first();
    expect(await firstCell.getAttribute('data-label')).toBe('Số, ký hiệu');
    await screenshot(page, 'lists-02-plans-390');
  });
});
