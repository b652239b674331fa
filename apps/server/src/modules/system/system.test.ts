import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ALL_ROUTES } from '@papi/contracts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { expectApiError } from '../../test/helpers.ts';
import { latestMigrationTag } from '../../db/migrate.ts';
import { APP_VERSION } from '../../version.ts';
import { createApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';

type TDiskHealth = {
  status: string;
  disk: { freeBytes: number; totalBytes: number; low: boolean; message: string | null };
};

interface OpenApiDocument {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      { summary: string; security?: unknown[]; parameters: { name: string; in: string }[] }
    >
  >;
}

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('health and installation (no login needed)', () => {
  it('reports the database kind, the applied migration and the version', async () => {
    const res = await ctx.client().get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      database: inject('databaseKind'),
      migration: latestMigrationTag(),
      version: APP_VERSION,
    });
    expect(latestMigrationTag()).toMatch(/^\d{14}_\w+$/);
  });

  it('reports the free space of DATA_DIR, "degraded" under DISK_MIN_FREE_MB', async () => {
    const roomy = createApp(
      ctx.database,
      loadConfig({ DATA_DIR: ctx.dataDir, DISK_MIN_FREE_MB: '1' }),
    );
    const ok = (await (await roomy.request('/api/health')).json()) as TDiskHealth;
    expect(ok.status).toBe('ok');
    expect(ok.disk.freeBytes).toBeGreaterThan(1024 * 1024);
    expect(ok.disk.totalBytes).toBeGreaterThanOrEqual(ok.disk.freeBytes);
    expect(ok.disk).toMatchObject({ low: false, message: null });
    // A threshold above any real disk: the probe must say so, in Vietnamese.
    const full = createApp(
      ctx.database,
      loadConfig({ DATA_DIR: ctx.dataDir, DISK_MIN_FREE_MB: String(1024 ** 3) }),
    );
    const res = await full.request('/api/health');
    expect(res.status).toBe(200);
    const low = (await res.json()) as TDiskHealth;
    expect(low.status).toBe('degraded');
    expect(low.disk.low).toBe(true);
    expect(low.disk.message).toContain('Thư mục dữ liệu chỉ còn trống');
  });

  it('describes the installation: the demo province of Sơn La', async () => {
    const res = await ctx.client().get('/api/installation');
    expect(res.body).toEqual({
      name: 'PAPI Hub – Tỉnh Sơn La',
      demo: true,
      // The demo plans for 2026 from its first day: 2025 periods are history.
      inUseSince: '2026-01-01',
      scopeUnit: {
        id: await ctx.unitId('post2025', 'province', '14'),
        code: '14',
        name: 'Sơn La',
        fullName: 'Tỉnh Sơn La',
        level: 'province',
      },
    });
  });
});

describe('API documentation', () => {
  it('lists every route of ALL_ROUTES with its method, and nothing else', async () => {
    const doc = (await ctx.client().get<OpenApiDocument>('/api/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    const listed = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m} ${path}`),
    );
    const expected = ALL_ROUTES.map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    expect(listed.sort()).toEqual(expected.sort());
    for (const route of ALL_ROUTES) {
      const op = doc.paths[route.path.replace(/:(\w+)/g, '{$1}')]![route.method]!;
      expect(op.summary).toBe(route.summary);
      expect(op.security).toEqual(route.auth === false ? [] : undefined);
      const pathParams = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]);
      expect(op.parameters.filter((p) => p.in === 'path').map((p) => p.name)).toEqual(pathParams);
    }
  });

  it('serves the docs page and every script and stylesheet it loads', async () => {
    const page = await ctx.app.request('/api/docs');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(3);
    for (const asset of assets) {
      const res = await ctx.app.request(asset);
      expect(res.status, asset).toBe(200);
      expect(res.headers.get('content-type'), asset).toMatch(
        asset.endsWith('.css') ? /text\/css/ : /javascript/,
      );
      expect((await res.text()).length, asset).toBeGreaterThan(0);
    }
    const init = await (await ctx.app.request('/api/docs/init.js')).text();
    expect(init).toContain('/api/openapi.json');
    expect((await ctx.app.request('/api/docs/favicon-32x32.png')).status).toBe(200);
  });

  it('answers 404 JSON for files it does not serve', async () => {
    for (const file of ['nope.js', '..%2Fpackage.json', 'index.html']) {
      expectApiError(await ctx.client().get(`/api/docs/${file}`), 404, 'NOT_FOUND');
    }
  });
});
