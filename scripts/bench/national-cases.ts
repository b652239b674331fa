// The questions of the national bench: each an HTTP route and the raw SQL of the same
// question, written the way one would answer it by hand, run on the same pool.
import type { Database } from '../../apps/server/src/db/client.ts';
import { todayVn } from '../../apps/server/src/modules/execution/clock.ts';

export interface BenchCase {
  name: string;
  /** Route path with query string. */
  path: string;
  /** Account whose session sends the request. */
  user: string;
  sql: () => Promise<unknown>;
}

interface UnitPick {
  id: number;
  code: string;
  path: string;
}

export interface Fixture {
  province: UnitPick;
  commune: UnitPick;
  taskId: number;
  cutoff: string;
}

/** The province with most communes, its first commune and a task in the middle of it. */
export async function pickFixture(database: Database, year: number): Promise<Fixture> {
  const q = async <T>(text: string, params: unknown[] = []) =>
    (await database.pool.query(text, params)).rows[0] as T;
  const province = await q<UnitPick>(
    `select p.id, p.code, p.path from admin_unit p
       join admin_unit c on c.parent_id = p.id and c.era = 'post2025'
      where p.era = 'post2025' and p.level = 'province'
      group by p.id order by count(*) desc, p.code limit 1`,
  );
  const commune = await q<UnitPick>(
    'select id, code, path from admin_unit where parent_id = $1 order by code limit 1',
    [province.id],
  );
  const task = await q<{ id: number }>(
    `select s.task_id as id from task_state s where s.unit_path like $1
      order by s.task_id offset (select count(*) / 2 from task_state where unit_path like $1) limit 1`,
    [`${province.path}%`],
  );
  return { province, commune, taskId: task.id, cutoff: `${year}-11-01` };
}

/** Status derived on `today` (the same rule as the app's deriveTaskStatus). */
const STATUS = `case when s.cancelled_on is not null then 'cancelled'
  when s.completed_on is not null then case when s.completed_on > s.due_on then 'done_late' else 'done' end
  when s.due_on < $1::date then 'overdue' when s.percent > 0 then 'in_progress' else 'not_started' end`;

/** A task's fields as a list shows them: the task, its plan, the plan's and the responsible unit. */
const TASK_FIELDS = `s.task_id, s.due_on, s.percent, s.completed_on, s.cancel_reason, s.last_update_at,
  ${STATUS} as status, t.number, t.title, t.content, t.dimension_codes, t.lead, t.cooperating,
  t.deadline, t.expected_result, p.id as plan_id, p.title as plan_title, p.number as plan_number,
  p.symbol, pu.id as pu_id, pu.code as pu_code, pu.name as pu_name, pu.full_name as pu_full_name,
  pu.level as pu_level, u.id as u_id, u.code as u_code, u.name as u_name,
  u.full_name as u_full_name, u.level as u_level`;
const TASK_JOINS = `task_state s join plan_task t on t.id = s.task_id join plan p on p.id = s.plan_id
  join admin_unit pu on pu.id = p.unit_id join admin_unit u on u.id = s.unit_id`;

export function executionCases(database: Database, f: Fixture): BenchCase[] {
  const pool = database.pool;
  const coordinator = `t${f.province.code}.dieuphoi`;
  const overdue = (unit: UnitPick) => () =>
    pool.query(
      `select ${TASK_FIELDS} from ${TASK_JOINS}
        where s.open and s.due_on < $2::date and s.unit_path like $3
        order by s.due_on, s.task_id limit 100`,
      [todayVn(), f.cutoff, `${unit.path}%`],
    );
  return [
    {
      name: '(a) open tasks due before the cut-off, province + communes, first 100',
      path: `/api/monitoring/overdue?unitId=${f.province.id}&cutoff=${f.cutoff}&pageSize=100`,
      user: coordinator,
      sql: overdue(f.province),
    },
    {
      name: '(b) the same for one commune',
      path: `/api/monitoring/overdue?unitId=${f.commune.id}&cutoff=${f.cutoff}&pageSize=100`,
      user: coordinator,
      sql: overdue(f.commune),
    },
    {
      // The endpoint answers three breakdowns (total, per dimension, per lead agency); so does the SQL.
      name: '(c) task counts by status, province (total, by dimension, by agency)',
      path: `/api/monitoring/tasks?unitId=${f.province.id}`,
      user: coordinator,
      sql: () =>
        pool.query(
          `select d.code, s.lead_agency_ids[1] as agency_id, max(a.name) as agency_name,
                  ${STATUS} as status, count(*)::int as n
             from task_state s join plan_task t on t.id = s.task_id
             cross join lateral unnest(t.dimension_codes) d(code)
             left join agency a on a.id = s.lead_agency_ids[1]
            where s.unit_path like $2
            group by grouping sets ((${STATUS}), (d.code, ${STATUS}), (s.lead_agency_ids[1], ${STATUS}))`,
          [todayVn(), `${f.province.path}%`],
        ),
    },
    {
      name: '(d) one task by id',
      path: `/api/tasks/${f.taskId}`,
      user: coordinator,
      sql: () =>
        pool.query(`select ${TASK_FIELDS} from ${TASK_JOINS} where s.task_id = $2`, [
          todayVn(),
          f.taskId,
        ]),
    },
  ];
}
