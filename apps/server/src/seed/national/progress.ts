import type pg from 'pg';
import { taskDue, type Deadline } from '@papi/domain';
import { loadCalendar } from '../../modules/execution/holidays.service.ts';
import type { Executor } from '../../db/client.ts';
import { rnd } from './plans.ts';

/**
 * The life of every generated task up to `asOf`: most early deadlines met (some late),
 * work still open on later ones, a few cancelled, about one in ten never started. Each
 * started task has 2–8 dated updates by its lead agency (rising percent, the last one
 * completing it when done) and, where a partner is named, a contribution — ~1,000,000
 * history rows at scale 1 — and one current-state row per task, as the app keeps them.
 */
export async function insertProgress(
  client: pg.PoolClient,
  db: Executor,
  year: number,
  seed: number,
  asOf: string,
) {
  await dueDates(client, db, year);
  // Keyed by unit and position like the tasks: the same fates whatever ids the rows got.
  const r = (salt: number) => rnd('n.unit_id::bigint * 4096 + t.position', seed, salt);
  // One row per task with its fate: the open share grows with the deadline's closeness.
  await client.query(
    `create temp table nat_task on commit drop as
     select t.id, t.plan_id, n.unit_id, u.path as unit_path, (t.lead->>'id')::int as lead_id,
            coalesce((select array_agg((c->>'id')::int) from jsonb_array_elements(t.cooperating) c
                       where c->>'kind' = 'agency'), '{}') as coop_ids,
            d.due_on, p.issued_on + 7 as start_on, o.outcome,
            -- foldVietnamese of "number content plan title", from the parts folded in JS.
            replace(t.number, '.', ' ') || ' ' || l.folded || ' ' || n.title_folded as search,
            case when o.outcome = 'not_started' then 0 else 2 + floor(${r(12)} * 7)::int end as updates,
            case when o.outcome = 'done'
                 then least($1::date, case when ${r(13)} < 0.8 then greatest(p.issued_on + 14, d.due_on - floor(${r(14)} * 60)::int)
                                            else d.due_on + 1 + floor(${r(14)} * 40)::int end) end as completed_on,
            10 + floor(${r(15)} * 80)::int as open_percent
       from plan_task t
       join nat_plan n on n.id = t.plan_id
       join plan p on p.id = t.plan_id
       join admin_unit u on u.id = n.unit_id
       join nat_due d on d.deadline = t.deadline
       join nat_line l on l.content = t.content
       cross join lateral (
         select case when ${r(10)} < 0.03 then 'cancelled'
                     when ${r(11)} < case when d.due_on < $1::date - 30 then 0.2 else 0.6 end
                       then case when ${r(16)} < 0.4 then 'not_started' else 'in_progress' end
                     else 'done' end as outcome
       ) o`,
    [asOf],
  );
  await client.query('create unique index on nat_task (id)');
  await client.query(
    `create temp table nat_reporter on commit drop as
     with by_agency as (select agency_id, min(id) as user_id from app_user
                         where agency_id is not null group by agency_id),
          by_unit as (select unit_id, min(id) filter (where role = 'officer') as officer,
                             min(id) as anyone from app_user group by unit_id)
     select a.id as agency_id, coalesce(ba.user_id, bu.officer, bu.anyone) as user_id
       from agency a
       left join by_agency ba on ba.agency_id = a.id
       left join by_unit bu on bu.unit_id = a.unit_id`,
  );
  await client.query('create unique index on nat_reporter (agency_id)');
  const ins = `insert into task_progress (task_id, kind, agency_id, user_id, reported_on, status, percent,
                                          note, completed_on, cancel_reason, created_at)`;
  const at = (day: string) => `(${day})::timestamp + interval '2 hours'`;
  // The lead's updates: evenly spaced from the start to completion (or to asOf).
  const updates = await client.query(
    `${ins}
     select x.id, 'update', x.lead_id, rp.user_id, s.day, s.status, s.percent,
            case when s.last and x.outcome = 'done' then 'Đã hoàn thành nhiệm vụ, có báo cáo kết quả kèm theo.'
                 else (array['Đã ban hành văn bản triển khai tới các đơn vị liên quan.',
                             'Đang tổ chức thực hiện theo kế hoạch.',
                             'Đã tổ chức hội nghị, tuyên truyền tới người dân.',
                             'Đã rà soát, tổng hợp kết quả bước đầu.',
                             'Đang phối hợp với các cơ quan liên quan để hoàn thiện.'])[1 + (g % 5)] end,
            case when s.last and x.outcome = 'done' then x.completed_on end, null, ${at('s.day')}
       from nat_task x
       join nat_reporter rp on rp.agency_id = x.lead_id
       cross join generate_series(1, x.updates) g
       cross join lateral (
         select day, g = x.updates as last,
                case when x.outcome = 'done' then (100 * g / x.updates)::int
                     else (x.open_percent * g / x.updates)::int end as percent,
                case when g = x.updates and x.outcome = 'done'
                       then case when x.completed_on > x.due_on then 'done_late' else 'done' end
                     when day > x.due_on then 'overdue' else 'in_progress' end as status
           from (select x.start_on + ((coalesce(x.completed_on, $1::date) - x.start_on) * g / x.updates)::int as day) d
       ) s
      where x.updates > 0
      order by x.id, g`,
    [asOf],
  );
  const contributions = await client.query(
    `${ins}
     select x.id, 'contribution', x.coop_ids[1], rp.user_id, day, 'in_progress', null,
            'Cơ quan phối hợp đã cung cấp thông tin, số liệu theo đề nghị của cơ quan chủ trì.',
            null, null, ${at('day')}
       from nat_task x
       join nat_reporter rp on rp.agency_id = x.coop_ids[1]
       cross join lateral (select x.start_on + ((coalesce(x.completed_on, $1::date) - x.start_on) / 2) as day) d
      where x.updates > 0 and cardinality(x.coop_ids) > 0
      order by x.id`,
    [asOf],
  );
  const cancels = await client.query(
    `${ins}
     select x.id, 'cancel', x.lead_id, rp.user_id, d.day, 'cancelled', null,
            'Đề nghị hủy nhiệm vụ.', null, 'Nhiệm vụ đã được lồng ghép vào kế hoạch khác.', ${at('d.day')}
       from nat_task x
       join nat_reporter rp on rp.agency_id = x.lead_id
       cross join lateral (select least($1::date, x.start_on + 120) as day) d
      where x.outcome = 'cancelled'
      order by x.id`,
    [asOf],
  );
  return (updates.rowCount ?? 0) + (contributions.rowCount ?? 0) + (cancels.rowCount ?? 0);
}

/** One current-state row per task, as the app keeps them (what the inbox and boards read). */
export async function insertTaskStates(client: pg.PoolClient, asOf: string) {
  const states = await client.query(
    `insert into task_state (task_id, plan_id, plan_unit_path, unit_id, unit_path, lead_agency_ids,
                             coop_agency_ids, search, due_on, open, percent, completed_on, cancelled_on,
                             cancel_reason, last_progress_id, last_update_at)
     select x.id, x.plan_id, x.unit_path, x.unit_id, x.unit_path, array[x.lead_id], x.coop_ids, x.search, x.due_on,
            x.outcome in ('not_started', 'in_progress'),
            case x.outcome when 'done' then 100 when 'in_progress' then x.open_percent
                           when 'cancelled' then x.open_percent else 0 end,
            x.completed_on,
            case when x.outcome = 'cancelled' then least($1::date, x.start_on + 120) end,
            case when x.outcome = 'cancelled' then 'Nhiệm vụ đã được lồng ghép vào kế hoạch khác.' end,
            lp.last_id, lp.last_at
       from nat_task x
       left join (select task_id, max(id) as last_id, max(created_at) as last_at
                    from task_progress where kind <> 'contribution' group by task_id) lp
         on lp.task_id = x.id`,
    [asOf],
  );
  return states.rowCount ?? 0;
}

/**
 * Due dates the way the app computes them (working-day shift, "Thường xuyên" due at the
 * period end), by the domain's own function, once per distinct deadline (a few hundred).
 */
async function dueDates(client: pg.PoolClient, db: Executor, year: number) {
  const calendar = await loadCalendar(db);
  const { rows } = await client.query<{ deadline: Deadline }>(
    `select distinct t.deadline from plan_task t join nat_plan n on n.id = t.plan_id
      where t.deadline is not null`,
  );
  const period = { from: `${year}-01-01`, to: `${year}-12-31` };
  const due = rows.map((r) => ({
    deadline: r.deadline,
    due_on: taskDue(r.deadline, { period, events: {}, calendar }, period.to).finalDue,
  }));
  await client.query(
    `create temp table nat_due on commit drop as
     select deadline, due_on from json_to_recordset($1::json) as x(deadline jsonb, due_on date)`,
    [JSON.stringify(due)],
  );
}
