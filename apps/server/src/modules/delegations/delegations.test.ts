import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TDelegation } from '@papi/contracts';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { countRows, expectApiError } from '../../test/helpers.ts';
import { useTestClock } from '../../test/test-clock.ts';
import { setClock } from '../../platform/clock.ts';
import { forgetRemembered } from '../../platform/cache.ts';
import { samplePlan } from '../plans/plans.samples.ts';

/**
 * Explicit delegation (issue §3): a unit's coordinator (or admin) lets a named officer of
 * that unit draft its plans and/or its own report, until an end date or revocation.
 */
let ctx: TestContext;
let noivu: TestClient;
let admin: TestClient;
let tuphap: TestClient;
let xa: TestClient;
const ids = { sonla: 0, ward: 0, tuphap: 0, xa: 0, lanhdao: 0, report: 0 };

const q = async <T>(text: string, params: unknown[] = []) =>
  (await ctx.database.pool.query(text, params)).rows as T[];

beforeAll(async () => {
  ctx = await createTestContext();
  [noivu, admin, tuphap, xa] = await Promise.all([
    ctx.as('noivu'),
    ctx.as('admin'),
    ctx.as('tuphap'),
    ctx.as('xa'),
  ]);
  const users = await q<{ id: number; username: string; unit_id: number }>(
    `select id, username, unit_id from app_user where username in ('tuphap', 'xa', 'lanhdao')`,
  );
  const user = (name: string) => users.find((u) => u.username === name)!;
  Object.assign(ids, {
    sonla: user('tuphap').unit_id,
    ward: user('xa').unit_id,
    tuphap: user('tuphap').id,
    xa: user('xa').id,
    lanhdao: user('lanhdao').id,
  });
  // The province's own report for a period, as a draft (regime, period and version rows).
  const [regime] = await q<{ id: number }>('select id from reporting_regime order by id limit 1');
  const [period] = await q<{ id: number }>(
    `insert into report_period (regime_id, key, label, year, window_from, window_to, due)
     values ($1, '2030-M1', 'kỳ kiểm thử', 2030, '2029-12-01', '2030-05-31', '{}'::jsonb)
     returning id`,
    [regime!.id],
  );
  const [report] = await q<{ id: number }>(
    `insert into report (period_id, regime_id, unit_id, unit_path, level, receiver_unit_id,
                         receiver_path, due_on, status)
     select $1, $2, u.id, u.path, 'province', u.id, u.path, '2030-06-05', 'draft'
       from admin_unit u where u.id = $3 returning id`,
    [period!.id, regime!.id, ids.sonla],
  );
  ids.report = report!.id;
  await q(
    `insert into report_version (report_id, version_no, status, content)
     values ($1, 1, 'draft', '{"indicators":[],"narratives":[]}'::jsonb)`,
    [ids.report],
  );
});
afterAll(() => ctx.close());
afterEach(() => useTestClock());

const ok = <T>(res: { status: number; body: unknown }, status = 200) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body as T;
};

/** What tuphap may do to the province's plans and own report right now. */
async function tuphapDrafts(client: TestClient) {
  const plan = await client.post<{ id: number }>('/api/plans', samplePlan(ids.sonla, 'Ủy quyền'));
  const [r] = await q<{ version: number }>('select version from report where id = $1', [
    ids.report,
  ]);
  const report = await client.patch(`/api/reports/${ids.report}`, {
    version: r!.version,
    content: { indicators: [], narratives: [{ dimensionCode: '', results: 'Tư pháp soạn' }] },
  });
  const me = await client.get<{ draftsForUnit: boolean }>('/api/auth/me');
  return { plan: plan.status, report: report.status, draftsForUnit: me.body.draftsForUnit };
}

const grant = (client: TestClient, body: Record<string, unknown>) =>
  client.post<TDelegation>('/api/delegations', { plans: true, reports: true, ...body });

describe('explicit delegation to draft the unit’s plans and report', () => {
  it('lets a sở officer draft once the coordinator delegates, audited, and not after revoke', async () => {
    expect(await tuphapDrafts(tuphap)).toEqual({ plan: 403, report: 403, draftsForUnit: false });
    const d = ok<TDelegation>(await grant(noivu, { userId: ids.tuphap }), 201);
    expect(d).toMatchObject({ status: 'active', plans: true, reports: true, endsOn: null });
    expect(
      await countRows(ctx, `audit_log where entity = 'delegation' and entity_id = $1`, [
        String(d.id),
      ]),
    ).toBe(1);
    expect(await tuphapDrafts(tuphap)).toEqual({ plan: 201, report: 200, draftsForUnit: true });
    const listed = ok<{ items: TDelegation[] }>(await noivu.get('/api/delegations'));
    expect(listed.items.map((i) => i.id)).toContain(d.id);

    const revoked = ok<TDelegation>(await noivu.post(`/api/delegations/${d.id}/revoke`));
    expect(revoked.status).toBe('revoked');
    expect(await tuphapDrafts(tuphap)).toEqual({ plan: 403, report: 403, draftsForUnit: false });
    expectApiError(await noivu.post(`/api/delegations/${d.id}/revoke`), 409, 'CONFLICT');
    expect(
      await countRows(ctx, `audit_log where entity = 'delegation' and entity_id = $1`, [
        String(d.id),
      ]),
    ).toBe(2);
  });

  it('grants only one right when asked: reports without plans', async () => {
    const d = ok<TDelegation>(await grant(admin, { userId: ids.tuphap, plans: false }), 201);
    expect(await tuphapDrafts(tuphap)).toEqual({ plan: 403, report: 200, draftsForUnit: false });
    ok(await admin.post(`/api/delegations/${d.id}/revoke`));
  });

  it('ends after the end date on the one clock', async () => {
    const d = ok<TDelegation>(
      await grant(noivu, { userId: ids.tuphap, endsOn: '2026-11-30' }),
      201,
    );
    setClock('2026-11-30T16:00:00+07:00');
    forgetRemembered(ctx.database.db);
    expect(await tuphapDrafts(await ctx.as('tuphap'))).toMatchObject({ plan: 201, report: 200 });
    setClock('2026-12-01T08:00:00+07:00');
    forgetRemembered(ctx.database.db);
    const later = await ctx.as('tuphap');
    expect(await tuphapDrafts(later)).toEqual({ plan: 403, report: 403, draftsForUnit: false });
    const listed = ok<{ items: TDelegation[] }>(
      await (await ctx.as('noivu')).get('/api/delegations'),
    );
    expect(listed.items.find((i) => i.id === d.id)?.status).toBe('expired');
  });

  it('refuses officers, other units, non-officers and past end dates, saving nothing', async () => {
    const before = await countRows(ctx, 'unit_delegation');
    const audits = await countRows(ctx, 'audit_log');
    // An officer cannot delegate, not even the unit's People's Committee officer.
    expectApiError(await grant(tuphap, { userId: ids.tuphap }), 403, 'FORBIDDEN');
    expectApiError(await grant(xa, { userId: ids.xa }), 403, 'FORBIDDEN');
    ok(await noivu.get(`/api/delegations?unitId=${ids.ward}`));
    // Nobody delegates beyond their own unit: the province's coordinator and admin to a ward.
    expectApiError(await grant(noivu, { userId: ids.xa }), 403, 'FORBIDDEN');
    expectApiError(await grant(admin, { userId: ids.xa }), 403, 'FORBIDDEN');
    // …and a ward's officer does not see the province's accounts at all.
    expectApiError(await grant(xa, { userId: ids.tuphap }), 404, 'NOT_FOUND');
    const leader = await grant(noivu, { userId: ids.lanhdao });
    expect(expectApiError(leader, 400, 'VALIDATION').details).toMatchObject({
      issues: [{ path: 'userId' }],
    });
    const past = await grant(noivu, { userId: ids.tuphap, endsOn: '2026-11-24' });
    expect(expectApiError(past, 400, 'VALIDATION').details).toMatchObject({
      issues: [{ path: 'endsOn' }],
    });
    expectApiError(await grant(noivu, { userId: ids.tuphap, plans: false, reports: false }), 400);
    expect(await countRows(ctx, 'unit_delegation')).toBe(before);
    expect(await countRows(ctx, 'audit_log')).toBe(audits);
  });

  it('lets only the unit’s own coordinator or admin revoke, and officers not list', async () => {
    const d = ok<TDelegation>(await grant(noivu, { userId: ids.tuphap }), 201);
    expectApiError(await tuphap.post(`/api/delegations/${d.id}/revoke`), 403, 'FORBIDDEN');
    expectApiError(await xa.post(`/api/delegations/${d.id}/revoke`), 404, 'NOT_FOUND');
    expectApiError(await tuphap.get('/api/delegations'), 403, 'FORBIDDEN');
    // A new grant replaces the one in force: one active row per officer.
    const again = ok<TDelegation>(await grant(noivu, { userId: ids.tuphap, reports: false }), 201);
    const rows = await q<{ id: number; revoked_at: Date | null }>(
      'select id, revoked_at from unit_delegation where user_id = $1 and revoked_at is null',
      [ids.tuphap],
    );
    expect(rows.map((r) => r.id)).toEqual([again.id]);
  });
});
