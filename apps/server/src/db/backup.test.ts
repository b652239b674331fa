import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/harness.ts';
import { createBackup, restoreBackup } from './backup.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const counts = async () =>
  (
    await ctx.database.pool.query<Record<string, number>>(
      `select (select count(*)::int from admin_unit) as units, (select count(*)::int from agency) as agencies,
              (select count(*)::int from app_user) as users, (select count(*)::int from audit_log) as audit`,
    )
  ).rows[0]!;

describe('backup and restore', () => {
  it('round-trips every row and keeps sequences ahead of restored ids', async () => {
    const admin = await ctx.as('admin');
    const provinceId = await ctx.unitId('post2025', 'province', '14');
    await admin.post('/api/agencies', { unitId: provinceId, name: 'Sở Ngoại vụ', kind: 'so' });
    const before = await counts();
    const script = await createBackup(ctx.database);

    await ctx.database.pool.query(`update agency set name = 'đã sửa sau sao lưu'`);
    await ctx.database.pool.query(`delete from audit_log`);
    await restoreBackup(ctx.database, script);

    expect(await counts()).toEqual(before);
    const { rows } = await ctx.database.pool.query(
      `select count(*)::int as n from agency where name = 'Sở Ngoại vụ'`,
    );
    expect(rows[0].n).toBe(1);
    // Same data, same script: only the header time and the quoting tag may differ.
    const normalize = (text: string) =>
      text
        .split('\n')
        .slice(1)
        .join('\n')
        .replace(/\$papi_[0-9a-f]+\$/g, '$$');
    expect(normalize(await createBackup(ctx.database))).toBe(normalize(script));
    // A new row after restore must not collide with a restored id.
    const created = await (
      await ctx.as('admin')
    ).post('/api/agencies', {
      unitId: provinceId,
      name: 'Sở Mới sau khôi phục',
      kind: 'so',
    });
    expect(created.status).toBe(201);
  });

  it('refuses a file that is not a backup or is from another schema version', async () => {
    await expect(restoreBackup(ctx.database, 'select 1;')).rejects.toThrow(
      'không phải bản sao lưu',
    );
    const script = await createBackup(ctx.database);
    const other = script.replace(/^-- migration: .+$/m, '-- migration: 20990101000000_future');
    await expect(restoreBackup(ctx.database, other)).rejects.toThrow('phiên bản CSDL');
  });

  it('leaves the data untouched when a restore fails halfway', async () => {
    const before = await counts();
    const script = (await createBackup(ctx.database)).replace(
      'insert into audit_log',
      'insert into no_such_table',
    );
    await expect(restoreBackup(ctx.database, script)).rejects.toThrow();
    expect(await counts()).toEqual(before);
  });
});
