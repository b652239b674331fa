import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiSession, browserCookie } from '../scripts/web-session.ts';
import { startServer } from '../scripts/test-server.ts';
import { chromiumPath, launch, screenshot } from './browser.ts';

/**
 * English chosen: the plan editor's validation findings (made by the domain in Vietnamese)
 * and a server error's toast read in English.
 */
describe.skipIf(!chromiumPath)('English for domain findings and server errors', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  // Its own server: it logs in noivu, whose first login other suites test.
  let server: Awaited<ReturnType<typeof startServer>>;
  let baseUrl = '';
  let planId = 0;

  beforeAll(async () => {
    server = await startServer();
    baseUrl = server.baseUrl;
    browser = await launch();
    const session = await apiSession(baseUrl, 'noivu');
    const me = await session.call<{ unit: { id: number } }>('GET', '/api/auth/me');
    // A draft with two tasks that miss their lead agency and deadline, and one whose
    // deadline falls outside the plan's period: the editor lists what the check finds.
    const plan = await session.call<{ id: number; version: number }>('POST', '/api/plans', {
      unitId: me.unit.id,
      planType: 'improvement',
      year: 2026,
      title: 'Nâng cao Chỉ số PAPI năm 2026',
      period: { from: '2026-01-01', to: '2026-12-31' },
    });
    planId = plan.id;
    await session.call('PUT', `/api/plans/${plan.id}/tasks`, {
      version: plan.version,
      tasks: [
        { number: '1.1', content: 'Tổ chức đối thoại với người dân', dimensionCodes: ['D1'] },
        {
          number: '2.1',
          content: 'Công khai ngân sách xã',
          dimensionCodes: ['D2'],
          deadline: { kind: 'date', date: '2027-03-31' },
        },
      ],
    });
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(() => localStorage.setItem('papi.lang', 'en'));
    await context.addCookies([browserCookie(baseUrl, session)]);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lists the plan check findings in English', async () => {
    await page.goto(`${baseUrl}/plans/${planId}`);
    await page.getByText('Task 1.1: no lead agency yet').first().waitFor();
    expect(await page.getByText(/Task 2\.1: deadline 31\/03\/2027 falls after/).count()).toBe(1);
    expect(await page.getByText('Nhiệm vụ 1.1', { exact: false }).count()).toBe(0);
    await screenshot(page, 'english-01-plan-issues');
  });

  it('shows a server error in English', async () => {
    await page.goto(`${baseUrl}/plans/99999999`);
    const toast = page.getByText('Plan not found, or you do not have access to it.').first();
    await toast.waitFor();
    await screenshot(page, 'english-02-error-toast');
  });
});
