// The questions of the national bench: each an HTTP route and the SQL of the same question
// written the best way by hand — prepared statements (node-postgres `{ name, text, values }`:
// parsed and planned once per connection, on PostgreSQL and on PGlite alike, whose socket
// speaks the same extended protocol), returning the same rows, the total included where the
// API sends one. Each case also reduces both answers to the same canonical form, so the
// bench compares them (ids, counts) before timing anything.
import type pg from 'pg';
import {
  IN_USE,
  bounds,
  fixtureOf,
  type Fixture,
  type ReportingFixture,
} from './national-fixture.ts';
import { countsAnswer, countsSql, recountSql, type CountRow } from './national-counts.ts';
import { rateAnswerOfApi, rateAnswerOfSql, rateSql } from './national-rates.ts';

export { fixtureOf, type Fixture, type ReportingFixture };

export interface BenchCase {
  name: string;
  /** Point questions (one task): the goal is absolute (SQL + 0.5 ms), whatever SQL takes. */
  point: boolean;
  user: string;
  /** Request i asks paths[i % paths.length]. */
  paths: string[];
  /** The baseline for request i, on the app's pool. */
  sql: (pool: pg.Pool, i: number) => Promise<unknown>;
  /** Canonical answers: of the API's JSON body, of the baseline's result. */
  ofApi: (body: unknown) => unknown;
  ofSql: (result: unknown) => unknown;
  /** A second, independent answer the API must also equal (the full recount for (c)). */
  reference?: (pool: pg.Pool) => Promise<unknown>;
  /** How many request indexes the answer check covers. */
  checks: number;
  /** Whether the canonical answers agree (default: equal as JSON). */
  match?: (api: unknown, sql: unknown) => boolean;
}

const prepared = <R extends pg.QueryResultRow>(
  pool: pg.Pool,
  name: string,
  text: string,
  values: unknown[],
) => pool.query<R>({ name, text, values });

/** Status derived on `today` ($1) (the same rule as the app's deriveTaskStatus). */
const STATUS = `case when s.cancelled_on is not null then 'cancelled'
  when s.completed_on is not null then
    case when s.due_on is not null and s.completed_on > s.due_on then 'done_late' else 'done' end
  when s.due_on < $1::date and s.due_on >= ${IN_USE} then 'overdue'
  when s.percent > 0 then 'in_progress' else 'not_started' end`;

/** A task's fields as a list shows them: the task, its plan, the plan's and the responsible unit. */
const TASK_FIELDS = `s.task_id, s.due_on, s.percent, s.completed_on, s.cancel_reason, s.last_update_at,
  ${STATUS} as status, t.number, t.title, t.content, t.dimension_codes, t.lead, t.cooperating,
  t.deadline, t.expected_result, p.id as plan_id, p.title as plan_title, p.number as plan_number,
  p.symbol, pu.id as pu_id, pu.code as pu_code, pu.name as pu_name, pu.full_name as pu_full_name,
  pu.level as pu_level, u.id as u_id, u.code as u_code, u.name as u_name,
  u.full_name as u_full_name, u.level as u_level`;
/** The page first (a materialised CTE), then the joins by key for its rows only. */
const pageOf = (where: string, order: string, limit: string) => `
  with page as materialized (select s.* from task_state s where ${where} order by ${order} limit ${limit})
  select ${TASK_FIELDS} from page s join plan_task t on t.id = s.task_id join plan p on p.id = s.plan_id
    join admin_unit pu on pu.id = p.unit_id join admin_unit u on u.id = s.unit_id
   order by ${order}`;

type Rows<T> = { rows: T[] };
const idsAndTotal = (ids: number[], total: number) => ({ ids, total });

export function executionCases(f: Fixture, today: string): BenchCase[] {
  const coordinator = `t${f.province.code}.dieuphoi`;
  // Parameters from $n: the page also passes today ($1) for the status, the count does not.
  const overdueWhere = (n: number) => `s.open and s.due_on < $${n}::date and s.due_on >= ${IN_USE}
    and s.unit_path ~>=~ $${n + 1} and s.unit_path ~<~ $${n + 2}`;
  const overdue = (path: string) => async (pool: pg.Pool) => {
    const values = [today, f.cutoff, ...bounds(path)];
    const page = await prepared<{ task_id: number }>(
      pool,
      'bench-overdue-page',
      pageOf(overdueWhere(2), 's.due_on, s.task_id', '100'),
      values,
    );
    // As the API: the total is counted only when the page is full.
    const total =
      page.rows.length < 100
        ? page.rows.length
        : (
            await prepared<{ n: number }>(
              pool,
              'bench-overdue-count',
              `select count(*)::int as n from task_state s where ${overdueWhere(1)}`,
              values.slice(1),
            )
          ).rows[0]!.n;
    return { page: page.rows, total };
  };
  const overdueCase = (name: string, unitId: number, path: string): BenchCase => ({
    name,
    point: false,
    user: coordinator,
    paths: [`/api/monitoring/overdue?unitId=${unitId}&cutoff=${f.cutoff}&pageSize=100`],
    sql: overdue(path),
    ofApi: (b) => {
      const body = b as { items: { id: number }[]; total: number };
      return idsAndTotal(
        body.items.map((t) => t.id),
        body.total,
      );
    },
    ofSql: (r) => {
      const x = r as { page: { task_id: number }[]; total: number };
      return idsAndTotal(
        x.page.map((t) => t.task_id),
        x.total,
      );
    },
    checks: 1,
  });
  return [
    overdueCase(
      '(a) open tasks due before the cut-off, province + communes, first 100',
      f.province.id,
      f.province.path,
    ),
    overdueCase('(b) the same for one commune', f.commune.id, f.commune.path),
    {
      // Total, per dimension, per lead agency: from task_count, as the API reads them; the
      // answer must also equal a full recount of task_state.
      name: '(c) task counts by status, province (total, by dimension, by agency)',
      point: false,
      user: coordinator,
      paths: [`/api/monitoring/tasks?unitId=${f.province.id}`],
      sql: (pool) =>
        prepared<CountRow>(pool, 'bench-counts', countsSql, [today, ...bounds(f.province.path)]),
      ofApi: (b) => countsAnswer.ofApi(b),
      ofSql: (r) => countsAnswer.ofRows((r as Rows<CountRow>).rows),
      reference: async (pool) =>
        countsAnswer.ofRows(
          (await pool.query<CountRow>(recountSql(STATUS), [today, `${f.province.path}%`])).rows,
        ),
      checks: 1,
    },
    {
      name: `(d) one task by id (${f.taskIds.length.toLocaleString('en')} random ids, all provinces)`,
      point: true,
      user: 'qg.admin',
      paths: f.taskIds.map((id) => `/api/tasks/${id}`),
      sql: (pool, i) =>
        prepared(
          pool,
          'bench-task',
          `select ${TASK_FIELDS} from task_state s join plan_task t on t.id = s.task_id
             join plan p on p.id = s.plan_id join admin_unit pu on pu.id = p.unit_id
             join admin_unit u on u.id = s.unit_id where s.task_id = $2`,
          [today, f.taskIds[i % f.taskIds.length]],
        ),
      ofApi: (b) => {
        const t = b as { id: number; status: string; percent: number; dueOn: string | null };
        return [t.id, t.status, t.percent, t.dueOn];
      },
      ofSql: (r) => {
        const t = (
          r as Rows<{ task_id: number; status: string; percent: number; due_on: string | null }>
        ).rows[0]!;
        return [t.task_id, t.status, t.percent, t.due_on];
      },
      checks: 30,
    },
  ];
}

export function reportingCases(f: Fixture, g: ReportingFixture, today: string): BenchCase[] {
  const rate = (path: string) => (pool: pg.Pool) =>
    prepared(pool, 'bench-rate', rateSql, [...bounds(path), g.periodId, today]);
  const base = `/api/monitoring/reporting?regimeId=${g.regimeId}&periodKey=${g.periodKey}`;
  return [
    {
      name: `(e) reporting rate ${g.periodKey}, province (by level, state, reporters)`,
      point: false,
      user: `t${f.province.code}.dieuphoi`,
      paths: [`${base}&unitId=${f.province.id}&pageSize=100`],
      sql: rate(f.province.path),
      ofApi: rateAnswerOfApi,
      ofSql: rateAnswerOfSql,
      checks: 1,
    },
    {
      name: `(f) reporting rate ${g.periodKey}, whole country`,
      point: false,
      user: 'qg.admin',
      paths: [`${base}&pageSize=100`],
      sql: rate('/'),
      ofApi: rateAnswerOfApi,
      ofSql: rateAnswerOfSql,
      checks: 1,
    },
  ];
}

/**
 * My work of a commune officer (UBND xã): open tasks its agency leads or cooperates on or
 * of its unit, overdue first then by due date, first 50, the counts, and the reports it
 * still owes (stored periods whose window has started, nothing sent or returned).
 */
export function inboxCases(f: Fixture, today: string): BenchCase[] {
  const mine = `(s.lead_agency_ids @> array[$2::int] or s.coop_agency_ids @> array[$2::int]
                 or s.unit_path = $3) and s.open`;
  const overdue = `(s.due_on < $1::date and s.due_on >= ${IN_USE})`;
  return [
    {
      name: '(g) My work, commune officer (tasks + owed reports)',
      point: false,
      user: f.communeOfficer.username,
      paths: ['/api/my-work?pageSize=50'],
      sql: async (pool) => {
        const values = [today, f.communeOfficer.agencyId, f.commune.path];
        const [page, counts, reports] = await Promise.all([
          prepared<{ task_id: number }>(
            pool,
            'bench-inbox-page',
            pageOf(mine, `coalesce(${overdue}, false) desc, s.due_on nulls last, s.task_id`, '50'),
            values,
          ),
          prepared<{ total: number; overdue: number }>(
            pool,
            'bench-inbox-counts',
            `select count(*)::int as total, count(*) filter (where ${overdue})::int as overdue
               from task_state s where ${mine}`,
            values,
          ),
          prepared<{ id: number }>(
            pool,
            'bench-inbox-reports',
            `select p.id, p.key, p.label, (p.due ->> 'commune')::date as due_on, r.id, r.status
               from report_period p join reporting_regime g on g.id = p.regime_id and g.active
               left join report r on r.period_id = p.id and r.unit_id = $1 and r.agency_id is null
              where p.window_from <= $2::date and p.window_to >= ${IN_USE}
                and p.due ? 'commune' and (r.id is null or r.status in ('draft', 'returned'))`,
            [f.commune.id, today],
          ),
        ]);
        return {
          ids: page.rows.map((r) => r.task_id),
          total: counts.rows[0]!.total,
          reports: reports.rows.length,
        };
      },
      // The API merges tasks, reports and plans into one page: its tasks must be the
      // baseline's first ones, in order; the counts must agree.
      ofApi: (b) => {
        const body = b as {
          items: { kind: string; task?: { id: number } }[];
          counts: { tasks: number; reports: number };
        };
        const ids = body.items.flatMap((x) => (x.task ? [x.task.id] : []));
        return { ids, total: body.counts.tasks, reports: body.counts.reports };
      },
      ofSql: (r) => r,
      match: (a, b) => {
        const api = a as { ids: number[]; total: number; reports: number };
        const raw = b as typeof api;
        return (
          api.total === raw.total &&
          api.reports === raw.reports &&
          api.ids.length > 0 &&
          JSON.stringify(api.ids) === JSON.stringify(raw.ids.slice(0, api.ids.length))
        );
      },
      checks: 1,
    },
  ];
}

/** Every case, in the order the table prints them. */
export function allCases(f: Fixture, g: ReportingFixture, today: string): BenchCase[] {
  return [...executionCases(f, today), ...reportingCases(f, g, today), ...inboxCases(f, today)];
}
