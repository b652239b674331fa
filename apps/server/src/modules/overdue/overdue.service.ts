import { sql } from 'drizzle-orm';
import type { TWorkItem } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import type { UnitRecord } from '../units/units.repository.ts';
import { overdueTaskSql } from '../execution/tasks.repository.ts';
import { owedReports } from '../my-work/my-work.reports.ts';
import { owedPlans } from '../my-work/my-work.plans.ts';
import {
  openFeedback,
  owedReviewReports,
  type FeedbackWorkItem,
  type ReviewReportItem,
} from '../my-work/my-work.others.ts';
import { overseesBelow, workScopeSql } from '../my-work/my-work.scope.ts';
import { getInUseSince } from '../system/in-use-since.ts';

export type OverdueReport = Extract<TWorkItem, { kind: 'report' }>;
export type OverduePlan = Extract<TWorkItem, { kind: 'plan' }>;

/** Overdue tasks counted by where they sit: the unit itself (by lead agency) or a unit below. */
interface TaskGroupRow extends Record<string, unknown> {
  at_unit: boolean;
  child_id: number | null;
  agency_id: number | null;
  n: number;
}

export interface OverdueWork {
  inUseSince: string;
  below: boolean;
  taskGroups: TaskGroupRow[];
  tasks: number;
  reports: OverdueReport[];
  plans: OverduePlan[];
  reviewReports: ReviewReportItem[];
  feedback: FeedbackWorkItem[];
}

/**
 * Everything overdue in a person's view of `unit` — tasks, reports, plans to issue, review
 * reports and citizen feedback — by
 * the one rule (domain isOverdue, SQL twin overdueTaskSql) and the same scope as My work:
 * the subtree for those who oversee it, their own work for the others. The dashboard and
 * the overdue board read it; My work counts the same items (a server test holds them equal).
 */
export async function overdueWork(
  db: Executor,
  session: Session,
  unit: UnitRecord,
  today: string,
  below = overseesBelow(session),
): Promise<OverdueWork> {
  const inUseSince = await getInUseSince(db);
  const { scope } = workScopeSql(session, unit, below);
  // The unit below a task's unit path: the id after the unit's own path ("/1/14/" → 3912).
  // A cooperating agency's task may sit outside the subtree (an officer's own work): none.
  const childId = sql`case when left(s.unit_path, ${unit.path.length}::int) = ${unit.path}
    then nullif(split_part(substr(s.unit_path, ${unit.path.length + 1}::int), '/', 1), '')::int end`;
  const [groups, reports, plans, reviewReports, feedback] = await Promise.all([
    db.execute<TaskGroupRow>(sql`
      select s.unit_path = ${unit.path} as at_unit, ${childId} as child_id,
             case when s.unit_path = ${unit.path} then s.lead_agency_ids[1] end as agency_id,
             count(*)::int as n
        from task_state s
       where ${scope} and ${overdueTaskSql(today)}
       group by 1, 2, 3`),
    owedReports(db, session, unit, below, today, inUseSince),
    owedPlans(db, session, unit, below, today, inUseSince),
    owedReviewReports(db, session, unit, below, today, inUseSince),
    openFeedback(db, session, unit, below, today, inUseSince),
  ]);
  return {
    inUseSince,
    below,
    taskGroups: groups.rows,
    tasks: groups.rows.reduce((a, r) => a + r.n, 0),
    reports: reports.filter((r) => r.overdue),
    plans: plans.filter((p) => p.overdue),
    reviewReports: reviewReports.filter((r) => r.overdue),
    feedback: feedback.filter((f) => f.overdue),
  };
}

/** The items of the board's second half: everything overdue that is not a task. */
export const overdueOthers = (w: OverdueWork): TWorkItem[] => [
  ...w.reports,
  ...w.plans,
  ...w.reviewReports,
  ...w.feedback,
];

export const overdueTotal = (w: OverdueWork) => w.tasks + overdueOthers(w).length;

interface Named extends Record<string, unknown> {
  id: number;
  name: string;
}

/**
 * The overdue items grouped for a leader: those of the unit itself by agency (null: the
 * unit's People's Committee or no lead agency), those below by the unit directly under it
 * (the communes of a province, the provinces of the country).
 */
export async function groupOverdue(db: Executor, unit: UnitRecord, w: OverdueWork) {
  const byAgency = new Map<number | null, number>();
  const byChild = new Map<number, number>();
  const add = <K>(m: Map<K, number>, k: K, n: number) => m.set(k, (m.get(k) ?? 0) + n);
  for (const g of w.taskGroups) {
    if (g.at_unit) add(byAgency, g.agency_id, g.n);
    else if (g.child_id !== null) add(byChild, g.child_id, g.n);
  }
  // Reports and plans name their unit; the unit below is read from its path.
  const others = [
    ...w.reports.map((r) => ({ unitId: r.report.unit.id, agencyId: r.report.agency?.id ?? null })),
    ...w.plans.map((p) => ({
      unitId: p.obligation.unit.id,
      agencyId: p.obligation.agency?.id ?? null,
    })),
    ...w.reviewReports.map((r) => ({
      unitId: r.review.unit.id,
      agencyId: r.review.agency?.id ?? null,
    })),
    ...w.feedback.map((f) => ({
      unitId: f.feedback.unit.id,
      agencyId: f.feedback.agency?.id ?? null,
    })),
  ];
  const ids = [...new Set(others.map((o) => o.unitId).filter((id) => id !== unit.id))];
  const paths = ids.length
    ? await db.execute<{ id: number; path: string }>(
        sql`select id, path from admin_unit where id = any(${sql.param(ids)}::int[])`,
      )
    : { rows: [] };
  const childOf = new Map(
    paths.rows.map((r) => [r.id, Number(r.path.slice(unit.path.length).split('/')[0])]),
  );
  for (const o of others) {
    if (o.unitId === unit.id) add(byAgency, o.agencyId, 1);
    else if (childOf.has(o.unitId)) add(byChild, childOf.get(o.unitId)!, 1);
  }
  const agencyIds = [...byAgency.keys()].filter((k): k is number => k !== null);
  const [agencies, children] = await Promise.all([
    agencyIds.length
      ? db.execute<Named>(
          sql`select id, name from agency where id = any(${sql.param(agencyIds)}::int[])`,
        )
      : { rows: [] as Named[] },
    byChild.size
      ? db.execute<{
          id: number;
          code: string;
          name: string;
          full_name: string;
          level: 'country' | 'province' | 'district' | 'commune';
        }>(
          sql`select id, code, name, full_name, level from admin_unit
               where id = any(${sql.param([...byChild.keys()])}::int[])`,
        )
      : { rows: [] },
  ]);
  const agencyName = new Map(agencies.rows.map((a) => [a.id, a.name]));
  return {
    byAgency: [...byAgency]
      .map(([id, n]) => ({
        agency: id === null ? null : { id, name: agencyName.get(id) ?? '' },
        n,
      }))
      .sort((a, b) => b.n - a.n),
    byUnit: children.rows
      .map((u) => ({
        unit: { id: u.id, code: u.code, name: u.name, fullName: u.full_name, level: u.level },
        n: byChild.get(u.id)!,
      }))
      .sort((a, b) => b.n - a.n),
  };
}
