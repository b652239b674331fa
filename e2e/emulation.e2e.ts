import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOT_DIR, chromiumPath, screenshot } from './browser.ts';
import { apiSession } from '../scripts/web-session.ts';
import { ownServer } from './own-server.ts';

describe.skipIf(!chromiumPath)(
  'emulation: a year scored, traced to records, marked, approved',
  () => {
    // Its own server: the story logs noivu and lanhdao in for the first time.
    const suite = ownServer({ width: 1366, height: 900 });

    beforeAll(async () => {
      const noivu = await apiSession(suite.baseUrl, 'noivu');
      const users = await noivu.call<{ items: { id: number; username: string }[] }>(
        'GET',
        `/api/users?q=lanhdao`,
      );
      const year = await noivu.call<{
        unit: { id: number };
        criteria: unknown;
        criteriaVersion: number;
      }>('GET', '/api/emulation?year=2026');
      await noivu.call('PUT', '/api/emulation/criteria', {
        unitId: year.unit.id,
        year: 2026,
        criteria: year.criteria,
        councilUserIds: [users.items.find((u) => u.username === 'lanhdao')!.id],
        version: year.criteriaVersion,
      });
    });

    it('computes, opens the records behind a number, and shows on a phone', async () => {
      const page = await suite.as('noivu');
      await page.goto(`${suite.baseUrl}/emulation`);
      await page.getByRole('button', { name: 'Tính điểm' }).click();
      const row = page.getByRole('row', { name: /Sở Nội vụ/ });
      await row.waitFor();
      await screenshot(page, 'emulation-01-ranking');
      await row.getByRole('button').first().click();
      const drawer = page.getByRole('dialog');
      await drawer.getByText('Hồ sơ đứng sau điểm số').waitFor();
      await expect.poll(() => drawer.getByRole('link').count()).toBeGreaterThan(0);
      expect(await drawer.getByRole('link').first().getAttribute('href')).toMatch(/^\/tasks\/\d+$/);
      await screenshot(page, 'emulation-02-records', false);
      await page.keyboard.press('Escape');
      await page.getByRole('tab', { name: /Xã, phường/ }).click();
      await screenshot(page, 'emulation-03-communes');
      await page.setViewportSize({ width: 390, height: 860 });
      await page.getByRole('tab', { name: /Sở, ban, ngành/ }).click();
      await page.waitForTimeout(300);
      await screenshot(page, 'emulation-04-phone');
    });

    it('lets the council member mark, recompute and approve; the Word draft downloads', async () => {
      const page = await suite.as('lanhdao');
      await page.goto(`${suite.baseUrl}/emulation`);
      const row = page.getByRole('row', { name: /Sở Tư pháp/ });
      await row.waitFor();
      // TC4 is the fourth number of the row: the council's mark.
      await row.getByRole('button').nth(3).click();
      const drawer = page.getByRole('dialog');
      await drawer.getByLabel(/Điểm \(0–20\)/).fill('18');
      await drawer.getByLabel('Nhận xét').fill('Tham mưu kịp thời, chất lượng');
      await drawer.getByRole('button', { name: 'Lưu điểm' }).click();
      await drawer.getByText(/Đã lưu/).waitFor();
      await screenshot(page, 'emulation-05-mark', false);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Tính lại' }).click();
      await expect.poll(() => row.textContent()).toContain('18');
      await page.getByRole('button', { name: 'Phê duyệt kết quả' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Phê duyệt kết quả' }).click();
      await page.getByText('Đã phê duyệt').first().waitFor();
      await screenshot(page, 'emulation-06-approved');

      const href = await page
        .getByRole('link', { name: /Tải dự thảo quyết định/ })
        .getAttribute('href');
      const cookies = await page.context().cookies();
      const res = await fetch(suite.baseUrl + href!, {
        headers: { cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; ') },
      });
      expect(res.status).toBe(200);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.subarray(0, 2).toString()).toBe('PK');
      fs.writeFileSync(path.join(SCREENSHOT_DIR, 'emulation-decision.docx'), bytes);
    });
  },
);
