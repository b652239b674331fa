import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldVietnamese } from '@papi/domain';
import type { TPlanDetail, TPlanSummary } from '@papi/contracts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import type { Paged } from '../../test/helpers.ts';
import { generateNational, type GenerationStep } from './national.ts';

// A tiny scale (8 tasks per province plan, 1 per commune plan) keeps the data small; the
// units and agencies are the real national set either way.
const SCALE = 0.02;
let ctx: TestContext;
let steps: GenerationStep[];

const one = async <T>(text: string, params: unknown[] = []) =>
  (await ctx.database.pool.query(text, params)).rows[0] as T;

beforeAll(async () => {
  ctx = await createTestContext();
  steps = await generateNational(ctx.database.pool, { scale: SCALE });
});
afterAll(() => ctx.close());

describe('national data generator', () => {
  it('covers every current province and commune with agencies, accounts and one plan', async () => {
    const units = await one<{ provinces: number; communes: number }>(
      `select count(*) filter (where level = 'province')::int as provinces,
              count(*) filter (where level = 'commune')::int as communes
         from admin_unit where era = 'post2025'`,
    );
    expect(units).toEqual({ provinces: 34, communes: 3321 });
    const uncovered = await one<{ agencies: number; plans: number }>(
      `select count(*) filter (where not exists (select 1 from agency a where a.unit_id = u.id))::int as agencies,
              count(*) filter (where (select count(*) from plan p where p.unit_id = u.id and p.year = 2026) <> 1)::int as plans
         from admin_unit u where u.era = 'post2025'`,
    );
    expect(uncovered).toEqual({ agencies: 0, plans: 0 });
    const tasks = steps.find((s) => s.table === 'plan_task')!.rows;
    expect(tasks).toBe(34 * 8 + 3321 * 1);
    expect(
      await one(
        'select count(*)::int as n from plan_task t join plan p on p.id = t.plan_id where p.year = 2026',
      ),
    ).toEqual({ n: tasks });
  });

  it('keeps references sound: leads are the plan unit’s agencies, communes implement their province plan', async () => {
    const broken = await one<{ leads: number; cooperating: number; parents: number }>(
      `select
         (select count(*) from plan_task t join plan p on p.id = t.plan_id
           where not exists (select 1 from agency a where a.id = (t.lead->>'id')::int and a.unit_id = p.unit_id))::int as leads,
         (select count(*) from plan_task t join plan p on p.id = t.plan_id,
                 jsonb_array_elements(t.cooperating) c
           where c->>'kind' = 'agency'
             and not exists (select 1 from agency a where a.id = (c->>'id')::int and a.unit_id = p.unit_id))::int as cooperating,
         (select count(*) from plan c join admin_unit u on u.id = c.unit_id and u.level = 'commune'
            left join plan pp on pp.id = c.parent_plan_id
           where pp.unit_id is distinct from u.parent_id)::int as parents`,
    );
    expect(broken).toEqual({ leads: 0, cooperating: 0, parents: 0 });
  });

  it('gives every task one current state consistent with its history', async () => {
    const broken = await one<Record<string, number>>(
      `select
         (select count(*) from plan_task t where not exists (select 1 from task_state s where s.task_id = t.id))::int as stateless,
         (select count(*) from task_state s left join task_progress p on p.id = s.last_progress_id
           where s.last_progress_id is not null and p.task_id is distinct from s.task_id)::int as last,
         (select count(*) from task_state s where s.completed_on is not null and (s.percent <> 100 or s.open))::int as done,
         (select count(*) from task_state s where s.open = (s.completed_on is not null or s.cancelled_on is not null))::int as open,
         (select count(*) from task_progress p join task_state s on s.task_id = p.task_id
           where not (p.agency_id = any(s.lead_agency_ids || s.coop_agency_ids)))::int as agency,
         (select count(*) from task_progress p where not exists (select 1 from app_user u where u.id = p.user_id))::int as users`,
    );
    expect(broken).toEqual({ stateless: 0, last: 0, done: 0, open: 0, agency: 0, users: 0 });
    const sample = await ctx.database.pool.query<Record<string, string>>(
      `select t.number, t.content, p.title, s.search from task_state s
         join plan_task t on t.id = s.task_id join plan p on p.id = t.plan_id
        order by s.task_id desc limit 50`,
    );
    for (const r of sample.rows) {
      expect(r.search).toBe(foldVietnamese(`${r.number} ${r.content} ${r.title}`));
    }
    const progress = steps.find((s) => s.table === 'task_progress')!.rows;
    expect(progress).toBeGreaterThan(steps.find((s) => s.table === 'plan_task')!.rows * 3);
  });

  it('is deterministic: a second year with the same seed repeats the same tasks', async () => {
    await generateNational(ctx.database.pool, { scale: SCALE, year: 2027 });
    const digest = (year: number) =>
      one<{ d: string }>(
        `select md5(string_agg(concat_ws('|', p.unit_id, t.position, t.number, t.content, t.lead->>'id',
                  t.cooperating::text, substr(t.deadline->>'date', 6)), ',' order by p.unit_id, t.position)) as d
           from plan_task t join plan p on p.id = t.plan_id where p.year = $1`,
        [year],
      );
    expect((await digest(2027)).d).toBe((await digest(2026)).d);
    await expect(generateNational(ctx.database.pool, { scale: SCALE })).rejects.toThrow(/2026/);
  });

  it('gives accounts that log in and read their province through the API', async () => {
    const province = await one<{ id: number; code: string }>(
      `select id, code from admin_unit where era = 'post2025' and level = 'province' and code = '01'`,
    );
    const client = await ctx.as(`t${province.code}.dieuphoi`);
    const list = await client.get<Paged<TPlanSummary>>('/api/plans?year=2026&pageSize=1');
    const communes = await one<{ n: number }>(
      'select count(*)::int as n from admin_unit where parent_id = $1',
      [province.id],
    );
    expect(list.body.total).toBe(communes.n + 1);
    const detail = await client.get<TPlanDetail>(`/api/plans/${list.body.items[0]!.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.tasks.length).toBeGreaterThan(0);
    const outside = await one<{ id: number }>(
      `select p.id from plan p join admin_unit u on u.id = p.unit_id where u.code = '14' and u.level = 'province' and u.era = 'post2025'`,
    );
    expect((await client.get(`/api/plans/${outside.id}`)).status).toBe(404);
  });
});
