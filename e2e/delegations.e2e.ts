import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, screenshot } from './browser.ts';
import { apiSession } from '../scripts/web-session.ts';
import { ownServer } from './own-server.ts';

describe.skipIf(!chromiumPath)(
  'a coordinator delegates drafting to an officer, then revokes',
  () => {
    // Its own server: this story logs in noivu and tuphap, whose first logins other suites test.
    const suite = ownServer();
    const as = suite.as;

    beforeAll(async () => {
      // tuphap's first login done, so the list shows a normal account.
      await apiSession(suite.baseUrl, 'tuphap');
    });

    it('grants Sở Tư pháp’s officer the plans until a date, shown in force, then revoked', async () => {
      const page = await as('noivu');
      await page.goto(`${suite.baseUrl}/admin?tab=delegations`);
      await page.getByText('Chưa có ủy quyền nào.').waitFor();
      await page.getByRole('button', { name: 'Ủy quyền', exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Cán bộ được ủy quyền').click();
      await page.getByRole('option', { name: /tuphap/ }).click();
      await dialog.getByLabel('Soạn báo cáo của đơn vị').check();
      await dialog.getByLabel('Đến hết ngày').fill('31/12/2026');
      await dialog.getByLabel('Đến hết ngày').press('Tab');
      await screenshot(page, 'delegations-01-grant');
      await dialog.getByRole('button', { name: 'Ủy quyền', exact: true }).click();
      const row = page.getByRole('row', { name: /tuphap/ });
      await expect.poll(() => row.textContent()).toContain('Đang hiệu lực');
      expect(await row.textContent()).toContain('31/12/2026');
      expect(await row.textContent()).toContain(
        'Soạn kế hoạch của đơn vị; Soạn báo cáo của đơn vị',
      );
      await screenshot(page, 'delegations-02-list');

      // The delegate now drafts the province's plans.
      const tuphap = await apiSession(suite.baseUrl, 'tuphap');
      const me = await tuphap.call<{ draftsForUnit: boolean }>('GET', '/api/auth/me');
      expect(me.draftsForUnit).toBe(true);

      await page.setViewportSize({ width: 390, height: 860 });
      await page.waitForTimeout(300);
      await screenshot(page, 'delegations-03-list-390');
      await page.setViewportSize({ width: 1280, height: 860 });
      await page.getByRole('button', { name: 'Thu hồi ủy quyền của tuphap' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Thu hồi' }).click();
      await expect.poll(() => row.textContent()).toContain('Đã thu hồi');
      await screenshot(page, 'delegations-04-revoked');
    });
  },
);
