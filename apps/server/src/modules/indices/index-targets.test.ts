import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TRanking, TTarget, TTargetList } from '@papi/contracts';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { countRows, createNationalAdmin, expectApiError } from '../../test/helpers.ts';

let ctx: TestContext;
let admin: TestClient;
let viewer: TestClient;
let national: TestClient;
/** Post-2025 Sơn La (the installation), its pre-2025 self, a merged province, a commune. */
const units = { sonla: 0, oldSonla: 0, laichau: 0, merged: 0, mocChau: 0 };

beforeAll(async () => {
  ctx = await createTestContext();
  await createNationalAdmin(ctx, 'quocgia');
  [admin, viewer, national] = await Promise.all([
    ctx.as('admin'),
    ctx.as('xem'),
    ctx.as('quocgia'),
  ]);
  units.sonla = await ctx.unitId('post2025', 'province', '14');
  units.oldSonla = await ctx.unitId('pre2025', 'province', '14');
  units.laichau = await ctx.unitId('post2025', 'province', '12');
  const q = (sql: string) =>
    ctx.database.pool.query<{ id: number }>(sql).then((r) => r.rows[0]!.id);
  units.merged = await q(`
    select s.new_unit_id as id from unit_succession s join admin_unit o on o.id = s.old_unit_id
     where o.level = 'province' group by s.new_unit_id having count(*) > 1
     order by s.new_unit_id limit 1`);
  units.mocChau = await q(`select unit_id as id from app_user where username = 'xa'`);
});
afterAll(() => ctx.close());

const base = (unitId: number) => `/api/indices/PAPI/units/${unitId}/targets`;
const list = async (unitId: number, year: number, client = admin) => {
  const res = await client.get<TTargetList>(`${base(unitId)}?year=${year}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};
const create = async (unitId: number, body: Record<string, unknown>, client = admin) =>
  client.post<TTarget>(base(unitId), body);
const created = async (unitId: number, body: Record<string, unknown>, client = admin) => {
  const res = await create(unitId, body, client);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
};
const audits = () => countRows(ctx, `audit_log where entity = 'index_target'`);

async function oldSonla2023() {
  const res = await viewer.get<TRanking>('/api/indices/PAPI/rankings/2023');
  return res.body.rows.find((r) => r.unit.id === units.oldSonla)!;
}

describe('before the year is published', () => {
  it('saves targets of every kind, audited, and lists them pending', async () => {
    const before = await audits();
    const bodies = [
      { year: 2024, kind: 'group', groupCode: 'high_average', note: 'Vào nhóm trung bình cao' },
      { year: 2024, kind: 'total_rank', value: 30 },
      { year: 2024, kind: 'rank_improvement', value: 1 },
      { year: 2024, kind: 'total_score', value: 41.5 },
      { year: 2024, kind: 'dimension_score', elementCode: 'd3', value: 6 },
    ];
    for (const body of bodies) await created(units.sonla, body);
    expect(await audits()).toBe(before + bodies.length);

    const page = await list(units.sonla, 2024);
    expect(page).toMatchObject({
      year: 2024,
      published: false,
      basis: null,
      edition: 'papi-2018',
      canEdit: true,
    });
    expect(page.items.map((t) => [t.kind, t.elementCode])).toEqual([
      ['group', null],
      ['total_rank', null],
      ['rank_improvement', null],
      ['total_score', null],
      ['dimension_score', 'D3'],
    ]);
    expect(page.items[0]).toMatchObject({
      groupCode: 'high_average',
      value: null,
      note: 'Vào nhóm trung bình cao',
      createdBy: 'Quản trị hệ thống',
      version: 1,
    });
    for (const t of page.items) {
      expect(t.evaluation).toEqual({
        status: 'pending',
        actualValue: null,
        actualGroup: null,
        reason: 'no_results',
      });
    }
  });

  it('evaluates them once the year is imported, against the single predecessor province', async () => {
    // Publish "2024" as a copy of 2023 (results of the 63 pre-2025 provinces).
    await ctx.database.pool.query(`
      with rel as (insert into index_release (framework_code, year) values ('PAPI', 2024) returning id)
      insert into index_result (release_id, unit_id, assessed, scores, total)
      select rel.id, x.unit_id, x.assessed, x.scores, x.total
        from rel, index_result x join index_release r on r.id = x.release_id
       where r.framework_code = 'PAPI' and r.year = 2023`);
    // Written behind the server's back: the results cache rechecks its stamp after a second.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const actual = await oldSonla2023();
    const page = await list(units.sonla, 2024);
    expect(page.published).toBe(true);
    expect(page.basis?.id).toBe(units.oldSonla);
    const by = (kind: string) => page.items.find((t) => t.kind === kind)!.evaluation;
    const rank = actual.total.rank!;
    expect(by('total_rank')).toEqual({
      status: rank <= 30 ? 'met' : 'not_met',
      actualValue: rank,
      actualGroup: null,
      reason: null,
    });
    expect(by('group').actualGroup).toBe(actual.total.group);
    expect(by('total_score')).toMatchObject({
      status: actual.total.score! >= 41.5 ? 'met' : 'not_met',
      actualValue: actual.total.score,
    });
    expect(by('dimension_score')).toMatchObject({
      status: actual.dimensions.D3!.score! >= 6 ? 'met' : 'not_met',
      actualValue: actual.dimensions.D3!.score,
    });
    // Same scores as the year before: no place gained.
    expect(by('rank_improvement')).toMatchObject({ status: 'not_met', actualValue: 0 });
  });
});

describe('evaluation against published years', () => {
  it('matches the official 2023 standing, met and not met', async () => {
    const actual = await oldSonla2023();
    const rank = actual.total.rank!;
    const met = await created(units.sonla, { year: 2023, kind: 'total_rank', value: rank });
    const missed = await created(units.sonla, {
      year: 2023,
      kind: 'total_score',
      value: Math.min(80, Math.ceil(actual.total.score!) + 1),
    });
    const page = await list(units.sonla, 2023);
    const evaluation = (id: number) => page.items.find((t) => t.id === id)!.evaluation;
    expect(evaluation(met.id)).toMatchObject({ status: 'met', actualValue: rank });
    expect(evaluation(missed.id)).toMatchObject({
      status: 'not_met',
      actualValue: actual.total.score,
    });
  });

  it('keeps a province formed from several old ones pending, and a commune too', async () => {
    await created(units.merged, { year: 2023, kind: 'total_rank', value: 10 }, national);
    const merged = await list(units.merged, 2023, national);
    expect(merged).toMatchObject({ published: true, basis: null });
    expect(merged.items[0]!.evaluation).toMatchObject({ status: 'pending', reason: 'merged' });

    await created(units.mocChau, { year: 2023, kind: 'group', groupCode: 'highest' });
    const commune = await list(units.mocChau, 2023);
    expect(commune.items[0]!.evaluation).toMatchObject({
      status: 'pending',
      reason: 'no_unit_result',
    });
  });
});

describe('validation', () => {
  it('refuses values out of the edition ranges and dimensions it does not have', async () => {
    const bad = [
      { year: 2017, kind: 'dimension_score', elementCode: 'D7', value: 5 },
      { year: 2023, kind: 'dimension_score', elementCode: 'D2', value: 10.5 },
      { year: 2017, kind: 'total_score', value: 61 },
      { year: 2023, kind: 'total_rank', value: 0 },
      { year: 2023, kind: 'total_rank', value: 64 },
      { year: 2005, kind: 'total_rank', value: 5 },
    ];
    for (const body of bad) {
      const res = await create(units.sonla, body);
      expectApiError(res, 400, 'INVALID_TARGET');
    }
    const shapes = [
      { year: 2023, kind: 'group', value: 3 },
      { year: 2023, kind: 'total_rank', groupCode: 'highest' },
      { year: 2023, kind: 'total_rank', value: 2.5 },
      { year: 2023, kind: 'dimension_score', value: 5 },
      { year: 2023, kind: 'total_score', value: 40, elementCode: 'D1' },
    ];
    for (const body of shapes) expectApiError(await create(units.sonla, body), 400, 'VALIDATION');
  });

  it('refuses a second target of the same kind with 409', async () => {
    const body = { year: 2026, kind: 'dimension_score', elementCode: 'D8', value: 5 };
    await created(units.sonla, body);
    const res = await create(units.sonla, body);
    expect(expectApiError(res, 409, 'CONFLICT').message).toContain('điểm lĩnh vực D8');
    // Another dimension is another target.
    await created(units.sonla, { ...body, elementCode: 'D7' });
  });

  it('sets targets only for current units', async () => {
    const res = await create(units.oldSonla, { year: 2023, kind: 'total_rank', value: 5 });
    expectApiError(res, 400, 'UNIT_NOT_CURRENT');
  });
});

describe('update and delete', () => {
  it('updates with the version read and answers 409 to a stale one', async () => {
    const t = await created(units.sonla, { year: 2027, kind: 'total_rank', value: 20 });
    const before = await audits();
    const ok = await admin.patch<TTarget>(`/api/index-targets/${t.id}`, {
      version: 1,
      value: 15,
      note: 'Nâng mục tiêu',
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({ value: 15, note: 'Nâng mục tiêu', version: 2 });
    const stale = await admin.patch(`/api/index-targets/${t.id}`, { version: 1, value: 10 });
    expect(expectApiError(stale, 409, 'CONFLICT').details).toEqual({ currentVersion: 2 });
    expectApiError(
      await admin.patch(`/api/index-targets/${t.id}`, { version: 2, value: 0 }),
      400,
      'INVALID_TARGET',
    );
    expectApiError(
      await admin.patch(`/api/index-targets/${t.id}`, { version: 2, groupCode: 'highest' }),
      400,
      'INVALID_TARGET',
    );
    expect(await audits()).toBe(before + 1);
    const entry = await ctx.database.pool.query<{ before: unknown; after: unknown }>(
      `select before, after from audit_log where entity = 'index_target' and entity_id = $1 and action = 'update'`,
      [String(t.id)],
    );
    expect(entry.rows[0]).toMatchObject({ before: { value: 20 }, after: { value: 15 } });
  });

  it('deletes with the version read, audited', async () => {
    const t = await created(units.sonla, { year: 2027, kind: 'group', groupCode: 'highest' });
    const before = await audits();
    expectApiError(
      await admin.request('DELETE', `/api/index-targets/${t.id}`, { version: 7 }),
      409,
      'CONFLICT',
    );
    const res = await admin.request('DELETE', `/api/index-targets/${t.id}`, { version: 1 });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(await countRows(ctx, 'index_target where id = $1', [t.id])).toBe(0);
    expect(await audits()).toBe(before + 1);
  });
});

describe('authorization', () => {
  it('hides other provinces (404) and lets viewers read but not write (403)', async () => {
    const other = await created(
      units.laichau,
      { year: 2023, kind: 'total_rank', value: 9 },
      national,
    );
    expectApiError(await admin.get(`${base(units.laichau)}?year=2023`), 404, 'NOT_FOUND');
    expectApiError(
      await create(units.laichau, { year: 2023, kind: 'total_rank', value: 9 }),
      404,
      'NOT_FOUND',
    );
    expectApiError(
      await admin.patch(`/api/index-targets/${other.id}`, { version: 1, value: 3 }),
      404,
      'NOT_FOUND',
    );

    const before = await audits();
    const seen = await list(units.sonla, 2023, viewer);
    expect(seen.items.length).toBeGreaterThan(0);
    expect(seen.canEdit).toBe(false);
    expect((await list(units.oldSonla, 2023)).canEdit).toBe(false);
    expectApiError(
      await create(units.sonla, { year: 2028, kind: 'total_rank', value: 9 }, viewer),
      403,
      'FORBIDDEN',
    );
    const mine = (await list(units.sonla, 2023)).items[0]!;
    expectApiError(
      await viewer.patch(`/api/index-targets/${mine.id}`, { version: mine.version, value: 1 }),
      403,
      'FORBIDDEN',
    );
    expect(await audits()).toBe(before);
    const leader = await ctx.as('lanhdao');
    await created(units.sonla, { year: 2028, kind: 'total_rank', value: 9 }, leader);
  });
});
