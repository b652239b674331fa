import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Hono } from 'hono';
import { sql } from 'drizzle-orm';
import { ALL_ROUTES, buildPath } from '@papi/contracts';
import { createTestContext, type TestClient, type TestContext } from './harness.ts';
import { SAMPLE_PARAMS, expectApiError, routeKey } from './helpers.ts';
import { errorResponse } from '../platform/errors.ts';
import { findInputProblem } from '../platform/input-check.ts';

let ctx: TestContext;
let admin: TestClient;
beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.as('admin');
});
afterAll(() => ctx.close());
afterEach(() => vi.restoreAllMocks());

/** `{"a":{"a":…{"a":1}…}}` nested `depth` deep, built as text: no recursion anywhere. */
const nestedJson = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

const planTypes = (version: number, rules: string) =>
  `{"version":${version},"overrides":{"improvement":{"rules":{"min_tasks":${rules}}}}}`;

async function currentVersion() {
  return ((await admin.get('/api/plan-types')).body as { version: number }).version;
}

describe('PUT /api/plan-types with hostile JSON', () => {
  it.each([
    ['a NUL in a key', '{"m\\u0000in":3}', 'VALIDATION'],
    ['a lone surrogate in a key', '{"\\ud800":3}', 'VALIDATION'],
    ['a lone low surrogate in a value', '{"min":"\\udc00"}', 'VALIDATION'],
    ['nesting 8,000 deep', nestedJson(8_000), 'TOO_DEEP'],
    ['nesting 100,000 deep', nestedJson(100_000), 'TOO_DEEP'],
  ])('%s → 400 with a Vietnamese message, nothing saved', async (_label, rules, code) => {
    const version = await currentVersion();
    const res = await admin.request('PUT', '/api/plan-types', planTypes(version, rules));
    const error = expectApiError(res, 400, code);
    if (code === 'TOO_DEEP') expect(error.message).toContain('lồng nhau quá sâu (tối đa 64 cấp)');
    else expect(error.message).toContain('ký tự không hợp lệ');
    expect(await currentVersion()).toBe(version);
  });

  it('still accepts a body at the depth limit of real settings', async () => {
    const version = await currentVersion();
    const res = await admin.request('PUT', '/api/plan-types', planTypes(version, '{"min":2}'));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });
});

describe('every JSON body', () => {
  const withBody = ALL_ROUTES.filter((r) => r.body);
  it.each(withBody.map((r) => [routeKey(r), r] as const))(
    '%s refuses deep nesting and bad keys before validation',
    async (_key, route) => {
      const path = buildPath(route.path, SAMPLE_PARAMS);
      const method = route.method.toUpperCase();
      expectApiError(await admin.request(method, path, nestedJson(10_000)), 400, 'TOO_DEEP');
      const key = await admin.request(method, path, '{"x":{"ten\\u0000":1}}');
      expect(expectApiError(key, 400, 'VALIDATION').message).toContain('(trường "x.ten\\u0000")');
    },
  );
});

describe('findInputProblem', () => {
  it('walks a million levels without recursion', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 1_000_000; i++) deep = [deep];
    expect(findInputProblem(deep)).toMatchObject({ kind: 'depth' });
    expect(findInputProblem({ a: [{ b: 'ổn' }] })).toBeNull();
  });
});

describe('error logs', () => {
  it('never print SQL parameters or the values PostgreSQL quotes back', async () => {
    const logged: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      logged.push(
        args
          .map((a) => (a instanceof Error ? `${a.stack} ${String(a.cause)}` : String(a)))
          .join(' '),
      );
    });
    const app = new Hono();
    app.onError((err, c) => errorResponse(c, err));
    app.get('/x', async (c) => {
      await ctx.database.db.execute(sql`select ${'ma-bi-mat-0931234567'}::int as n`);
      return c.text('ok');
    });
    const res = await app.request('/x');
    expect(res.status).toBe(500);
    const text = logged.join('\n');
    expect(text).toContain('22P02');
    expect(text).toContain('select $1::int');
    expect(text).not.toContain('ma-bi-mat');
    expect(text).not.toContain('0931234567');
  });
});
