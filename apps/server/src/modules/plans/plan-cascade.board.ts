import { sql } from 'drizzle-orm';
import {
  can,
  classifyCompliance,
  complianceBoard,
  editionFor,
  formatDeadline,
  summarizeCompliance,
  type Compliance,
  type Plan,
} from '@papi/domain';
import type { TComplianceBoard, TPlanTrace } from '@papi/contracts';
import { readTogether, type Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import { findFramework } from '../indices/indices.repository.ts';
import { inScopeSql } from '../units/units.repository.ts';
import * as repo from './plans.repository.ts';
import type { PlanRecord } from './plans.repository.ts';
import { PLAN_FRAMEWORK } from './plans.service.ts';
import {
  agencyIdsByUnit,
  listObligationRows,
  planRefColumns,
  planRefOf,
  stripPath,
} from './plan-cascade.repository.ts';
import { domainPlanWithDbIds, withDbIds } from './plan-cascade.service.ts';

const counts = (rows: readonly { compliance: Compliance }[]) => ({
  total: rows.length,
  ...summarizeCompliance(rows),
});

const refOf = (p: PlanRecord) => ({
  id: p.id,
  unit: p.unit,
  status: p.status,
  documentNumber: p.documentNumber,
  title: p.title,
  issuedOn: p.issuedOn,
});

/** Per obliged unit: issued on time, late, not yet, overdue; uncovered dimensions; dropped tasks. */
export async function buildComplianceBoard(
  db: Executor,
  session: Session,
  parent: PlanRecord,
  today: string,
): Promise<TComplianceBoard> {
  const rows = await listObligationRows(db, { parentPlanId: parent.id });
  const parentPlan = await domainPlanWithDbIds(db, parent);
  const framework = await findFramework(db, PLAN_FRAMEWORK);
  const edition = framework ? editionFor(framework, parent.year) : null;
  const agencies = await agencyIdsByUnit(db, [...new Set(rows.map((r) => r.unit.id))]);
  // Every child plan with its tasks in two statements, not two per obliged unit.
  const childIds = [...new Set(rows.flatMap((r) => (r.child ? [r.child.id] : [])))];
  const [records, tasksOf] = await readTogether(db, [
    () => repo.findPlans(db, childIds),
    () => repo.listTasksOfPlans(db, childIds),
  ] as const);
  const children = new Map<number, Plan>(
    records.map((record) => [record.id, withDbIds(record, tasksOf.get(record.id) ?? [])]),
  );
  const boardRows: TComplianceBoard['rows'] = [];
  const obligations: TComplianceBoard['obligations'] = [];
  for (const ob of parent.body.obligations) {
    const mine = rows.filter((r) => r.obligationId === ob.id);
    // Row by row: several departments of one unit each answer with their own plan, and a
    // department answers only for the parent tasks naming it.
    const obRows = mine.map((r) => {
      const child = r.child ? children.get(r.child.id) : undefined;
      const c = complianceBoard({
        parent: parentPlan,
        obligation: { ...ob, unitIds: [String(r.unit.id)] },
        children: child ? [child] : [],
        today,
        edition,
        agencyIdsOf: (unitId) =>
          r.agency ? [String(r.agency.id)] : (agencies.get(Number(unitId)) ?? []),
      })[0]!;
      return {
        obligationRowId: r.id,
        obligationId: ob.id,
        unit: r.unit,
        agency: r.agency,
        // The due date materialised at issuance is the one the inbox shows too.
        compliance: classifyCompliance(r.due, c.issuedOn, today),
        due: r.due,
        issuedOn: c.issuedOn,
        childPlan: stripPath(r.child),
        uncovered: c.uncovered,
        missingParentTasks: c.missingParentTasks,
        lastRemindedAt: r.lastRemindedAt,
      };
    });
    boardRows.push(...obRows);
    obligations.push({
      obligationId: ob.id,
      addressees: ob.addressees,
      due: mine[0]?.due ?? null,
      deadlineText: formatDeadline(ob.deadline),
      counts: counts(obRows),
    });
  }
  return {
    plan: refOf(parent),
    obligations,
    rows: boardRows,
    summary: counts(boardRows),
    canRemind: can(session.actor, 'plan.remind', { unitPath: parent.unitPath }),
  };
}

/**
 * Both directions of traceability for one plan. The parent task is shown when the caller
 * reads the parent plan or when this plan implements it (its own basis names it); child
 * tasks only from plans in the caller's scope.
 */
export async function buildTrace(
  db: Executor,
  session: Session,
  p: PlanRecord,
): Promise<TPlanTrace> {
  const tasks = await repo.listTasks(db, p.id);
  const parents = await db.execute<Record<string, unknown>>(sql`
    select t.id as task_id, pt.id as parent_task_id, pt.number, pt.content,
           ${planRefColumns('pp', 'pu', 'p')}
      from plan_task t
      join plan_task pt on pt.id = t.parent_task_id
      join plan pp on pp.id = pt.plan_id
      join admin_unit pu on pu.id = pp.unit_id
     where t.plan_id = ${p.id}`);
  const parentOf = new Map<number, TPlanTrace['tasks'][number]['parentTask']>();
  for (const row of parents.rows) {
    const ref = planRefOf(row, 'p')!;
    const visible =
      ref.id === p.parentPlanId || can(session.actor, 'plan.read', { unitPath: ref.unitPath });
    if (!visible) continue;
    parentOf.set(row.task_id as number, {
      plan: stripPath(ref)!,
      taskId: row.parent_task_id as number,
      number: row.number as string,
      content: row.content as string,
    });
  }
  const children = await db.execute<Record<string, unknown>>(sql`
    select ct.parent_task_id, ct.id as task_id, ct.number, ct.content,
           ${planRefColumns('cp', 'cu', 'c')}
      from plan_task ct
      join plan cp on cp.id = ct.plan_id
      join admin_unit cu on cu.id = cp.unit_id
     where ct.parent_task_id in (select id from plan_task where plan_id = ${p.id})
       and ${inScopeSql(sql`cu.path`, session.actor.scopePaths)}
     order by cu.search, cp.id, ct.position`);
  const childPlans = new Map<number, NonNullable<ReturnType<typeof stripPath>>>();
  const childrenOf = new Map<number, TPlanTrace['tasks'][number]['childTasks']>();
  for (const row of children.rows) {
    const ref = stripPath(planRefOf(row, 'c'))!;
    childPlans.set(ref.id, ref);
    const list = childrenOf.get(row.parent_task_id as number) ?? [];
    list.push({
      plan: ref,
      taskId: row.task_id as number,
      number: row.number as string,
      content: row.content as string,
    });
    childrenOf.set(row.parent_task_id as number, list);
  }
  const parentRecord = p.parentPlanId === null ? null : await repo.findPlan(db, p.parentPlanId);
  const linked = await db.execute<Record<string, unknown>>(sql`
    select ${planRefColumns('cp', 'cu', 'c')} from plan cp join admin_unit cu on cu.id = cp.unit_id
     where cp.parent_plan_id = ${p.id} and ${inScopeSql(sql`cu.path`, session.actor.scopePaths)}
     order by cu.search, cp.id`);
  for (const row of linked.rows) {
    const ref = stripPath(planRefOf(row, 'c'))!;
    childPlans.set(ref.id, ref);
  }
  return {
    planId: p.id,
    parentPlan: parentRecord ? refOf(parentRecord) : null,
    childPlans: [...childPlans.values()],
    tasks: tasks.map((t) => ({
      taskId: t.id,
      number: t.number,
      parentTask: parentOf.get(t.id) ?? null,
      childTasks: childrenOf.get(t.id) ?? [],
    })),
  };
}
