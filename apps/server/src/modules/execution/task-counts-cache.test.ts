// The remembered task counts (task-counts.ts): each kind of change that moves an answer makes
// the next request compute it again, and the answer then equals a fresh computation (whose
// exactness against a full recount task-count.test.ts proves); writes that move no count,
// or move another province's, keep it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TTaskDetail } from '@papi/contracts';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { agencyOf, issuedPlan, ok } from './execution.fixtures.ts';
import { resetClock, setClock, todayVn } from '../../platform/clock.ts';
import { countTasks, taskCountStats } from './task-counts.ts';

let ctx: TestContext;
let noivu: TestClient;
let lanhdao: TestClient;
let admin: TestClient;
let sonla: { id: number; path: string };
let planId: number;
let taskIds: number[];
const year = Number(todayVn().slice(0, 4));

beforeAll(async () => {
  ctx = await createTestContext();
  [noivu, lanhdao, admin] = [await ctx.as('noivu'), await ctx.as('lanhdao'), await ctx.as('admin')];
  const id = await ctx.unitId('post2025', 'province', '14');
  const u = await ctx.database.pool.query<{ path: string }>(
    'select path from admin_unit where id = $1',
    [id],
  );
  sonla = { id, path: u.rows[0]!.path };
  const home = await agencyOf(ctx, 'noivu');
  ({ planId, taskIds } = await issuedPlan(
    ctx,
    { coordinator: noivu, leader: lanhdao },
    id,
    year,
    Array.from({ length: 8 }, (_, i) => ({
      lead: home,
      deadline: { kind: 'date', date: `${year}-${String(1 + i).padStart(2, '0')}-15` },
    })),
    home,
  ));
});
afterAll(() => {
  resetClock();
  return ctx.close();
});

interface Counts {
  asOf: string;
  unit: unknown;
  total: number;
}

/** The endpoint's answer for the province (optionally one year), and whether it was computed. */
async function ask(query = '') {
  const before = { ...taskCountStats };
  const body = ok<Counts>(await admin.get(`/api/monitoring/tasks?unitId=${sonla.id}${query}`));
  const computed = taskCountStats.computed - before.computed;
  expect(computed + taskCountStats.remembered - before.remembered).toBe(1);
  const { asOf, unit, ...answer } = body;
  const fresh = await countTasks(ctx.database.db, {
    unitPath: sonla.path,
    planId: null,
    year: query ? year : null,
    today: asOf,
  });
  expect(answer, 'the answer equals a fresh computation').toEqual(fresh);
  expect(unit).toBeDefined();
  return { computed: computed === 1, answer };
}

const sql = (text: string, params: unknown[] = []) => ctx.database.pool.query(text, params);

/** Asks (cached), applies `change`, asks again: the second answer must be computed. */
async function expectRecomputedAfter(change: () => Promise<unknown>, query = '') {
  await ask(query);
  expect((await ask(query)).computed, 'asked twice: remembered').toBe(false);
  await change();
  const after = await ask(query);
  expect(after.computed, 'after the change: computed again').toBe(true);
  return after.answer;
}

describe('remembered task counts', () => {
  it('keep the answer while nothing that counts changes', async () => {
    await ask();
    expect((await ask()).computed).toBe(false);
    // A write that moves no count (a version), and a count in another province.
    await sql('update task_state set version = version + 1 where task_id = $1', [taskIds[0]]);
    const other = await sql(
      `select u.id, u.path from admin_unit u where u.level = 'province' and u.path <> $1
         and u.path like (select substring(path from '^/[^/]+/') from admin_unit where id = $2) || '%'
       limit 1`,
      [sonla.path, sonla.id],
    );
    const elsewhere = other.rows[0] as { id: number; path: string };
    await sql('update task_state set unit_id = $2, unit_path = $3 where task_id = $1', [
      taskIds[7],
      elsewhere.id,
      elsewhere.path,
    ]);
    // That move took the task out of this province: recomputed.
    expect((await ask()).computed).toBe(true);
    await sql('update task_state set due_on = due_on + 1 where task_id = $1', [taskIds[7]]);
    expect((await ask()).computed, 'a change in another province only').toBe(false);
  });

  it('recompute after progress, completion and cancellation through the API', async () => {
    const xa = await ctx.as('noivu');
    for (const [i, id] of taskIds.slice(0, 3).entries()) {
      await expectRecomputedAfter(async () => {
        const t = ok<TTaskDetail>(await xa.get(`/api/tasks/${id}`));
        const today = todayVn();
        if (i === 2)
          return ok(
            await xa.post(`/api/tasks/${id}/cancel`, { version: t.version, reason: 'Lồng ghép' }),
          );
        return ok(
          await xa.post(`/api/tasks/${id}/progress`, {
            version: t.version,
            reportedOn: today,
            percent: i === 0 ? 40 : 100,
            ...(i === 1 ? { completedOn: today } : {}),
            note: 'Cập nhật',
          }),
          201,
        );
      });
    }
  });

  it('recompute after due date, lead, dimension, unit changes and a task deleted', async () => {
    const [a, b] = (await sql('select id from agency order by id limit 2')).rows as {
      id: number;
    }[];
    const commune = (
      await sql(
        `select id, path from admin_unit where path like $1 || '%' and level <> 'province' limit 1`,
        [sonla.path],
      )
    ).rows[0] as { id: number; path: string };
    const t = taskIds[3];
    await expectRecomputedAfter(() =>
      sql(`update task_state set due_on = '${year}-12-30' where task_id = $1`, [t]),
    );
    await expectRecomputedAfter(() =>
      sql('update task_state set lead_agency_ids = $2 where task_id = $1', [t, [a!.id]]),
    );
    await expectRecomputedAfter(() =>
      sql('update task_state set lead_agency_ids = $2 where task_id = $1', [t, [b!.id]]),
    );
    await expectRecomputedAfter(() =>
      sql(`update plan_task set dimension_codes = '{D9}' where id = $1`, [t]),
    );
    await expectRecomputedAfter(() =>
      sql('update task_state set unit_id = $2, unit_path = $3 where task_id = $1', [
        t,
        commune.id,
        commune.path,
      ]),
    );
    await expectRecomputedAfter(() => sql('delete from plan_task where id = $1', [taskIds[4]]));
  });

  it('recompute after an agency is renamed, a plan changes year, the in-use date moves', async () => {
    const lead = (
      await sql('select lead_agency_ids[1] as id from task_state where task_id = $1', [taskIds[5]])
    ).rows[0] as { id: number };
    const renamed = await expectRecomputedAfter(() =>
      sql(`update agency set name = name || ' (mới)' where id = $1`, [lead.id]),
    );
    expect(JSON.stringify(renamed)).toContain(' (mới)');
    await expectRecomputedAfter(
      () => sql('update plan set year = year + 1 where id = $1', [planId]),
      `&year=${year}`,
    );
    await expectRecomputedAfter(
      () => sql('update plan set year = year - 1 where id = $1', [planId]),
      `&year=${year}`,
    );
    await expectRecomputedAfter(() =>
      sql(`update setting set value = '"${year}-03-01"'::jsonb where key = 'in_use_since'`),
    );
  });

  it('recompute on another day (overdue moves with it) and after a restore-like reload', async () => {
    await ask();
    setClock(`${year}-11-20T03:00:00Z`);
    admin = await ctx.as('admin');
    const later = await ask();
    expect(later.computed, 'another day').toBe(true);
    resetClock();
    admin = await ctx.as('admin');
    // A restore truncates task_count and loads it as saved, its own triggers standing aside.
    await expectRecomputedAfter(async () => {
      const client = await ctx.database.pool.connect();
      try {
        await client.query('begin');
        await client.query(`set local papi.restoring = 'on'`);
        await client.query('create temp table saved on commit drop as select * from task_count');
        await client.query('truncate task_count');
        await client.query('insert into task_count select * from saved');
        await client.query('commit');
      } finally {
        client.release();
      }
    });
  });

  it('recompute after a plan is deleted and another issued', async () => {
    await expectRecomputedAfter(() => sql('delete from plan where id = $1', [planId]));
    // Fresh sessions: the clock moved under the earlier ones.
    [noivu, lanhdao] = [await ctx.as('noivu'), await ctx.as('lanhdao')];
    const home = await agencyOf(ctx, 'noivu');
    await expectRecomputedAfter(() =>
      issuedPlan(
        ctx,
        { coordinator: noivu, leader: lanhdao },
        sonla.id,
        year,
        [{ lead: home, deadline: { kind: 'date', date: `${year}-02-02` } }],
        home,
      ),
    );
  });
});
