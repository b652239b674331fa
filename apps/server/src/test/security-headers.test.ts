import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { createTestContext, type TestContext } from './harness.ts';

let ctx: TestContext;
let webDist: string;
beforeAll(async () => {
  ctx = await createTestContext();
  // A built web app stand-in: the headers must not depend on whether `npm run build` ran.
  webDist = fs.mkdtempSync(path.join(ctx.dataDir, 'web-'));
  fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><div id="root"></div>');
  fs.mkdirSync(path.join(webDist, 'assets'));
  fs.writeFileSync(path.join(webDist, 'assets', 'index-B3x9a1Qz.js'), 'console.log(1);');
});
afterAll(() => ctx.close());

const appWithWeb = () => {
  const config = { ...loadConfig({ DATA_DIR: ctx.dataDir }), webDist };
  return createApp(ctx.database, config);
};

describe('security headers', () => {
  it('serves the web app with a CSP without inline script and no framing', async () => {
    const res = await appWithWeb().request('/ke-hoach/1');
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('permissions-policy')).toContain('camera=()');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('sends a built file only the headers a file needs (the page carries the policies)', async () => {
    const res = await appWithWeb().request('/assets/index-B3x9a1Qz.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    for (const h of ['content-security-policy', 'permissions-policy', 'x-frame-options']) {
      expect(res.headers.get(h), h).toBeNull();
    }
  });

  it('answers API JSON with Cache-Control: no-store, errors included', async () => {
    const app = appWithWeb();
    for (const url of ['/api/health', '/api/auth/me', '/api/khong-co']) {
      const res = await app.request(url);
      expect(res.headers.get('cache-control'), url).toBe('no-store');
      expect(res.headers.get('content-security-policy'), url).toContain("default-src 'self'");
    }
  });
});

describe('COOKIE_SECURE', () => {
  it.each([
    [{}, false],
    [{ PUBLIC_URL: 'https://papi.sonla.gov.vn' }, true],
    [{ PUBLIC_URL: 'HTTPS://papi.sonla.gov.vn/' }, true],
    [{ PUBLIC_URL: 'http://10.0.0.5:3000' }, false],
    [{ PUBLIC_URL: 'https://papi.sonla.gov.vn', COOKIE_SECURE: 'false' }, false],
    [{ PUBLIC_URL: 'http://10.0.0.5', COOKIE_SECURE: 'true' }, true],
  ])('%j → secure %s', (env, secure) => {
    expect(loadConfig(env).cookieSecure).toBe(secure);
  });

  it('marks the session cookie Secure when PUBLIC_URL is https', async () => {
    const app = createApp(
      ctx.database,
      loadConfig({ DATA_DIR: ctx.dataDir, PUBLIC_URL: 'https://papi.example.vn' }),
    );
    const res = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'xem', password: 'PapiHub@2026' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/;\s*Secure/);
  });
});
