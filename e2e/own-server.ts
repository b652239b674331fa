import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from './browser.ts';
import { apiSession, browserCookie } from '../scripts/web-session.ts';
import { startServer } from '../scripts/test-server.ts';

export interface OwnServer {
  /** Set once the suite's server is up (in beforeAll). */
  baseUrl: string;
  /** A new page signed in as a demo user (first-login password change done by the API). */
  as: (username: string, width?: number) => Promise<Page>;
  /** A new page of a visitor with no account (a citizen on a public page). */
  guest: (width: number, height?: number) => Promise<Page>;
}

/**
 * A suite with its own server and browser. Suites that log demo users in for the first time
 * need one: first logins change the demo passwords, which other suites on a shared server
 * would not know. Call it in the describe body; it registers its own before/after hooks.
 */
export function ownServer(viewport = { width: 1280, height: 860 }): OwnServer {
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const suite: OwnServer = {
    baseUrl: '',
    async as(username, width = viewport.width) {
      const session = await apiSession(suite.baseUrl, username);
      const context = await browser!.newContext({
        viewport: { width, height: viewport.height },
      });
      await context.addCookies([browserCookie(suite.baseUrl, session)]);
      contexts.push(context);
      return context.newPage();
    },
    async guest(width, height = viewport.height) {
      const context = await browser!.newContext({ viewport: { width, height } });
      contexts.push(context);
      return context.newPage();
    },
  };
  beforeAll(async () => {
    server = await startServer();
    suite.baseUrl = server.baseUrl;
    browser = await launch();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.stop();
  });
  return suite;
}
