import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TUnit, TUnitDetail } from '@papi/contracts';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { countRows, createNationalAdmin, expectApiError } from '../../test/helpers.ts';
import { todayVn } from '../../platform/clock.ts';

type UnitList = { items: TUnit[]; asOf: string };

let ctx: TestContext;
let admin: TestClient;
let xa: TestClient;
let national: TestClient;
const id = { sonla: 0, sonlaOld: 0, mocChau: 0, laiChau: 0 };
const today = todayVn();

beforeAll(async () => {
  ctx = await createTestContext();
  await createNationalAdmin(ctx, 'quocgia');
  [admin, xa, national] = await Promise.all([ctx.as('admin'), ctx.as('xa'), ctx.as('quocgia')]);
  id.sonla = await ctx.unitId('post2025', 'province', '14');
  id.sonlaOld = await ctx.unitId('pre2025', 'province', '14');
  id.laiChau = await ctx.unitId('post2025', 'province', '12');
  const r = await ctx.database.pool.query<{ unit_id: number }>(
    `select unit_id from app_user where username = 'xa'`,
  );
  id.mocChau = r.rows[0]!.unit_id;
});
afterAll(() => ctx.close());

const search = async (client: TestClient, q: string, asOf = today) => {
  const res = await client.get<UnitList>(
    `/api/units?q=${encodeURIComponent(q)}&asOf=${asOf}&limit=500`,
  );
  expect(res.status).toBe(200);
  return res.body.items;
};

describe('roots and children', () => {
  it('starts at the scope root today: the province, with its communes counted', async () => {
    const res = await admin.get<UnitList>('/api/units');
    expect(res.body.asOf).toBe(today);
    expect(res.body.items).toHaveLength(1);
    const communes = await countRows(ctx, 'admin_unit where parent_id = $1', [id.sonla]);
    expect(res.body.items[0]).toMatchObject({
      id: id.sonla,
      code: '14',
      fullName: 'Tỉnh Sơn La',
      level: 'province',
      childCount: communes,
      validFrom: '2025-07-01',
      validTo: null,
    });
  });

  it('starts at the pre-2025 province for a date before the reorganisation', async () => {
    const res = await admin.get<UnitList>('/api/units?asOf=2024-01-01');
    expect(res.body.items.map((u) => u.id)).toEqual([id.sonlaOld]);
    expect(res.body.items[0]).toMatchObject({ validTo: '2025-06-30', childCount: 12 });
  });

  it('lists the communes of the province with childCount 0, limited on request', async () => {
    const res = await admin.get<UnitList>(`/api/units?parentId=${id.sonla}`);
    expect(res.body.items.length).toBe(
      await countRows(ctx, 'admin_unit where parent_id = $1', [id.sonla]),
    );
    expect(res.body.items.every((u) => u.level === 'commune' && u.childCount === 0)).toBe(true);
    expect(res.body.items.map((u) => u.id)).toContain(id.mocChau);
    const limited = await admin.get<UnitList>(`/api/units?parentId=${id.sonla}&limit=5`);
    expect(limited.body.items).toEqual(res.body.items.slice(0, 5));
  });

  it('keeps districts and communes in the pre-2025 tree', async () => {
    const districts = await admin.get<UnitList>(
      `/api/units?parentId=${id.sonlaOld}&asOf=2024-01-01`,
    );
    expect(districts.body.items).toHaveLength(12);
    expect(districts.body.items.every((u) => u.level === 'district' && u.childCount > 0)).toBe(
      true,
    );
    const district = districts.body.items[0]!;
    const communes = await admin.get<UnitList>(
      `/api/units?parentId=${district.id}&asOf=2024-01-01`,
    );
    expect(communes.body.items).toHaveLength(district.childCount);
    expect(communes.body.items.every((u) => u.level === 'commune')).toBe(true);
    // Not valid today: the old tree has no children at today's date.
    expect((await admin.get<UnitList>(`/api/units?parentId=${id.sonlaOld}`)).body.items).toEqual(
      [],
    );
  });

  it('starts a commune officer at their commune, and at its predecessors before 2025', async () => {
    expect((await xa.get<UnitList>('/api/units')).body.items.map((u) => u.id)).toEqual([
      id.mocChau,
    ]);
    const old = await xa.get<UnitList>('/api/units?asOf=2024-01-01');
    expect(old.body.items.map((u) => u.fullName).sort()).toEqual(
      ['Phường Mộc Lỵ', 'Phường Mường Sang', 'Xã Chiềng Hắc'].sort(),
    );
  });

  it('answers 404 for the children of a unit outside the scope', async () => {
    expectApiError(await admin.get(`/api/units?parentId=${id.laiChau}`), 404, 'NOT_FOUND');
    expectApiError(await xa.get(`/api/units?parentId=${id.sonla}`), 404, 'NOT_FOUND');
  });
});

describe('search without accents', () => {
  it('finds Phường Mộc Châu from "moc chau", in any case and word order', async () => {
    for (const q of ['moc chau', 'MỘC CHÂU', 'chau moc', 'Mộc  Châu']) {
      const found = await search(admin, q);
      expect(
        found.map((u) => u.fullName),
        q,
      ).toContain('Phường Mộc Châu');
    }
  });

  it('finds the pre-2025 province for "son la" at 2024-01-01, the new one today', async () => {
    const before = await search(admin, 'son la', '2024-01-01');
    expect(before.map((u) => u.id)).toContain(id.sonlaOld);
    expect(before.map((u) => u.id)).not.toContain(id.sonla);
    expect(before[0]).toMatchObject({ id: id.sonlaOld, level: 'province' });
    const now = await search(admin, 'son la');
    expect(now[0]).toMatchObject({ id: id.sonla, level: 'province' });
    expect(now.map((u) => u.id)).not.toContain(id.sonlaOld);
  });

  it('searches only inside the scope', async () => {
    expect(await search(admin, 'lai chau')).toEqual([]);
    expect(await search(admin, 'dak lak')).toEqual([]);
    expect((await search(xa, 'son la')).map((u) => u.id)).not.toContain(id.sonla);
  });

  it('finds Đắk Lắk and Thái Nguyên nationwide for a national admin', async () => {
    const dakLak = await search(national, 'dak lak');
    expect(dakLak[0]).toMatchObject({ fullName: 'Tỉnh Đắk Lắk', code: '66', level: 'province' });
    const thaiNguyen = await search(national, 'thai nguyen');
    expect(thaiNguyen[0]).toMatchObject({ fullName: 'Tỉnh Thái Nguyên', code: '19' });
    const roots = await national.get<UnitList>('/api/units');
    expect(roots.body.items).toMatchObject([{ code: 'VN', level: 'country', name: 'Việt Nam' }]);
  });

  it('returns nothing for a query of punctuation only', async () => {
    expect(await search(admin, '%%% ---')).toEqual([]);
  });
});

describe('unit detail', () => {
  it('shows the predecessors of a merged province and the successor of each', async () => {
    const tuyenQuang = await ctx.unitId('post2025', 'province', '08');
    const res = await national.get<TUnitDetail>(`/api/units/${tuyenQuang}`);
    expect(res.status).toBe(200);
    expect(res.body.predecessors.map((p) => [p.name, p.code, p.mergeType])).toEqual([
      ['Hà Giang', '02', 'full'],
      ['Tuyên Quang', '08', 'full'],
    ]);
    expect(res.body.successors).toEqual([]);
    expect(res.body.ancestors).toMatchObject([{ code: 'VN', level: 'country' }]);
    const haGiang = await ctx.unitId('pre2025', 'province', '02');
    const old = await national.get<TUnitDetail>(`/api/units/${haGiang}`);
    expect(old.body.successors).toMatchObject([{ id: tuyenQuang, mergeType: 'full' }]);
  });

  it('shows a commune with its ancestors and agency count', async () => {
    const res = await admin.get<TUnitDetail>(`/api/units/${id.mocChau}`);
    expect(res.body).toMatchObject({
      fullName: 'Phường Mộc Châu',
      level: 'commune',
      agencyCount: 2,
    });
    expect(res.body.ancestors.map((a) => a.level)).toEqual(['country', 'province']);
    expect(res.body.predecessors.map((p) => p.mergeType).sort()).toEqual([
      'full',
      'full',
      'partial',
    ]);
  });

  it('lets a Sơn La user read pre-2025 Sơn La history', async () => {
    const res = await admin.get<TUnitDetail>(`/api/units/${id.sonlaOld}`);
    expect(res.status).toBe(200);
    expect(res.body.successors.map((s) => s.id)).toEqual([id.sonla]);
  });

  it('answers 404 outside the scope and for unknown ids, without revealing anything', async () => {
    for (const [client, unit] of [
      [admin, id.laiChau],
      [xa, id.sonla],
      [admin, 2_000_000_000],
    ] as const) {
      const body = expectApiError(await client.get(`/api/units/${unit}`), 404, 'NOT_FOUND');
      expect(body.details).toBeUndefined();
    }
  });
});
