import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TAgency, TAuditEntry } from '@papi/contracts';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { countRows, expectApiError, snapshotRow, type Paged } from '../../test/helpers.ts';

let ctx: TestContext;
let admin: TestClient;
let noivu: TestClient;
let sonla: number;
let mocChau: number;
let inScope: number;

beforeAll(async () => {
  ctx = await createTestContext();
  [admin, noivu] = await Promise.all([ctx.as('admin'), ctx.as('noivu')]);
  sonla = await ctx.unitId('post2025', 'province', '14');
  const r = await ctx.database.pool.query<{ unit_id: number }>(
    `select unit_id from app_user where username = 'xa'`,
  );
  mocChau = r.rows[0]!.unit_id;
  inScope = await countRows(
    ctx,
    `agency a join admin_unit u on u.id = a.unit_id where u.path like '/1/${sonla}/%' and a.active`,
  );
});
afterAll(() => ctx.close());

const list = async (query: string, client = admin) => {
  const res = await client.get<Paged<TAgency>>(`/api/agencies?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};
const lastAudit = async () =>
  (await admin.get<Paged<TAuditEntry>>('/api/audit?entity=agency&pageSize=1')).body.items[0]!;

describe('list', () => {
  it('lists the active agencies of the scope, province bodies first', async () => {
    const page = await list('pageSize=500');
    expect(page.total).toBe(inScope);
    expect(page.items).toHaveLength(inScope);
    expect(page.items[0]).toMatchObject({ unitId: sonla, unitName: 'Tỉnh Sơn La', version: 1 });
    const firstCommune = page.items.findIndex((a) => a.unitId !== sonla);
    expect(page.items.slice(firstCommune).every((a) => a.unitId !== sonla)).toBe(true);
  });

  it('pages without overlap and keeps the total past the last page', async () => {
    const [one, two] = [await list('pageSize=10&page=1'), await list('pageSize=10&page=2')];
    expect(one.items).toHaveLength(10);
    expect(two.items).toHaveLength(10);
    const firstIds = one.items.map((a) => a.id);
    expect(two.items.filter((a) => firstIds.includes(a.id))).toEqual([]);
    expect([one.total, two.total]).toEqual([inScope, inScope]);
    const last = Math.ceil(inScope / 10);
    expect((await list(`pageSize=10&page=${last}`)).items).toHaveLength(inScope - (last - 1) * 10);
    expect(await list(`pageSize=10&page=${last + 1}`)).toEqual({ items: [], total: inScope });
  });

  it('pages through agencies of the same name without skipping or repeating any', async () => {
    await ctx.database.pool.query(
      `insert into agency (unit_id, name, kind, search, active)
       select id, 'Trạm Y tế', 'khac', 'tram y te', false from admin_unit where parent_id = $1`,
      [sonla],
    );
    const seen: number[] = [];
    for (let page = 1; page <= 12; page++) {
      seen.push(
        ...(await list(`q=tram%20y%20te&includeInactive=true&pageSize=7&page=${page}`)).items.map(
          (a) => a.id,
        ),
      );
    }
    const all = await list('q=tram%20y%20te&includeInactive=true&pageSize=500');
    expect(all.total).toBeGreaterThan(70);
    expect(seen.sort()).toEqual(all.items.map((a) => a.id).sort());
  });

  it('searches names and short names without accents, in any word order', async () => {
    for (const q of ['tu phap', 'PHÁP TƯ', 'stp']) {
      const found = await list(`q=${encodeURIComponent(q)}`);
      expect(
        found.items.map((a) => a.name),
        q,
      ).toContain('Sở Tư pháp tỉnh Sơn La');
    }
    expect(await list('q=khong%20co%20co%20quan%20nay')).toEqual({ items: [], total: 0 });
  });

  it('filters by unit', async () => {
    const found = await list(`unitId=${mocChau}`);
    expect(found.items.map((a) => a.kind).sort()).toEqual(['mttq', 'ubnd']);
    expect(found.items.every((a) => a.unitName === 'Phường Mộc Châu')).toBe(true);
  });
});

describe('create', () => {
  it('creates an agency, trimmed, and records it in the audit log', async () => {
    const res = await noivu.post<TAgency>('/api/agencies', {
      unitId: mocChau,
      name: '  Trạm Y tế phường Mộc Châu  ',
      shortName: 'TYT',
      kind: 'khac',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      unitId: mocChau,
      unitName: 'Phường Mộc Châu',
      name: 'Trạm Y tế phường Mộc Châu',
      active: true,
      version: 1,
    });
    expect(await lastAudit()).toMatchObject({
      action: 'create',
      entityId: String(res.body.id),
      username: 'noivu',
      before: null,
      after: { unitId: mocChau, name: 'Trạm Y tế phường Mộc Châu', shortName: 'TYT', kind: 'khac' },
    });
    expect((await list('q=tram%20y%20te')).items.map((a) => a.id)).toEqual([res.body.id]);
  });

  it('refuses invalid fields in Vietnamese and creates nothing', async () => {
    const before = await countRows(ctx, 'agency');
    const short = expectApiError(
      await admin.post('/api/agencies', { unitId: sonla, name: 'A', kind: 'so' }),
      400,
      'VALIDATION',
    );
    expect(short.message).toContain('"name"');
    expect(short.message).toContain('Tên cơ quan phải có ít nhất 2 ký tự.');
    const kind = await admin.post('/api/agencies', { unitId: sonla, name: 'Sở mới', kind: 'bo' });
    expect(expectApiError(kind, 400, 'VALIDATION').message).toContain('"kind"');
    expectApiError(
      await admin.post('/api/agencies', { unitId: 2_000_000_000, name: 'Sở mới', kind: 'so' }),
      404,
    );
    expect(await countRows(ctx, 'agency')).toBe(before);
  });
});

describe('update', () => {
  const createOne = async (name: string) =>
    (await admin.post<TAgency>('/api/agencies', { unitId: sonla, name, kind: 'so' })).body;

  it('updates with the version it read and audits before and after', async () => {
    const agency = await createOne('Sở Ngoại vụ');
    const res = await admin.patch<TAgency>(`/api/agencies/${agency.id}`, {
      version: 1,
      name: 'Sở Ngoại vụ tỉnh Sơn La',
      shortName: 'SNgV',
    });
    expect(res.body).toMatchObject({
      name: 'Sở Ngoại vụ tỉnh Sơn La',
      shortName: 'SNgV',
      version: 2,
    });
    expect(await lastAudit()).toMatchObject({
      action: 'update',
      entityId: String(agency.id),
      before: { name: 'Sở Ngoại vụ', shortName: '', kind: 'so', active: true },
      after: { name: 'Sở Ngoại vụ tỉnh Sơn La', shortName: 'SNgV', kind: 'so', active: true },
    });
    expect((await list('q=sngv')).items.map((a) => a.id)).toEqual([agency.id]);
  });

  it('hides a deactivated agency unless inactive ones are asked for', async () => {
    const agency = await createOne('Ban Quản lý dự án');
    await admin.patch(`/api/agencies/${agency.id}`, { version: 1, active: false });
    expect((await list('q=ban%20quan%20ly%20du%20an')).items).toEqual([]);
    const all = await list('q=ban%20quan%20ly%20du%20an&includeInactive=true');
    expect(all.items).toMatchObject([{ id: agency.id, active: false, version: 2 }]);
  });

  it('refuses a stale version with 409 in Vietnamese and changes nothing', async () => {
    const agency = await createOne('Sở Kế hoạch');
    // Two people open version 1; the first save wins.
    expect(
      (await noivu.patch(`/api/agencies/${agency.id}`, { version: 1, shortName: 'SKH' })).status,
    ).toBe(200);
    const [row, audits] = [
      await snapshotRow(ctx, 'agency', agency.id),
      await countRows(ctx, 'audit_log'),
    ];
    const stale = await admin.patch(`/api/agencies/${agency.id}`, { version: 1, name: 'Ghi đè' });
    const body = expectApiError(stale, 409, 'CONFLICT');
    expect(body.message).toBe(
      'Bản ghi đã được người khác sửa sau khi bạn mở. Vui lòng tải lại để xem thay đổi mới nhất rồi sửa lại.',
    );
    expect(body.details).toEqual({ currentVersion: 2 });
    expect(await snapshotRow(ctx, 'agency', agency.id)).toEqual(row);
    expect(await countRows(ctx, 'audit_log')).toBe(audits);
  });

  it('writes the audit entry in the same transaction: no entry, no change', async () => {
    const agency = await createOne('Sở Thử giao dịch');
    const row = await snapshotRow(ctx, 'agency', agency.id);
    const pool = ctx.database.pool;
    await pool.query(`alter table audit_log add constraint audit_test_refuse
                      check (summary not like '%KHONG-GHI%')`);
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const res = await admin.patch(`/api/agencies/${agency.id}`, {
        version: 1,
        name: 'KHONG-GHI',
      });
      expectApiError(res, 500, 'INTERNAL');
    } finally {
      quiet.mockRestore();
      await pool.query('alter table audit_log drop constraint audit_test_refuse');
    }
    expect(await snapshotRow(ctx, 'agency', agency.id)).toEqual(row);
  });

  it('answers 404 for an unknown agency', async () => {
    expectApiError(await admin.patch('/api/agencies/2000000000', { version: 1 }), 404, 'NOT_FOUND');
  });
});
