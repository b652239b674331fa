// The questions of the national bench: each an HTTP route and the raw SQL of the same
// question, written the way one would answer it by hand, run on the same pool.
import type { Database } from '../../apps/server/src/db/client.ts';
import { todayVn } from '../../apps/server/src/platform/clock.ts';

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

export interface ReportingFixture {
  regimeId: number;
  periodKey: string;
  periodId: number;
  rootId: number;
}

export async function pickReporting(database: Database, year: number): Promise<ReportingFixture> {
  const r = await database.pool.query<ReportingFixture>(
    `select g.id as "regimeId", p.key as "periodKey", p.id as "periodId", g.unit_id as "rootId"
       from reporting_regime g join admin_unit u on u.id = g.unit_id and u.level = 'country'
       join report_period p on p.regime_id = g.id
      where g.code = 'PAPI-KH' and p.key = $1`,
    [`${year}-H1`],
  );
  return r.rows[0]!;
}

/**
 * Reporting rate of a period in a subtree: every expected reporter (communes and the
 * province by unit, sở/ban/ngành leading tasks by agency) against its report, counted by
 * level and state — the aggregate the monitoring page draws.
 */
const RATE_SQL = `
  with expected as (
    select u.id as unit_id, null::int as agency_id, u.level, u.path
      from admin_unit u
     where u.path like $1 and u.level in ('province', 'commune')
       and (u.valid_from is null or u.valid_from <= $3::date) and (u.valid_to is null or u.valid_to >= $3::date)
    union all
    select u.id, a.id, 'agency', u.path from agency a join admin_unit u on u.id = a.unit_id
     where u.path like $1 and u.level in ('province', 'district') and a.kind <> 'ubnd'
       and exists (select 1 from task_state s join plan p on p.id = s.plan_id
                    where s.lead_agency_ids @> array[a.id] and p.issued_on <= $3::date
                      and p.period_from <= $3::date and p.period_to >= $4::date))
  select e.level, split_part(e.path, '/', 3) as province,
         case when r.first_submitted_at is not null
                then case when (r.first_submitted_at at time zone 'Asia/Ho_Chi_Minh')::date <= (p.due ->> e.level)::date
                          then 'on_time' else 'late' end
              when $5::date > (p.due ->> e.level)::date then 'missing' else 'pending' end as state,
         count(*)::int as n
    from expected e cross join report_period p
    left join report r on r.period_id = p.id and r.unit_id = e.unit_id
                      and coalesce(r.agency_id, 0) = coalesce(e.agency_id, 0)
   where p.id = $2
   group by 1, 2, 3`;

export function reportingCases(
  database: Database,
  f: Fixture,
  g: ReportingFixture,
  year: number,
): BenchCase[] {
  const pool = database.pool;
  const rate = (path: string) => () =>
    pool.query(RATE_SQL, [`${path}%`, g.periodId, `${year}-05-31`, `${year - 1}-12-01`, todayVn()]);
  return [
    {
      name: `(e) reporting rate ${g.periodKey}, province (by level, state, reporters)`,
      path: `/api/monitoring/reporting?regimeId=${g.regimeId}&periodKey=${g.periodKey}&unitId=${f.province.id}&pageSize=100`,
      user: `t${f.province.code}.dieuphoi`,
      sql: rate(f.province.path),
    },
    {
      name: `(f) reporting rate ${g.periodKey}, whole country`,
      path: `/api/monitoring/reporting?regimeId=${g.regimeId}&periodKey=${g.periodKey}&pageSize=100`,
      user: 'qg.admin',
      sql: rate('/'),
    },
  ];
}

/**
 * My work of a commune officer (UBND xã): open tasks its agency leads or cooperates on or
 * of its unit, overdue first then by due date, first 50, the counts, and the reports it
 * still owes (stored periods whose window has started, nothing sent or returned).
 */
export function inboxCases(database: Database, f: Fixture): BenchCase[] {
  const pool = database.pool;
  return [
    {
      name: '(g) My work, commune officer (tasks + owed reports)',
      path: '/api/my-work?pageSize=50',
      user: `x${f.commune.code}.canbo`,
      sql: async () => {
        const agency = (
          await pool.query<{ id: number }>(
            `select agency_id as id from app_user where username = $1`,
            [`x${f.commune.code}.canbo`],
          )
        ).rows[0]!.id;
        const mine = `(s.lead_agency_ids @> array[$2::int] or s.coop_agency_ids @> array[$2::int]
                       or s.unit_path = $3) and s.open`;
        return Promise.all([
          pool.query(
            `select ${TASK_FIELDS} from ${TASK_JOINS} where ${mine}
              order by (s.due_on < $1::date) desc, s.due_on nulls last, s.task_id limit 50`,
            [todayVn(), agency, f.commune.path],
          ),
          pool.query(
            `select count(*)::int, count(*) filter (where s.due_on < $1::date)::int
               from task_state s where ${mine}`,
            [todayVn(), agency, f.commune.path],
          ),
          pool.query(
            `select p.id, p.key, p.label, (p.due ->> 'commune')::date as due_on, r.id, r.status
               from report_period p join reporting_regime g on g.id = p.regime_id and g.active
               left join report r on r.period_id = p.id and r.unit_id = $1 and r.agency_id is null
              where p.window_from <= $2::date and (r.id is null or r.status in ('draft', 'returned'))`,
            [f.commune.id, todayVn()],
          ),
        ]);
      },
    },
  ];
}
