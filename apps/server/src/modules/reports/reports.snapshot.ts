import { sql } from 'drizzle-orm';
import {
  agencyLabel,
  countByStatus,
  statusAsOf,
  type AgencyRef,
  type ProgressFact,
  type TaskStatus,
} from '@papi/domain';
import type { TTaskSnapshot } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';

interface Row extends Record<string, unknown> {
  task_id: number;
  plan_id: number;
  plan_title: string;
  number: string;
  content: string;
  dimension_codes: string[];
  lead: AgencyRef | null;
  due_on: string | null;
  history_task_ids: number[];
}

export interface Reporter {
  unitPath: string;
  agencyId: number | null;
  window: { from: string; to: string };
}

/**
 * The reporter's tasks as of the end of the data window: its own unit's tasks (or, for a
 * sở/ban/ngành, the tasks it leads) in plans issued by then whose period overlaps the
 * window, each with the status the history gives on that day.
 */
export async function takeSnapshot(
  db: Executor,
  who: Reporter,
  takenAt: Date,
): Promise<TTaskSnapshot> {
  const mine =
    who.agencyId === null
      ? sql`s.unit_path = ${who.unitPath}`
      : sql`s.lead_agency_ids @> array[${who.agencyId}]::int[]`;
  const tasks = (
    await db.execute<Row>(sql`
      select s.task_id, p.id as plan_id, p.title as plan_title, t.number, t.content,
             t.dimension_codes, t.lead, s.due_on::text as due_on, s.history_task_ids
        from task_state s join plan_task t on t.id = s.task_id join plan p on p.id = s.plan_id
       where ${mine} and p.issued_on <= ${who.window.to}::date
         and p.period_from <= ${who.window.to}::date and p.period_to >= ${who.window.from}::date
       order by p.id, t.position`)
  ).rows;
  const ids = tasks.flatMap((t) => [t.task_id, ...t.history_task_ids]);
  const history = ids.length
    ? (
        await db.execute<{
          task_id: number;
          kind: ProgressFact['kind'];
          reported_on: string;
          percent: number | null;
          completed_on: string | null;
        }>(sql`
          select task_id, kind, reported_on::text as reported_on, percent,
                 completed_on::text as completed_on
            from task_progress where task_id = any(${sql.param(ids)}::int[])
           order by reported_on, id`)
      ).rows
    : [];
  const byTask = new Map<number, ProgressFact[]>();
  const owner = new Map(
    tasks.flatMap((t) => [t.task_id, ...t.history_task_ids].map((id) => [id, t.task_id])),
  );
  for (const h of history) {
    const key = owner.get(h.task_id)!;
    byTask.set(key, [
      ...(byTask.get(key) ?? []),
      { reportedOn: h.reported_on, kind: h.kind, percent: h.percent, completedOn: h.completed_on },
    ]);
  }
  const asOf = who.window.to;
  const items = tasks.map((t) => {
    const facts = byTask.get(t.task_id) ?? [];
    const status: TaskStatus = statusAsOf(facts, t.due_on, asOf);
    const lastPercent = facts.filter((f) => f.kind === 'update' && f.reportedOn <= asOf).at(-1);
    return {
      taskId: t.task_id,
      planId: t.plan_id,
      planTitle: t.plan_title,
      number: t.number,
      content: t.content,
      dimensionCodes: t.dimension_codes,
      lead: t.lead ? agencyLabel(t.lead) : null,
      dueOn: t.due_on,
      status,
      percent: status === 'done' || status === 'done_late' ? 100 : (lastPercent?.percent ?? 0),
      completedOn:
        status === 'done' || status === 'done_late'
          ? (facts.filter((f) => f.kind === 'update').at(-1)?.completedOn ?? null)
          : null,
    };
  });
  return {
    asOf,
    takenAt: takenAt.toISOString(),
    counts: countByStatus(items.map((i) => i.status)),
    tasks: items,
  };
}
