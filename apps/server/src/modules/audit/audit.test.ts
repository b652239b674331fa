import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAgency, TAuditEntry } from '@papi/contracts';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { expectApiError, type Paged } from '../../test/helpers.ts';
import { addDays } from '@papi/domain';
import { todayVn } from '../../platform/clock.ts';

let ctx: TestContext;
let admin: TestClient;
let noivu: TestClient;
let agency: TAgency;

const day = (offset: number) => addDays(todayVn(), offset);

beforeAll(async () => {
  ctx = await createTestContext();
  [admin, noivu] = await Promise.all([ctx.as('admin'), ctx.as('noivu')]);
  const sonla = await ctx.unitId('post2025', 'province', '14');
  const res = await noivu.post<TAgency>('/api/agencies', {
    unitId: sonla,
    name: 'Trung tâm Dịch vụ việc làm',
    kind: 'ban_nganh',
  });
  agency = res.body;
  await admin.patch(`/api/agencies/${agency.id}`, { version: 1, shortName: 'TTDVVL' });
});
afterAll(() => ctx.close());

const audit = async (query: string) => {
  const res = await admin.get<Paged<TAuditEntry>>(`/api/audit?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};

describe('audit log', () => {
  it('is for admins only', async () => {
    for (const username of ['noivu', 'lanhdao', 'tuphap', 'xem', 'xa']) {
      const client = username === 'noivu' ? noivu : await ctx.as(username);
      const body = expectApiError(await client.get('/api/audit'), 403, 'FORBIDDEN');
      expect(body.message).toBe('Chỉ quản trị hệ thống được xem nhật ký.');
    }
  });

  it('lists newest first, with who did what and the before/after values', async () => {
    const { items } = await audit('entity=agency&pageSize=2');
    expect(items.map((e) => [e.action, e.username, e.entityId])).toEqual([
      ['update', 'admin', String(agency.id)],
      ['create', 'noivu', String(agency.id)],
    ]);
    expect(items[0]).toMatchObject({
      summary: 'Sửa cơ quan "Trung tâm Dịch vụ việc làm"',
      before: { shortName: '' },
      after: { shortName: 'TTDVVL' },
    });
    expect(Date.parse(items[0]!.at)).toBeGreaterThanOrEqual(Date.parse(items[1]!.at));
  });

  it('filters by entity', async () => {
    const logins = await audit('entity=session&pageSize=200');
    expect(logins.items.length).toBeGreaterThanOrEqual(2);
    expect(logins.items.every((e) => e.entity === 'session' && e.action === 'login')).toBe(true);
    expect(logins.items.map((e) => e.summary)).toContain('Đăng nhập: noivu');
    expect(await audit('entity=khong-co')).toEqual({ items: [], total: 0 });
  });

  it('searches summaries and usernames without accents', async () => {
    for (const q of ['trung tam dich vu', 'TRUNG TÂM DỊCH VỤ', 'viec lam trung']) {
      expect((await audit(`q=${encodeURIComponent(q)}`)).total, q).toBe(2);
    }
    const byUser = await audit('q=noivu&entity=agency');
    expect(byUser.items.map((e) => e.username)).toEqual(['noivu']);
  });

  it('filters by date range, inclusive of whole days', async () => {
    const all = (await audit('pageSize=200')).total;
    expect(all).toBeGreaterThan(3);
    expect((await audit(`from=${day(-1)}&to=${day(1)}&pageSize=200`)).total).toBe(all);
    expect(await audit(`from=${day(2)}`)).toEqual({ items: [], total: 0 });
    expect(await audit(`to=${day(-2)}`)).toEqual({ items: [], total: 0 });
    expect(await audit(`from=${day(1)}&to=${day(-1)}`)).toEqual({ items: [], total: 0 });
  });

  it('refuses dates that do not exist with 400 naming the field', async () => {
    for (const [field, value] of [
      ['from', '2023-02-29'],
      ['to', '0000-01-01'],
      ['from', '2024-13-01'],
    ]) {
      const body = expectApiError(
        await admin.get(`/api/audit?${field}=${value}`),
        400,
        'VALIDATION',
      );
      expect(body.message).toContain(`"${field}"`);
    }
  });

  it('pages without overlap and keeps the total past the last page', async () => {
    const total = (await audit('pageSize=200')).total;
    const [one, two] = [await audit('pageSize=2&page=1'), await audit('pageSize=2&page=2')];
    expect([one.total, two.total]).toEqual([total, total]);
    expect(one.items.map((e) => e.id)).not.toContain(two.items[0]!.id);
    expect(one.items[1]!.id).toBeGreaterThan(two.items[0]!.id);
    expect(await audit(`pageSize=2&page=${Math.ceil(total / 2) + 1}`)).toEqual({
      items: [],
      total,
    });
  });
});
