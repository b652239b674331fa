import type pg from 'pg';
import { DEFAULT_REGIMES, generatePeriods } from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import { loadCalendar } from '../../modules/execution/holidays.service.ts';
import { rnd } from './plans.ts';

/** The seed plans' regime (6-month and annual), set at the country root. */
const REGIME = DEFAULT_REGIMES.find((r) => r.code === 'PAPI-KH')!;

export interface ReportsResult {
  reports: number;
  versions: number;
}

/**
 * The seed plans' regime for the whole country, its two periods of the year (6-month,
 * annual) and a report from most expected reporters — communes to their province,
 * provinces to the centre, the sở/ban/ngành leading tasks to their province: for the
 * 6-month period most on time, some late, some returned and resubmitted, some missing;
 * for the annual one (due just after the data's end) part submitted, the rest pending.
 * Submitted versions carry the frozen task snapshot as of the window end, computed from
 * the history as the app does.
 */
export async function insertReports(
  client: pg.PoolClient,
  db: Executor,
  year: number,
  seed: number,
  asOf: string,
): Promise<ReportsResult> {
  const root = (
    await client.query<{ id: number; path: string }>(
      `select id, path from admin_unit where level = 'country' order by id limit 1`,
    )
  ).rows[0]!;
  await client.query(
    `insert into reporting_regime (unit_id, code, name, definition)
     values ($1, $2, $3, $4) on conflict (unit_id, code) do nothing`,
    [root.id, REGIME.code, REGIME.name, JSON.stringify(REGIME.definition)],
  );
  const regimeId = (
    await client.query<{ id: number }>(
      'select id from reporting_regime where unit_id = $1 and code = $2',
      [root.id, REGIME.code],
    )
  ).rows[0]!.id;
  await client.query(
    `create temp table nat_lead on commit drop as
     select distinct unnest(lead_agency_ids) as agency_id from task_state`,
  );
  const periods = generatePeriods(REGIME.definition, year, await loadCalendar(db));
  let reports = 0;
  let versions = 0;
  for (const [index, p] of periods.entries()) {
    const periodId = (
      await client.query<{ id: number }>(
        `insert into report_period (regime_id, key, label, year, window_from, window_to, due)
         values ($1, $2, $3, $4, $5, $6, $7)
         on conflict (regime_id, key) do update set label = excluded.label returning id`,
        [regimeId, p.key, p.label, p.year, p.window.from, p.window.to, JSON.stringify(p.due)],
      )
    ).rows[0]!.id;
    const past = p.due.commune! <= asOf;
    const r = (salt: number) =>
      rnd(`(coalesce(x.agency_id, 0)::bigint * 100000 + x.unit_id) * 4 + ${index}`, seed, salt);
    // Fate per reporter. Past period: 70% on time, 16% late, 4% a draft never sent, 10%
    // nothing; of those sent 60% accepted, 8% returned and resubmitted, 5% still returned.
    // Current period: 45% sent on the data's last days, 15% drafts, the rest not yet.
    await client.query(
      `create temp table nat_rep on commit drop as
       select x.*, f.fate, f.review,
              case f.fate when 'on_time' then x.due_on - floor(${r(21)} * 8)::int
                          when 'late' then x.due_on + 1 + floor(${r(21)} * 20)::int
                          when 'sent' then $1::date + floor(${r(21)} * 2)::int end as sent_on
         from (select u.id as unit_id, u.path as unit_path, null::int as agency_id,
                      u.level, pu.id as receiver_id, pu.path as receiver_path,
                      ($2::jsonb ->> u.level)::date as due_on
                 from admin_unit u join admin_unit pu on pu.id = u.parent_id
                where u.era = 'post2025' and u.level in ('province', 'commune')
               union all
               select u.id, u.path, a.id, 'agency', u.id, u.path, ($2::jsonb ->> 'agency')::date
                 from agency a join admin_unit u on u.id = a.unit_id
                where u.era = 'post2025' and u.level = 'province' and a.kind <> 'ubnd'
                  and a.id in (select agency_id from nat_lead)) x
        cross join lateral (
          select case when not $3 then case when ${r(20)} < 0.45 then 'sent'
                                            when ${r(20)} < 0.60 then 'draft' end
                      when ${r(20)} < 0.70 then 'on_time' when ${r(20)} < 0.86 then 'late'
                      when ${r(20)} < 0.90 then 'draft' end as fate,
                 case when not $3 then 'submitted' when ${r(22)} < 0.60 then 'accepted'
                      when ${r(22)} < 0.68 then 'resubmitted' when ${r(22)} < 0.73 then 'returned'
                      else 'submitted' end as review) f
        where f.fate is not null`,
      [asOf, JSON.stringify(p.due), past],
    );
    const inserted = await client.query(
      `insert into report (period_id, regime_id, unit_id, unit_path, agency_id, level,
                           receiver_unit_id, receiver_path, due_on, status, version_no,
                           first_submitted_at, created_at, updated_at)
       select $1, $2, unit_id, unit_path, agency_id, level, receiver_id, receiver_path, due_on,
              case when fate = 'draft' then 'draft' when review = 'resubmitted' then 'submitted'
                   else review end,
              case when review = 'resubmitted' and fate <> 'draft' then 2 else 1 end,
              sent_on::timestamp + interval '3 hours', $3::timestamp, coalesce(sent_on, $3)::timestamp
         from nat_rep order by unit_path, agency_id`,
      [periodId, regimeId, p.window.to],
    );
    reports += inserted.rowCount ?? 0;
    versions += await insertVersions(client, periodId, p.window);
    await client.query('drop table nat_rep');
  }
  return { reports, versions };
}

/** Version 1 of every report (returned ones: also the resubmitted version 2), with snapshots. */
async function insertVersions(
  client: pg.PoolClient,
  periodId: number,
  window: { from: string; to: string },
) {
  await snapshots(client, window);
  const content = JSON.stringify({
    indicators: [],
    narratives: [
      {
        dimensionCode: '',
        results: 'Các nhiệm vụ trọng tâm được triển khai theo kế hoạch.',
        shortcomings: 'Một số nhiệm vụ còn chậm so với tiến độ do thiếu kinh phí.',
        proposals: 'Đề nghị cấp trên hướng dẫn, hỗ trợ kinh phí thực hiện.',
      },
    ],
  });
  const taken = `r.first_submitted_at + (v.no - 1) * interval '3 days'`;
  const reviewed = `r.status in ('accepted', 'returned') or r.version_no > v.no`;
  const { rowCount } = await client.query(
    `insert into report_version (report_id, version_no, status, content, snapshot, submitted_at,
                                 submitted_by, reviewed_at, reviewed_by, review_comment, created_at)
     select r.id, v.no, case when r.version_no = v.no then r.status else 'returned' end, $2::jsonb,
            case when r.first_submitted_at is not null then
              jsonb_build_object('asOf', $3::text, 'takenAt',
                                 to_char((${taken}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
              || coalesce(sn.body, '{"tasks": []}'::jsonb || ${EMPTY_COUNTS}) end,
            case when r.first_submitted_at is not null then ${taken} end,
            su.user_id,
            case when ${reviewed} then ${taken} + interval '2 days' end,
            case when ${reviewed} then ru.user_id end,
            case when r.version_no > v.no or r.status = 'returned'
                 then 'Đề nghị bổ sung số liệu kết quả thực hiện các nhiệm vụ lĩnh vực D5, D8.' end,
            r.created_at
       from report r cross join lateral generate_series(1, r.version_no) v(no)
       left join nat_snap sn on sn.unit_path = r.unit_path and sn.agency_id = coalesce(r.agency_id, 0)
       left join (select unit_id, min(id) as user_id from app_user group by unit_id) su on su.unit_id = r.unit_id
       left join (select unit_id, min(id) as user_id from app_user group by unit_id) ru on ru.unit_id = r.receiver_unit_id
      where r.period_id = $1`,
    [periodId, content, window.to],
  );
  await client.query('drop table nat_snap');
  return rowCount ?? 0;
}

const EMPTY_COUNTS = `jsonb_build_object('counts', jsonb_build_object('not_started', 0,
  'in_progress', 0, 'done', 0, 'done_late', 0, 'overdue', 0, 'cancelled', 0))`;

/**
 * Each reporter's snapshot body (counts and tasks) as of the window end: a unit's own tasks,
 * an agency's led tasks, with the status and percent the history gives on that day — what
 * reports.snapshot.ts freezes at submission. One pass over the tasks, grouped by reporter.
 */
async function snapshots(client: pg.PoolClient, window: { from: string; to: string }) {
  await client.query(
    `create temp table nat_snap_task on commit drop as
     select s.task_id, s.unit_path, s.lead_agency_ids, p.id as plan_id, t.position,
            jsonb_build_object('taskId', s.task_id, 'planId', p.id, 'planTitle', p.title,
              'number', t.number, 'content', t.content, 'dimensionCodes', t.dimension_codes,
              'lead', t.lead->>'name', 'dueOn', s.due_on, 'status', k.status,
              'percent', case when k.status in ('done', 'done_late') then 100 else coalesce(lp.percent, 0) end,
              'completedOn', case when k.status in ('done', 'done_late') then s.completed_on end) as item,
            k.status
       from task_state s join plan_task t on t.id = s.task_id join plan p on p.id = s.plan_id
       left join lateral (
         select h.percent from task_progress h
          where h.task_id = s.task_id and h.kind = 'update' and h.reported_on <= $1::date
          order by h.reported_on desc, h.id desc limit 1) lp on true
      cross join lateral (
        select case when s.cancelled_on <= $1::date then 'cancelled'
                    when s.completed_on <= $1::date
                      then case when s.completed_on > s.due_on then 'done_late' else 'done' end
                    when s.due_on < $1::date then 'overdue'
                    when coalesce(lp.percent, 0) > 0 then 'in_progress' else 'not_started' end as status) k
      where p.issued_on <= $1::date and p.period_from <= $1::date and p.period_to >= $2::date`,
    [window.to, window.from],
  );
  const body = `jsonb_build_object(
      'counts', jsonb_build_object(
        'not_started', count(*) filter (where status = 'not_started'),
        'in_progress', count(*) filter (where status = 'in_progress'),
        'done', count(*) filter (where status = 'done'),
        'done_late', count(*) filter (where status = 'done_late'),
        'overdue', count(*) filter (where status = 'overdue'),
        'cancelled', count(*) filter (where status = 'cancelled')),
      'tasks', jsonb_agg(item order by plan_id, position))`;
  await client.query(
    `create temp table nat_snap on commit drop as
     select unit_path, 0 as agency_id, ${body} as body from nat_snap_task
      where unit_path in (select unit_path from nat_rep where agency_id is null and sent_on is not null)
      group by unit_path
     union all
     select r.unit_path, a.agency_id, ${body}
       from nat_snap_task x cross join unnest(x.lead_agency_ids) a(agency_id)
       join nat_rep r on r.agency_id = a.agency_id and r.sent_on is not null
      group by r.unit_path, a.agency_id`,
  );
  await client.query('create index on nat_snap (unit_path, agency_id)');
  await client.query('drop table nat_snap_task');
}
