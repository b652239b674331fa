import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiSession, browserCookie } from '../scripts/web-session.ts';
import { startServer } from '../scripts/test-server.ts';
import { chromiumPath, launch, screenshot } from './browser.ts';

/** The script files a page fetched, by name without hash (e.g. `i18n-vi-shell`). */
function scriptsOf(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    const match = new URL(request.url()).pathname.match(/^\/assets\/(.+)-[\w-]{8}\.js$/);
    if (match) names.push(match[1]!);
  });
  return names;
}

describe.skipIf(!chromiumPath)('first load: only what the screen shows, one language', () => {
  let browser: Browser;
  let context: BrowserContext;
  // A server of its own: other suites change the demo users' passwords on the shared one.
  let server: Awaited<ReturnType<typeof startServer>>;
  let baseUrl = '';

  beforeAll(async () => {
    server = await startServer();
    baseUrl = server.baseUrl;
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens the login page with its Vietnamese words only, English fetched when chosen', async () => {
    context = await browser.newContext({ viewport: { width: 390, height: 760 } });
    const page = await context.newPage();
    const scripts = scriptsOf(page);
    await page.goto(baseUrl);
    await page.getByLabel('Tên đăng nhập').waitFor();
    await page.waitForLoadState('networkidle');
    expect(scripts).toContain('i18n-vi-shell');
    // No other language, no signed-in text, shell, router, charts or validation library yet.
    for (const name of scripts)
      expect(name).not.toMatch(/^(i18n-en|i18n-vi-app|AppRoutes|EChart|common|NotificationsHost)/);
    await screenshot(page, 'first-load-01-login-vi-390');

    await page.getByText('English', { exact: true }).click();
    await page.getByLabel('Username').waitFor();
    expect(await page.getByRole('button', { name: 'Sign in' }).count()).toBe(1);
    expect(scripts).toContain('i18n-en-shell');
    expect(scripts.filter((s) => s.startsWith('i18n-en-app'))).toEqual([]);
    await screenshot(page, 'first-load-02-login-en-390');
  });

  it('signs in to an English dashboard, fetching only the English app text', async () => {
    const session = await apiSession(baseUrl, 'noivu');
    await context.addCookies([browserCookie(baseUrl, session)]);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 860 });
    const scripts = scriptsOf(page);
    await page.goto(baseUrl);
    await page.getByRole('link', { name: 'Overview' }).first().waitFor();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(scripts).toContain('i18n-en-app');
    // The domain's English texts (plan findings, period names) come with the English text.
    expect(scripts).toContain('domain-english');
    expect(scripts.filter((s) => s.startsWith('i18n-vi'))).toEqual([]);
    // The dashboard comes with the app shell; charts and the plan editor stay behind.
    for (const name of scripts) expect(name).not.toMatch(/^(EChart|PlanDetailPage|DashboardPage)/);
    expect(await page.getByText('My work').count()).toBeGreaterThan(0);
    await screenshot(page, 'first-load-03-dashboard-en');

    // Back to Vietnamese: the app's Vietnamese text is fetched then, and shown.
    await page.getByText('Tiếng Việt', { exact: true }).filter({ visible: true }).first().click();
    await page.getByRole('link', { name: 'Tổng quan' }).first().waitFor();
    expect(scripts).toContain('i18n-vi-app');
    await context.close();
  });

  it('opens a Vietnamese dashboard without English texts or the validation library', async () => {
    const session = await apiSession(baseUrl, 'noivu');
    for (const width of [1366, 390]) {
      const vi = await browser.newContext({ viewport: { width, height: 900 } });
      await vi.addCookies([browserCookie(baseUrl, session)]);
      const page = await vi.newPage();
      const scripts = scriptsOf(page);
      const bodies: Promise<string>[] = [];
      page.on('response', (r) => {
        if (r.url().endsWith('.js')) bodies.push(r.text());
      });
      await page.goto(baseUrl);
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(scripts).toContain('i18n-vi-app');
      for (const name of scripts) expect(name).not.toMatch(/^(domain-english|i18n-en)/);
      // zod's schemas carry a `_zod` property: none of the first load's code holds one.
      const code = await Promise.all(bodies);
      expect(code.length).toBeGreaterThan(5);
      expect(code.filter((text) => text.includes('_zod'))).toEqual([]);
      await screenshot(page, `first-load-04-dashboard-vi-${width}`);
      await vi.close();
    }
  });
});
