import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { apiSession, browserCookie } from '../scripts/web-session.ts';
import { inject } from 'vitest';

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../test-results');

/** Empty when Chromium is missing outside CI: the suites skip with a visible notice. */
export const chromiumPath = inject('chromiumPath');
export const baseUrl = inject('baseUrl');

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The whole page by default; `fullPage: false` for what a modal shows in the viewport. */
export async function screenshot(page: Page, name: string, fullPage = true) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage });
}

/** A page signed in as `username` in a context of its own (pushed to `contexts` for closing). */
export async function signedInPage(
  browser: Browser,
  url: string,
  username: string,
  contexts: BrowserContext[],
  width = 1366,
): Promise<Page> {
  const session = await apiSession(url, username);
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  await context.addCookies([browserCookie(url, session)]);
  contexts.push(context);
  return context.newPage();
}

/** Full-page screenshots `<name>-<width>` and `<name>-390`, the viewport put back after. */
export async function shootBoth(page: Page, name: string, width = 1366) {
  // Full-page shots of a scrolled page would draw the fixed header mid-page.
  await page.evaluate('window.scrollTo(0, 0)');
  await screenshot(page, `${name}-${width}`);
  await page.setViewportSize({ width: 390, height: 900 });
  await page.waitForTimeout(500);
  await screenshot(page, `${name}-390`);
  await page.setViewportSize({ width, height: 900 });
}
