import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REGIMES } from '@papi/domain';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { countRows, createNationalAdmin, expectApiError } from '../../test/helpers.ts';
import { ok } from '../execution/execution.fixtures.ts';

/**
 * Holidays in a national installation: the country root's admin keeps the calendar that
 * applies everywhere; a province's admin adds days that apply inside that province only
 * (due dates there move, elsewhere they stay); a ward's coordinator changes nothing.
 */
let ctx: TestContext;
let national: TestClient;
let sonlaAdmin: TestClient;
const units = { sonla: 0, laichau: 0, ward: 0 };
const YEAR = 2027;
type Periods = { items: { key: string; due: Record<string, string> }[] };

beforeAll(async () => {
  ctx = await createTestContext();
  await createNationalAdmin(ctx, 'quocgia');
  await ctx.database.pool.query(
    `update setting set value = jsonb_set(value, '{provinceCode}', 'null') where key = 'installation'`,
  );
  units.sonla = await ctx.unitId('post2025', 'province', '14');
  units.laichau = await ctx.unitId('post2025', 'province', '12');
  units.ward = (
    await ctx.database.pool.query<{ unit_id: number }>(
      `select unit_id from app_user where username = 'xa'`,
    )
  ).rows[0]!.unit_id;
  [national, sonlaAdmin] = await Promise.all([ctx.as('quocgia'), ctx.as('admin')]);
});
afterAll(() => ctx.close());

async function regimeAt(unitId: number, code: string) {
  return ok<{ id: number }>(
    await national.post('/api/regimes', {
      unitId,
      code,
      name: `Chế độ ${code}`,
      definition: DEFAULT_REGIMES[0]!.definition,
    }),
    201,
  ).id;
}

describe('holidays per province in a national installation', () => {
  it('moves due dates inside the province only, and leaves the national calendar', async () => {
    const [sonlaRegime, laiRegime] = [
      await regimeAt(units.sonla, 'SL'),
      await regimeAt(units.laichau, 'LC'),
    ];
    const periodsOf = async (id: number) =>
      ok<Periods>(await national.get(`/api/regimes/${id}/periods?year=${YEAR}`)).items[0]!;
    const before = await periodsOf(sonlaRegime);
    const due = before.due.commune!;
    expect((await periodsOf(laiRegime)).due.commune).toBe(due);
    const nationalDays = await countRows(ctx, 'holiday where unit_id is null');

    // The province admin edits the list they see (national days included).
    const seen = ok<{ items: { date: string; name: string; kind: string }[] }>(
      await sonlaAdmin.get(`/api/holidays?year=${YEAR}`),
    );
    ok(
      await sonlaAdmin.request('PUT', `/api/holidays/${YEAR}`, {
        items: [...seen.items, { date: due, name: 'Ngày nghỉ riêng của tỉnh', kind: 'off' }],
      }),
    );
    // Only the new day is Sơn La's own; the national calendar is untouched.
    expect(await countRows(ctx, 'holiday where unit_id = $1', [units.sonla])).toBe(1);
    expect(await countRows(ctx, 'holiday where unit_id is null')).toBe(nationalDays);

    expect((await periodsOf(sonlaRegime)).due.commune).not.toBe(due);
    expect((await periodsOf(laiRegime)).due.commune).toBe(due);
    const own = (c: TestClient) =>
      c
        .get<{ items: { date: string }[] }>(`/api/holidays?year=${YEAR}`)
        .then((r) => r.body.items.some((d) => d.date === due));
    expect(await own(await ctx.as('xa'))).toBe(true);
    expect(await own(national)).toBe(false);
  });

  it("refuses a ward's coordinator and writes nothing", async () => {
    await ctx.database.pool.query(
      `insert into app_user (username, full_name, role, unit_id, password_hash, must_change_password, search)
       select 'dieuphoixa', 'Điều phối phường', 'coordinator', $1, password_hash, false, 'dieuphoixa'
         from app_user where username = 'admin'`,
      [units.ward],
    );
    const coord = await ctx.as('dieuphoixa');
    const before = await countRows(ctx, 'holiday');
    expectApiError(
      await coord.request('PUT', `/api/holidays/${YEAR}`, { items: [] }),
      403,
      'FORBIDDEN',
    );
    expect(await countRows(ctx, 'holiday')).toBe(before);
  });
});
