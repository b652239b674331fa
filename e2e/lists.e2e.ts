import { describe, expect, it } from 'vitest';
import { chromiumPath, screenshot } from './browser.ts';
import { ownServer } from './own-server.ts';

// The user, agency and plan lists share one shape (components/ListPage.tsx): a search that
// needs no accents and goes back to page 1, filters, a total, and cards on a phone.
describe.skipIf(!chromiumPath)('the searchable lists', () => {
  // Its own server: the admin's first login (a password change) is this suite's business.
  const suite = ownServer();
  const as = suite.as;

  it('finds an account and an agency without accents', async () => {
    const page = await as('admin');
    await page.goto(`${suite.baseUrl}/admin?tab=users`);
    const table = page.locator('table');
    await table.getByRole('cell', { name: 'tuphap', exact: true }).waitFor();
    const allRows = await table.locator('tbody tr').count();
    expect(allRows).toBeGreaterThan(3);

    await page.getByLabel('Tìm tài khoản').fill('tu phap');
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 15_000 }).toBe(1);
    expect(await table.locator('tbody tr').textContent()).toContain('tuphap');
    await page.getByText('Tổng số: 1').waitFor();
    await page.getByLabel('Tìm tài khoản').fill('khong-co-ai');
    await page.getByText('Không có dữ liệu.').waitFor();

    await page.getByRole('tab', { name: 'Cơ quan' }).click();
    await page.getByLabel('Tìm cơ quan').fill('so tu phap');
    const agencies = page.locator('table');
    await expect.poll(() => agencies.locator('tbody tr').count(), { timeout: 15_000 }).toBe(1);
    expect(await agencies.locator('tbody tr').textContent()).toContain('Sở Tư pháp');
    await screenshot(page, 'lists-01-agencies');
  });

  it('filters plans by status and year, and shows each plan as a card on a phone', async () => {
    const page = await as('noivu');
    await page.goto(`${suite.baseUrl}/plans`);
    const rows = page.locator('table tbody tr');
    await rows.first().waitFor();
    const all = await rows.count();
    await page.getByRole('combobox', { name: 'Trạng thái' }).click();
    await page.getByRole('option', { name: 'Đã ban hành' }).click();
    await expect
      .poll(async () => (await rows.allTextContents()).join('|'), { timeout: 15_000 })
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
