import { sql } from 'drizzle-orm';
import {
  foldVietnamese,
  taskDue,
  type AgencyRef,
  type Deadline,
  type EventDates,
} from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import { loadCalendar } from './holidays.service.ts';
import { taskState } from './execution.table.ts';
import { todayVn } from '../../platform/clock.ts';

interface PlanRow extends Record<string, unknown> {
  id: number;
  unit_id: number;
  unit_path: string;
  title: string;
  year: number;
  period_from: string;
  period_to: string;
  issued_on: string | null;
  amends_plan_id: number | null;
  parent_issued_on: string | null;
  results_published_on: string | null;
}

interface TaskRow extends Record<string, unknown> {
  id: number;
  task_key: string;
  number: string;
  content: string;
  lead: AgencyRef | null;
  cooperating: AgencyRef[];
  deadline: Deadline | null;
}

const agencyIds = (refs: readonly AgencyRef[]) => [
  ...new Set(
    refs
      .flatMap((r) => (r.kind === 'agency' ? [r.id] : r.memberIds))
      .map(Number)
      .filter((n) => Number.isInteger(n) && n > 0 && n <= 2_147_483_647),
  ),
];

/** The dates relative deadlines count from, for a plan. */
async function planFacts(db: Executor, planId: number): Promise<PlanRow | null> {
  const r = await db.execute<PlanRow>(sql`
    select p.id, p.unit_id, u.path as unit_path, p.title, p.year, p.period_from::text as period_from,
           p.period_to::text as period_to, p.issued_on::text as issued_on, p.amends_plan_id,
           pp.issued_on::text as parent_issued_on,
           (select r.published_on::text from index_release r
             where r.framework_code = 'PAPI' and r.year = p.year) as results_published_on
      from plan p join admin_unit u on u.id = p.unit_id
      left join plan pp on pp.id = p.parent_plan_id
     where p.id = ${planId}`);
  return r.rows[0] ?? null;
}

/**
 * Creates the current-state row of every task of a plan just issued. An amendment takes
 * over its previous version's states (matched by task_key) and their history; the old
 * version's rows go, so no task is counted twice.
 */
export async function openTaskStates(db: Executor, planId: number): Promise<number> {
  const p = await planFacts(db, planId);
  if (!p) return 0;
  const tasks = (
    await db.execute<TaskRow>(sql`
      select id, task_key, number, content, lead, cooperating, deadline from plan_task where plan_id = ${planId}`)
  ).rows;
  if (tasks.length === 0) return 0;
  const calendar = await loadCalendar(db, p.unit_path);
  const events: EventDates = {
    issuance: p.issued_on,
    results_published: p.results_published_on,
    parent_issuance: p.parent_issued_on,
  };
  const ids = [...new Set(tasks.flatMap((t) => agencyIds(t.lead ? [t.lead] : [])))];
  const agencyUnits = new Map(
    ids.length === 0
      ? []
      : (
          await db.execute<{ id: number; unit_id: number; path: string }>(sql`
            select a.id, a.unit_id, u.path from agency a join admin_unit u on u.id = a.unit_id
             where a.id = any(${sql.param(ids)}::int[])`)
        ).rows.map((a) => [a.id, a]),
  );
  const previous = p.amends_plan_id
    ? (
        await db.execute<{
          task_key: string;
          task_id: number;
          percent: number;
          completed_on: string | null;
          cancelled_on: string | null;
          cancel_reason: string | null;
          open: boolean;
          history_task_ids: number[];
          last_progress_id: number | null;
          last_update_at: string | null;
        }>(sql`
          select t.task_key, s.task_id, s.percent, s.completed_on::text as completed_on,
                 s.cancelled_on::text as cancelled_on, s.cancel_reason, s.open,
                 s.history_task_ids, s.last_progress_id, s.last_update_at
            from task_state s join plan_task t on t.id = s.task_id
           where s.plan_id = ${p.amends_plan_id}`)
      ).rows
    : [];
  const carried = new Map(previous.map((r) => [r.task_key, r]));
  const today = todayVn();
  const rows = tasks.map((t) => {
    const lead = agencyIds(t.lead ? [t.lead] : []);
    const own = lead.length === 1 ? agencyUnits.get(lead[0]!) : undefined;
    const due = taskDue(
      t.deadline,
      { period: { from: p.period_from, to: p.period_to }, events, calendar },
      today,
    );
    const before = carried.get(t.task_key);
    return {
      taskId: t.id,
      planId: p.id,
      planUnitPath: p.unit_path,
      unitId: own?.unit_id ?? p.unit_id,
      unitPath: own?.path ?? p.unit_path,
      leadAgencyIds: lead,
      coopAgencyIds: agencyIds(t.cooperating),
      search: foldVietnamese(`${t.number} ${t.content} ${p.title}`),
      dueOn: due.finalDue,
      pendingEvent: due.pendingEvent,
      ...(before
        ? {
            open: before.open,
            percent: before.percent,
            completedOn: before.completed_on,
            cancelledOn: before.cancelled_on,
            cancelReason: before.cancel_reason,
            historyTaskIds: [...before.history_task_ids, before.task_id],
            lastProgressId: before.last_progress_id,
            lastUpdateAt: before.last_update_at ? new Date(before.last_update_at) : null,
          }
        : {}),
    };
  });
  await db.insert(taskState).values(rows).onConflictDoNothing();
  if (p.amends_plan_id) {
    await db.execute(sql`delete from task_state where plan_id = ${p.amends_plan_id}`);
  }
  return rows.length;
}

/**
 * Official results were published: relative deadlines waiting for them ("05 ngày sau khi
 * công bố kết quả Chỉ số PAPI năm 2023") get their due date, for plans of that year.
 */
export async function resolvePublishedDeadlines(db: Executor, year: number): Promise<number> {
  const waiting = (
    await db.execute<{ plan_id: number }>(sql`
      select distinct s.plan_id from task_state s join plan p on p.id = s.plan_id
       where s.pending_event = 'results_published' and p.year = ${year}`)
  ).rows;
  let n = 0;
  for (const { plan_id } of waiting) {
    const p = (await planFacts(db, plan_id))!;
    if (!p.results_published_on) continue;
    const calendar = await loadCalendar(db, p.unit_path);
    const tasks = (
      await db.execute<TaskRow>(sql`
        select t.id, t.task_key, t.number, t.content, t.lead, t.cooperating, t.deadline
          from plan_task t join task_state s on s.task_id = t.id
         where t.plan_id = ${plan_id} and s.pending_event = 'results_published'`)
    ).rows;
    for (const t of tasks) {
      const due = taskDue(
        t.deadline,
        {
          period: { from: p.period_from, to: p.period_to },
          events: { results_published: p.results_published_on },
          calendar,
        },
        todayVn(),
      );
      await db.execute(sql`
        update task_state set due_on = ${due.finalDue}, pending_event = ${due.pendingEvent},
               version = version + 1
         where task_id = ${t.id}`);
      n += 1;
    }
  }
  return n;
}
