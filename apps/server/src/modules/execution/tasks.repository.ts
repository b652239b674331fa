import { sql, type SQL } from 'drizzle-orm';
import {
  formatDeadline,
  taskDue,
  type AgencyRef,
  type Deadline,
  type TaskStatus,
  type WorkCalendar,
} from '@papi/domain';
import type { TTaskSummary, TUnitRef } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import { executeMaybeNamed, executeNamed } from '../../db/named.ts';
import { documentNumberOf } from '../plans/plans.repository.ts';
import { inScopeSql } from '../units/units.repository.ts';
import { inUseSinceSql } from '../system/in-use-since.ts';

/**
 * The SQL twin of isOverdue (domain execution/overdue.ts) for an open task of task_state
 * `s`: due before today and not before the day the installation began to be used.
 */
export const overdueTaskSql = (today: string) =>
  sql`(s.open and s.due_on < ${today}::date and s.due_on >= ${inUseSinceSql})`;

/** The SQL twin of deriveTaskStatus on `today` (with the installation's inUseSince). */
export const statusSql = (today: string) => sql`(case
  when s.cancelled_on is not null then 'cancelled'
  when s.completed_on is not null then
    case when s.due_on is not null and s.completed_on > s.due_on then 'done_late' else 'done' end
  when s.due_on < ${today}::date and s.due_on >= ${inUseSinceSql} then 'overdue'
  when s.percent > 0 then 'in_progress'
  else 'not_started' end)`;

/** A status filter as a condition the indexes can use (open tasks: `s.open`). */
export function statusCondition(status: TaskStatus | 'open', today: string): SQL {
  switch (status) {
    case 'open':
      return sql`s.open`;
    case 'overdue':
      return overdueTaskSql(today);
    case 'in_progress':
      return sql`s.open and not coalesce(${overdueTaskSql(today)}, false) and s.percent > 0`;
    case 'not_started':
      return sql`s.open and not coalesce(${overdueTaskSql(today)}, false) and s.percent = 0`;
    case 'done':
      return sql`s.completed_on is not null and s.cancelled_on is null and (s.due_on is null or s.completed_on <= s.due_on)`;
    case 'done_late':
      return sql`s.completed_on is not null and s.cancelled_on is null and s.completed_on > s.due_on`;
    case 'cancelled':
      return sql`s.cancelled_on is not null`;
  }
}

export interface TaskRow extends Record<string, unknown> {
  id: number;
  plan_id: number;
  plan_title: string;
  plan_number: number | null;
  plan_symbol: string;
  plan_period_from: string;
  plan_period_to: string;
  plan_unit_path: string;
  pu_id: number;
  pu_code: string;
  pu_name: string;
  pu_full_name: string;
  pu_level: TUnitRef['level'];
  u_id: number;
  u_code: string;
  u_name: string;
  u_full_name: string;
  u_level: TUnitRef['level'];
  unit_path: string;
  number: string;
  title: string | null;
  content: string;
  dimension_codes: string[];
  lead: AgencyRef | null;
  cooperating: AgencyRef[];
  deadline: Deadline | null;
  expected_result: string | null;
  lead_agency_ids: number[];
  coop_agency_ids: number[];
  due_on: string | null;
  pending_event: string | null;
  status: TaskStatus;
  percent: number;
  completed_on: string | null;
  cancel_reason: string | null;
  last_update_at: string | null;
  history_task_ids: number[];
  version: number;
}

export const TASK_FROM = sql`task_state s
  join plan_task t on t.id = s.task_id
  join plan p on p.id = s.plan_id
  join admin_unit pu on pu.id = p.unit_id
  join admin_unit u on u.id = s.unit_id`;

export const taskColumns = (today: string) => sql`
  s.task_id as id, p.id as plan_id, p.title as plan_title, p.number as plan_number,
  p.symbol as plan_symbol, p.period_from::text as plan_period_from,
  p.period_to::text as plan_period_to, s.plan_unit_path,
  pu.id as pu_id, pu.code as pu_code, pu.name as pu_name, pu.full_name as pu_full_name,
  pu.level as pu_level, u.id as u_id, u.code as u_code, u.name as u_name,
  u.full_name as u_full_name, u.level as u_level, s.unit_path,
  t.number, t.title, t.content, t.dimension_codes, t.lead, t.cooperating, t.deadline,
  t.expected_result, s.lead_agency_ids, s.coop_agency_ids, s.due_on::text as due_on,
  s.pending_event, ${statusSql(today)} as status, s.percent,
  s.completed_on::text as completed_on, s.cancel_reason, s.last_update_at::text as last_update_at,
  s.history_task_ids, s.version`;

const unitRef = (r: TaskRow, p: 'pu' | 'u'): TUnitRef => ({
  id: r[`${p}_id`],
  code: r[`${p}_code`],
  name: r[`${p}_name`],
  fullName: r[`${p}_full_name`],
  level: r[`${p}_level`],
});

export function presentTask(r: TaskRow, calendar: WorkCalendar, today: string): TTaskSummary {
  // Recurring work's next occurrence moves with today, so it is computed, not stored.
  const next =
    r.deadline?.kind === 'recurring'
      ? taskDue(
          r.deadline,
          { period: { from: r.plan_period_from, to: r.plan_period_to }, events: {}, calendar },
          today,
        ).nextDue
      : r.due_on;
  return {
    id: r.id,
    plan: {
      id: r.plan_id,
      title: r.plan_title,
      documentNumber: documentNumberOf(r.plan_number, r.plan_symbol),
      unit: unitRef(r, 'pu'),
    },
    unit: unitRef(r, 'u'),
    number: r.number,
    title: r.title,
    content: r.content,
    dimensionCodes: r.dimension_codes,
    lead: r.lead,
    cooperating: r.cooperating,
    deadline: r.deadline,
    deadlineLabel: r.deadline ? formatDeadline(r.deadline) : 'Trong thời gian thực hiện kế hoạch',
    dueOn: r.due_on,
    nextDueOn: next,
    pendingEvent: r.pending_event,
    status: r.status,
    percent: r.percent,
    completedOn: r.completed_on,
    cancelReason: r.cancel_reason,
    lastUpdateAt: r.last_update_at ? new Date(r.last_update_at).toISOString() : null,
  };
}

/** Every task read and write: a named statement (planning was 4× its execution). */
export async function findTaskRow(db: Executor, id: number, today: string) {
  const r = await executeNamed<TaskRow>(
    db,
    'task-row',
    sql`
    select ${taskColumns(today)} from ${TASK_FROM} where s.task_id = ${id}`,
  );
  return r.rows[0] ?? null;
}

/**
 * A page of tasks and the number of all that match. Not `count(*) over ()` on the page: the
 * window made PostgreSQL join and sort every match before the limit (17.8 ms against 4.9 ms
 * for a province's 1,476 overdue tasks, national bench (a)). A page that is not full tells
 * the total itself; otherwise it is counted over `countFrom` (default: task_state alone,
 * enough when `where` names only `s`).
 */
export async function selectTasks(
  db: Executor,
  where: SQL,
  order: SQL,
  limit: number,
  offset: number,
  today: string,
  countFrom: SQL = sql`task_state s`,
  /**
   * A statement name when `where` and `order` have one fixed shape naming task_state `s`
   * alone (see selectTaskPage).
   */
  name?: string,
) {
  const rows = await selectTaskPage(db, where, order, limit, offset, today, name);
  const known = rows.length < limit && (rows.length > 0 || offset === 0);
  const total = known
    ? offset + rows.length
    : await countTasks(db, where, countFrom, name && `${name}-count`);
  return { rows, total };
}

/**
 * Just the page (callers that count otherwise). With a `name`, `where` and `order` must name
 * task_state `s` alone and keep one shape: the statement is prepared once per connection,
 * because planning the five joins took longer than running a commune's page (PostgreSQL,
 * national data: 0.55–1.9 ms planning against 0.2 ms). Its generic plan chooses the page
 * first (a materialised CTE) and joins only those rows by key; joined directly, the generic
 * plan hashed the whole unit table on every call (5 ms for a commune's 9 tasks).
 */
export async function selectTaskPage(
  db: Executor,
  where: SQL,
  order: SQL,
  limit: number,
  offset: number,
  today: string,
  name?: string,
) {
  if (!name) {
    const r = await db.execute<TaskRow>(sql`
      select ${taskColumns(today)}
        from ${TASK_FROM} where ${where} order by ${order} limit ${limit} offset ${offset}`);
    return r.rows;
  }
  const r = await executeNamed<TaskRow>(
    db,
    name,
    sql`
      with page as materialized (
        select s.task_id from task_state s where ${where}
         order by ${order} limit ${limit} offset ${offset})
      select ${taskColumns(today)}
        from page join ${TASK_FROM} on s.task_id = page.task_id order by ${order}`,
  );
  return r.rows;
}

/** How many tasks match `where` (over `from`, which must define `s`). */
export async function countTasks(
  db: Executor,
  where: SQL,
  from: SQL = sql`task_state s`,
  name?: string,
) {
  const r = await executeMaybeNamed<{ n: number }>(
    db,
    name,
    sql`select count(*)::int as n from ${from} where ${where}`,
  );
  return r.rows[0]!.n;
}

/** Who may see a task: units in scope (responsible or plan unit) or a named agency. */
export function taskVisibleSql(scopePaths: string[], agencyId: number | null): SQL {
  const inScope = sql`(${inScopeSql(sql`s.unit_path`, scopePaths)} or ${inScopeSql(sql`s.plan_unit_path`, scopePaths)})`;
  if (agencyId === null) return inScope;
  return sql`(${inScope} or s.lead_agency_ids @> array[${agencyId}]::int[] or s.coop_agency_ids @> array[${agencyId}]::int[])`;
}
