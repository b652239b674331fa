import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, isRecipient } from '@papi/domain';
import type { TComplianceBoard, TObligation, TPlanDetail, TWorkItem } from '@papi/contracts';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { countRows, expectApiError, type Paged } from '../../test/helpers.ts';
import { todayVn } from '../../platform/clock.ts';
import { planObligationSource } from '../reminders/sources.ts';
import { PLAN_YEAR, samplePlan, sampleTasks } from './plans.samples.ts';

/**
 * A province plan obliges its departments (sở/ban/ngành) in one action; each department
 * sees its obligation, starts its own plan in its own name and drafts it; the board and
 * the reminders count it as the department's.
 */
let ctx: TestContext;
let noivu: TestClient;
let lanhdao: TestClient;
let tuphap: TestClient;
let yte: TestClient;
const ids = { sonla: 0, tuphap: 0, yte: 0, noivu: 0 };
const deadline = { kind: 'relative', days: 30, after: 'issuance' };

const ok = <T>(res: { status: number; body: unknown }, status = 200) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body as T;
};

beforeAll(async () => {
  ctx = await createTestContext();
  const q = ctx.database.pool;
  ids.sonla = await ctx.unitId('post2025', 'province', '14');
  const agencyOf = async (prefix: string) =>
    (
      await q.query<{ id: number }>(
        `select id from agency where unit_id = $1 and name like $2 order by id limit 1`,
        [ids.sonla, `${prefix}%`],
      )
    ).rows[0]!.id;
  ids.tuphap = await agencyOf('Sở Tư pháp');
  ids.yte = await agencyOf('Sở Y tế');
  ids.noivu = await agencyOf('Sở Nội vụ');
  // Another department's officer: acts for Sở Y tế only.
  await q.query(
    `insert into app_user (username, full_name, role, unit_id, agency_id, password_hash,
                           must_change_password, search)
     select 'yte', 'Cán bộ Sở Y tế', 'officer', $1, $2, a.password_hash, false, 'yte'
       from app_user a where a.username = 'admin'`,
    [ids.sonla, ids.yte],
  );
  [noivu, lanhdao, tuphap, yte] = await Promise.all([
    ctx.as('noivu'),
    ctx.as('lanhdao'),
    ctx.as('tuphap'),
    ctx.as('yte'),
  ]);
});
afterAll(() => ctx.close());

type Preview = { count: number; alreadyObliged: number; sample: string[]; addressees: string };

describe('obliging every department of the province', () => {
  let parent: TPlanDetail;
  let departments = 0;
  let mine: TObligation;
  let child: TPlanDetail;

  it('previews the count, obliges them all in one action, and not twice', async () => {
    const draft = ok<TPlanDetail>(
      await noivu.post('/api/plans', samplePlan(ids.sonla, 'Nâng cao Chỉ số PAPI tỉnh Sơn La')),
      201,
    );
    departments = (
      await ctx.database.pool.query<{ n: number }>(
        `select count(*)::int as n from agency where unit_id = $1 and active and kind in ('so', 'ban_nganh')`,
        [ids.sonla],
      )
    ).rows[0]!.n;
    expect(departments).toBeGreaterThan(5);
    const url = `/api/plans/${draft.id}/obligations/all`;
    const preview = ok<Preview>(await noivu.get(`${url}?level=department`));
    expect(preview).toMatchObject({
      count: departments,
      alreadyObliged: 0,
      addressees: 'Các sở, ban, ngành',
    });
    expect(preview.sample).toHaveLength(Math.min(8, departments));
    expect(preview.sample.some((n) => n.startsWith('Ủy ban nhân dân'))).toBe(false);

    const done = ok<{ added: number; plan: TPlanDetail }>(
      await noivu.post(url, {
        level: 'department',
        version: draft.version,
        addressees: preview.addressees,
        deadline,
      }),
    );
    expect(done.added).toBe(departments);
    const [ob] = done.plan.body.obligations;
    expect(ob).toMatchObject({ unitIds: [], addressees: 'Các sở, ban, ngành' });
    expect(ob!.agencyIds).toHaveLength(departments);
    // Sở and ban/ngành only: not the court, the procuracy, the police or the Front.
    const kinds = await ctx.database.pool.query<{ kind: string }>(
      'select distinct kind from agency where id = any($1::int[])',
      [ob!.agencyIds.map(Number)],
    );
    for (const { kind } of kinds.rows) expect(['so', 'ban_nganh']).toContain(kind);
    expect(ob!.agencyIds).toContain(String(ids.tuphap));
    expect(ok<Preview>(await noivu.get(`${url}?level=department`))).toMatchObject({
      count: 0,
      alreadyObliged: departments,
    });
    const twice = await noivu.post(url, {
      level: 'department',
      version: done.plan.version,
      addressees: 'Các sở',
      deadline,
    });
    expect(expectApiError(twice, 400, 'NOTHING_TO_OBLIGE').message).toContain('sở, ban, ngành');

    // Sở Tư pháp leads task 1.1 and cooperates on 2.1; Sở Nội vụ leads the rest.
    const tasks = sampleTasks({ id: ids.noivu, name: 'Sở Nội vụ' });
    tasks[0]!.lead = { kind: 'agency', id: String(ids.tuphap), name: 'Sở Tư pháp' };
    (tasks[1]!.cooperating as unknown[]) = [
      { kind: 'agency', id: String(ids.tuphap), name: 'Sở Tư pháp' },
    ];
    let p = ok<TPlanDetail>(
      await noivu.request('PUT', `/api/plans/${draft.id}/tasks`, {
        version: done.plan.version,
        tasks,
      }),
    );
    p = ok(await noivu.post(`/api/plans/${p.id}/submit`, { version: p.version }));
    parent = ok(await lanhdao.post(`/api/plans/${p.id}/issue`, { version: p.version }));
    const rows = await ctx.database.pool.query<{ unit_id: number; agency_id: number }>(
      `select unit_id, agency_id from plan_obligation where parent_plan_id = $1`,
      [parent.id],
    );
    expect(rows.rows).toHaveLength(departments);
    expect(rows.rows.every((r) => r.unit_id === ids.sonla && r.agency_id !== null)).toBe(true);
  });

  it('refuses to issue an obligation naming a People’s Committee as a department', async () => {
    const ubnd = (
      await ctx.database.pool.query<{ id: number }>(
        `select id from agency where unit_id = $1 and kind = 'ubnd' limit 1`,
        [ids.sonla],
      )
    ).rows[0]!.id;
    const draft = ok<TPlanDetail>(
      await noivu.post('/api/plans', {
        ...samplePlan(ids.sonla),
        body: {
          ...samplePlan(ids.sonla).body,
          obligations: [
            { id: 'ob1', addressees: 'UBND', unitIds: [], agencyIds: [String(ubnd)], deadline },
          ],
        },
      }),
      201,
    );
    expect(draft.issues).toContainEqual(
      expect.objectContaining({ rule: 'obligations', severity: 'error' }),
    );
  });

  it('shows each department its own obligation to start; others cannot start it', async () => {
    const list = ok<Paged<TObligation>>(
      await tuphap.get(`/api/plan-obligations?parentPlanId=${parent.id}&pageSize=100`),
    );
    expect(list.total).toBe(departments);
    const startable = list.items.filter((o) => o.actions.includes('start'));
    expect(startable.map((o) => o.agency?.id)).toEqual([ids.tuphap]);
    mine = startable[0]!;
    // Its inbox (the unit's obligations) holds its own, not the other departments'.
    const inbox = ok<Paged<TObligation>>(
      await tuphap.get(`/api/plan-obligations?unitId=${ids.sonla}&pageSize=100`),
    );
    expect(inbox.items.map((o) => o.agency?.id)).toEqual([ids.tuphap]);
    const all = ok<Paged<TObligation>>(
      await noivu.get(`/api/plan-obligations?unitId=${ids.sonla}&pageSize=100`),
    );
    expect(all.total).toBe(departments);
    expect(mine).toMatchObject({
      unit: { id: ids.sonla },
      agency: { id: ids.tuphap },
      due: addDays(todayVn(), 30),
      childPlan: null,
    });
    // My work: Sở Tư pháp's plan to issue is its officer's own work, not Sở Y tế's.
    const work = ok<{ items: TWorkItem[] }>(await tuphap.get('/api/my-work?kind=plan'));
    const owed = work.items.filter((i) => i.kind === 'plan');
    expect(owed.map((i) => i.kind === 'plan' && [i.obligation.agency?.id, i.role])).toEqual([
      [ids.tuphap, 'own'],
    ]);
    const other = ok<{ items: TWorkItem[] }>(await yte.get('/api/my-work?kind=plan'));
    expect(other.items.map((i) => (i.kind === 'plan' ? i.obligation.agency?.id : null))).toEqual([
      ids.yte,
    ]);
    expect(await yte.post(`/api/plan-obligations/${mine.id}/start`)).toMatchObject({
      status: 403,
    });
  });

  it("starts the department's own plan: its title, its name as issuer, itself leading", async () => {
    child = ok<TPlanDetail>(await tuphap.post(`/api/plan-obligations/${mine.id}/start`), 201);
    expect(child).toMatchObject({
      status: 'draft',
      parentPlanId: parent.id,
      unit: { id: ids.sonla },
      title: `Nâng cao Chỉ số PAPI của Sở Tư pháp tỉnh Sơn La năm ${PLAN_YEAR}`,
      documentNumber: '/KH-STP',
    });
    expect(child.body.header).toEqual({
      parentBody: 'UBND TỈNH SƠN LA',
      issuingBody: 'SỞ TƯ PHÁP',
    });
    expect(child.body.signer).toMatchObject({ onBehalfOf: null, position: 'GIÁM ĐỐC' });
    const own = { kind: 'agency', id: String(ids.tuphap) };
    expect(child.tasks.map((t) => [t.number, t.lead])).toEqual([
      ['1.1', expect.objectContaining(own)],
      ['2.1', expect.objectContaining(own)],
    ]);
    expect(child.actions).toContain('submit');
    // It answers for the department's duties (two dimensions here), not all eight.
    expect(child.issues.map((i) => i.rule)).not.toContain('covers_all_dimensions');
    expectApiError(await tuphap.post(`/api/plan-obligations/${mine.id}/start`), 409, 'CONFLICT');
  });

  it('lets the department draft its own plan, and no other department', async () => {
    const tasks = child.tasks.map(({ id, ...t }) => ({ ...t, id, expectedResult: 'Báo cáo' }));
    const saved = ok<TPlanDetail>(
      await tuphap.request('PUT', `/api/plans/${child.id}/tasks`, {
        version: child.version,
        tasks,
      }),
    );
    expect(saved.version).toBe(child.version + 1);
    const refused = await yte.request('PUT', `/api/plans/${child.id}/tasks`, {
      version: saved.version,
      tasks,
    });
    expectApiError(refused, 403, 'FORBIDDEN');
    expect(ok<TPlanDetail>(await yte.get(`/api/plans/${child.id}`)).actions).toEqual([]);
    // The province's own drafts stay out of a department officer's reach.
    expectApiError(
      await tuphap.patch(`/api/plans/${parent.id}`, { version: parent.version, title: 'x' }),
      403,
      'FORBIDDEN',
    );
    expectApiError(await tuphap.post('/api/plans', samplePlan(ids.sonla)), 403, 'FORBIDDEN');
  });

  it('counts each department on the board and reminds the department’s own people', async () => {
    const board = ok<TComplianceBoard>(await noivu.get(`/api/plans/${parent.id}/compliance`));
    expect(board.summary.total).toBe(departments);
    const row = board.rows.find((r) => r.agency?.id === ids.tuphap)!;
    expect(row.childPlan?.id).toBe(child.id);
    expect(row.missingParentTasks).toEqual([]);
    expect(board.rows.filter((r) => r.childPlan !== null)).toHaveLength(1);

    const due = addDays(todayVn(), 30);
    const items = await planObligationSource.list(ctx.database.db, {
      from: due,
      to: due,
      today: todayVn(),
    });
    const item = items.find((i) => i.agencyId === ids.tuphap)!;
    expect(item).toMatchObject({ unitId: ids.sonla, parentUnitId: ids.sonla });
    expect(item.unitName).toMatch(/^Sở Tư pháp/);
    const user = (agencyId: number) => ({ role: 'officer' as const, unitId: ids.sonla, agencyId });
    expect(isRecipient(item, 'due', user(ids.tuphap))).toBe(true);
    expect(isRecipient(item, 'due', user(ids.yte))).toBe(false);
    expect(
      await countRows(ctx, `plan_obligation where parent_plan_id = $1 and child_plan_id = $2`, [
        parent.id,
        child.id,
      ]),
    ).toBe(1);
  });
});
