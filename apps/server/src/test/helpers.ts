import { expect } from 'vitest';
import type { RouteContract } from '@papi/contracts';
import type { TestContext, TestResponse } from './harness.ts';

/** Letters only Vietnamese uses: a message containing one is taken as Vietnamese. */
export const VIETNAMESE = /[ăâđêôơưàáạảãầấậẩẫằắặẳẵèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/i;

/** Valid values for every path parameter the API uses; tests override the one they vary. */
export const SAMPLE_PARAMS: Record<string, string | number> = {
  id: 1,
  code: 'PAPI',
  year: 2023,
  unitId: 1,
  name: 'papihub-20261125-020000.tar.gz',
  version: 1,
  responseId: 1,
};

export const routeKey = (route: Pick<RouteContract, 'method' | 'path'>) =>
  `${route.method.toUpperCase()} ${route.path}`;

/** Asserts an error answer: the status, the code, and a body of exactly {code, message, details?}. */
export function expectApiError(res: TestResponse<unknown>, status: number, code?: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  const body = res.body as Record<string, unknown>;
  expect(typeof body).toBe('object');
  expect(Object.keys(body).every((k) => ['code', 'message', 'details'].includes(k))).toBe(true);
  expect(typeof body.code).toBe('string');
  expect(body.message).toMatch(VIETNAMESE);
  if (code) expect(body.code).toBe(code);
  return body as { code: string; message: string; details?: unknown };
}

/** Creates an admin at the country root via SQL, sharing the demo password hash. */
export async function createNationalAdmin(ctx: TestContext, username: string): Promise<number> {
  const r = await ctx.database.pool.query<{ id: number }>(
    `insert into app_user (username, full_name, role, unit_id, password_hash,
                           must_change_password, search)
     select $1, 'Quản trị quốc gia', 'admin', c.id, a.password_hash, false, $1
       from admin_unit c, app_user a
      where c.level = 'country' and a.username = 'admin'
     returning id`,
    [username],
  );
  return r.rows[0]!.id;
}

/** The whole row as JSON, to prove a refused write changed nothing. */
export async function snapshotRow(
  ctx: TestContext,
  table: 'agency' | 'app_user' | 'index_target' | 'plan_solution',
  id: number,
): Promise<unknown> {
  const r = await ctx.database.pool.query<{ row: unknown }>(
    `select row_to_json(t) as row from ${table} t where t.id = $1`,
    [id],
  );
  return r.rows[0]?.row ?? null;
}

export async function countRows(ctx: TestContext, from: string, params: unknown[] = []) {
  const r = await ctx.database.pool.query<{ n: number }>(
    `select count(*)::int as n from ${from}`,
    params,
  );
  return r.rows[0]!.n;
}

export interface Paged<T> {
  items: T[];
  total: number;
}
