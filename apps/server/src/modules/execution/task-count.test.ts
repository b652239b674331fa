// task_count (kept by triggers) against a full recount of task_state after random writes of
// every kind: progress, completion, cancellation through the API; due-date, unit, lead and
// dimension changes, deletes of tasks and of a whole plan, a new plan issued — on several dates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TTaskDetail } from '@papi/contracts';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { agencyOf, issuedPlan, ok } from './execution.fixtures.ts';
import { resetClock, setClock, todayVn } from '../../platform/clock.ts';

let ctx: TestContext;
let noivu: TestClient;
let lanhdao: TestClient;
let sonla: number;
const year = Number(todayVn().slice(0, 4));

// A fixed seed: a failure replays the same writes.
let seed = 20261207;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;

beforeAll(async () => {
  ctx = await createTestContext();
  [noivu, lanhdao] = [await ctx.as('noivu'), await ctx.as('lanhdao')];
  sonla = await ctx.unitId('post2025', 'province', '14');
  const commune = await agencyOf(ctx, 'xa');
  const home = await agencyOf(ctx, 'noivu');
  for (let p = 0; p < 2; p++) {
    await issuedPlan(
      ctx,
      { coordinator: noivu, leader: lanhdao },
      sonla,
      year,
      Array.from({ length: 8 }, (_, i) => ({
        lead: i % 2 ? commune : home,
        deadline: {
          kind: 'date',
          date: `${year}-${String(1 + ((i * 3 + p) % 12)).padStart(2, '0')}-15`,
        },
      })),
      home,
    );
  }
});
afterAll(() => {
  resetClock();
  return ctx.close();
});

/** The recount: the route's former query over every task_state row (statusSql's rules). */
async function recount(unitPath: string, today: string, year: number | null) {
  const q = async (text: string) =>
    (
      await ctx.database.pool.query<{ k: string | null; status: string; n: number }>(text, [
        today,
        `${unitPath}%`,
      ])
    ).rows;
  const status = `(case when s.cancelled_on is not null then 'cancelled'
    when s.completed_on is not null then
      case when s.due_on is not null and s.completed_on > s.due_on then 'done_late' else 'done' end
    when s.due_on < $1::date and s.due_on >= coalesce((select (st.value #>> '{}')::date from setting st
      where st.key = 'in_use_since'), '-infinity'::date) then 'overdue'
    when s.percent > 0 then 'in_progress' else 'not_started' end)`;
  const where = `s.unit_path like $2${year ? ` and s.plan_id in (select id from plan where year = ${year})` : ''}`;
  const total = await q(`select null as k, ${status} as status, count(*)::int as n
    from task_state s where ${where} group by 2`);
  const dims = await q(`select d.code as k, ${status} as status, count(distinct s.task_id)::int as n
    from task_state s join plan_task t on t.id = s.task_id
    cross join lateral (select distinct split_part(x, '.', 1) as code from unnest(t.dimension_codes) x) d
   where ${where} group by 1, 2`);
  const agencies = await q(`select a.id::text as k, ${status} as status, count(*)::int as n
    from task_state s left join agency a on a.id = s.lead_agency_ids[1] where ${where} group by 1, 2`);
  const flat = (rows: { k: string | null; status: string; n: number }[]) =>
    rows.map((r) => `${r.k ?? '-'}|${r.status}|${r.n}`).sort();
  return { total: flat(total), dims: flat(dims), agencies: flat(agencies) };
}

interface Counts {
  byStatus: Record<string, number>;
}
interface TTaskMonitoring extends Counts {
  byDimension: (Counts & { code: string })[];
  byAgency: (Counts & { agency: { id: number } | null })[];
}

/** The endpoint's answer in the recount's shape. */
function flatten(m: TTaskMonitoring) {
  const rows = (k: string, byStatus: Record<string, number>) =>
    Object.entries(byStatus)
      .filter(([, n]) => n > 0)
      .map(([status, n]) => `${k}|${status}|${n}`);
  return {
    total: rows('-', m.byStatus).sort(),
    dims: m.byDimension.flatMap((d) => rows(d.code, d.byStatus)).sort(),
    agencies: m.byAgency
      .flatMap((a) => rows(a.agency ? String(a.agency.id) : '-', a.byStatus))
      .sort(),
  };
}

async function expectExact(label: string) {
  const units = await ctx.database.pool.query<{ id: number; path: string }>(
    `select id, path from admin_unit where id = $1
     union all select a.unit_id, u.path from agency a join admin_unit u on u.id = a.unit_id
      where a.id = (select agency_id from app_user where username = 'xa')`,
    [sonla],
  );
  for (const day of [`${year}-01-01`, `${year}-06-16`, `${year}-12-31`, `${year + 1}-03-01`]) {
    setClock(`${day}T03:00:00Z`);
    // Sessions live on the clock: one opened on this date.
    const admin = await ctx.as('admin');
    for (const u of units.rows) {
      for (const y of [null, year]) {
        const got = ok<TTaskMonitoring>(
          await admin.get(`/api/monitoring/tasks?unitId=${u.id}${y ? `&year=${y}` : ''}`),
        );
        expect(flatten(got), `${label}, ${u.path}, ${day}, ${y}`).toEqual(
          await recount(u.path, day, y),
        );
      }
    }
  }
  resetClock();
  // No stale zero rows; no negative counts.
  const bad = await ctx.database.pool.query('select * from task_count where n <= 0');
  expect(bad.rows).toEqual([]);
}

const taskIds = async () =>
  (
    await ctx.database.pool.query<{ id: number }>('select task_id as id from task_state order by 1')
  ).rows.map((r) => r.id);

describe('task_count stays exact', () => {
  it('matches the recount after issue (demo data and two plans)', async () => {
    const n = await ctx.database.pool.query<{ n: number }>(
      'select count(*)::int as n from task_count',
    );
    expect(n.rows[0]!.n).toBeGreaterThan(0);
    await expectExact('after issue');
  });

  it('after progress, completion and cancellation through the API', async () => {
    const mine = (await taskIds()).slice(-16);
    const xa = await ctx.as('xa');
    let written = 0;
    for (const [i, id] of mine.entries()) {
      const t = await xa.get<TTaskDetail>(`/api/tasks/${id}`);
      if (t.status !== 200 || !(t.body as TTaskDetail).canUpdate) continue;
      const body = t.body as TTaskDetail;
      const today = todayVn();
      written++;
      if (i % 3 === 0) {
        ok(
          await xa.post(`/api/tasks/${id}/progress`, {
            version: body.version,
            reportedOn: today,
            percent: 30,
            note: 'Đang làm',
          }),
          201,
        );
      } else if (i % 3 === 1) {
        ok(
          await xa.post(`/api/tasks/${id}/progress`, {
            version: body.version,
            reportedOn: today,
            percent: 100,
            completedOn: today,
            note: 'Xong',
          }),
          201,
        );
      } else {
        ok(
          await xa.post(`/api/tasks/${id}/cancel`, {
            version: body.version,
            reason: 'Lồng ghép vào nhiệm vụ khác',
          }),
        );
      }
    }
    expect(written).toBeGreaterThanOrEqual(6);
    await expectExact('after API writes');
  });

  it('after random direct writes: dates, percent, units, leads, dimensions, deletes', async () => {
    const pool = ctx.database.pool;
    const units = (
      await pool.query<{ id: number; path: string }>(
        `select id, path from admin_unit where path like (select path from admin_unit where id = $1) || '%' limit 20`,
        [sonla],
      )
    ).rows;
    const agencies = (await pool.query<{ id: number }>('select id from agency limit 20')).rows.map(
      (r) => r.id,
    );
    for (let round = 0; round < 60; round++) {
      const ids = await taskIds();
      const id = pick(ids);
      const d = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
      const u = pick(units);
      const writes: [string, unknown[]][] = [
        ['update task_state set due_on = $2 where task_id = $1', [id, d]],
        ['update task_state set due_on = null where task_id = $1', [id]],
        ['update task_state set percent = $2 where task_id = $1', [id, Math.floor(random() * 100)]],
        [
          'update task_state set completed_on = $2, open = false, percent = 100 where task_id = $1',
          [id, d],
        ],
        ['update task_state set cancelled_on = $2, open = false where task_id = $1', [id, d]],
        [
          'update task_state set cancelled_on = null, completed_on = null, open = true where task_id = $1',
          [id],
        ],
        [
          'update task_state set unit_id = $2, unit_path = $3 where task_id = $1',
          [id, u.id, u.path],
        ],
        ['update task_state set lead_agency_ids = $2 where task_id = $1', [id, [pick(agencies)]]],
        ['update task_state set lead_agency_ids = $2 where task_id = $1', [id, []]],
        [
          'update plan_task set dimension_codes = $2 where id = $1',
          [id, [pick(['D1.2', 'D3', 'D9']), 'D3.1']],
        ],
        ['update task_state set percent = (percent + 7) % 100 where task_id % 3 = $1', [round % 3]],
        ['delete from plan_task where id = $1', [id]],
      ];
      const [text, params] = pick(writes);
      // Several statements in one transaction, as a service writes.
      const client = await pool.connect();
      try {
        await client.query('begin');
        await client.query(text, params);
        await client.query('update task_state set version = version + 1 where task_id = $1', [
          pick(ids),
        ]);
        await client.query('commit');
      } finally {
        client.release();
      }
    }
    await expectExact('after random writes');
  });

  it('after a plan is deleted and another issued', async () => {
    const pool = ctx.database.pool;
    const planId = (await pool.query<{ id: number }>('select max(plan_id) as id from task_state'))
      .rows[0]!.id;
    await pool.query('delete from plan where id = $1', [planId]);
    // Fresh sessions: the clock moved under the earlier ones.
    const [coordinator, leader] = [await ctx.as('noivu'), await ctx.as('lanhdao')];
    await issuedPlan(
      ctx,
      { coordinator, leader },
      sonla,
      year,
      [{ lead: await agencyOf(ctx, 'xa'), deadline: { kind: 'date', date: `${year}-02-02` } }],
      await agencyOf(ctx, 'noivu'),
    );
    await expectExact('after plan delete and issue');
  });

  it('a rolled-back write leaves the counts as they were', async () => {
    const before = (
      await ctx.database.pool.query('select * from task_count order by 1, 2, 3, 4, 5, 6')
    ).rows;
    const client = await ctx.database.pool.connect();
    try {
      await client.query('begin');
      await client.query(`update task_state set cancelled_on = '${year}-01-02', open = false`);
      await client.query('rollback');
    } finally {
      client.release();
    }
    expect(
      (await ctx.database.pool.query('select * from task_count order by 1, 2, 3, 4, 5, 6')).rows,
    ).toEqual(before);
  });
});
