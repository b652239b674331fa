import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import {
  agencyHeaderName,
  agencyPlanTitle,
  agencySymbol,
  can,
  classifyCompliance,
  defaultPlanHeader,
  formatDeadline,
  isWithinScope,
  obligationDue,
  prefillChildPlan,
  type Plan,
} from '@papi/domain';
import { ZPlanBody, type TObligation, type TPlanBody } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import { conflict } from '../../platform/errors.ts';
import { todayVn } from '../../platform/clock.ts';
import { findUnitById } from '../units/units.repository.ts';
import { templateBody } from './plan-template.ts';
import { planObligation } from './plan-cascade.table.ts';
import { plan, planTask } from './plans.table.ts';
import * as repo from './plans.repository.ts';
import type { PlanRecord } from './plans.repository.ts';
import { toDomainPlan } from './plans.service.ts';
import {
  agenciesByIds,
  agenciesOfUnit,
  stripPath,
  type ObligationRecord,
} from './plan-cascade.repository.ts';

const ISSUED = new Set(['issued', 'closed']);

/** The domain plan with task ids = database ids, the ids child tasks point at. */
export async function domainPlanWithDbIds(db: Executor, record: PlanRecord): Promise<Plan> {
  return withDbIds(record, await repo.listTasks(db, record.id));
}

/** The domain plan of a record and its tasks, task ids being the database ids. */
export function withDbIds(record: PlanRecord, tasks: repo.TaskRecord[]): Plan {
  const p = toDomainPlan(record, tasks);
  return { ...p, tasks: p.tasks.map((t, i) => ({ ...t, id: String(tasks[i]!.id) })) };
}

/**
 * At issuance, in its transaction: one row per obliged unit, and one per obliged sở/ban/
 * ngành (with its unit), with its resolved due date.
 */
export async function materialiseObligations(
  db: Executor,
  record: PlanRecord,
  issuedOn: string,
): Promise<number> {
  const agencyIds = [...new Set(record.body.obligations.flatMap((o) => o.agencyIds))];
  const unitOf = new Map(
    (await agenciesByIds(db, agencyIds.map(Number))).map((a) => [String(a.id), a.unit_id]),
  );
  const rows = record.body.obligations.flatMap((o) => [
    ...[...new Set(o.unitIds)].map((unitId) => ({
      parentPlanId: record.id,
      obligationId: o.id,
      unitId: Number(unitId),
      agencyId: null,
      due: obligationDue(o, issuedOn),
    })),
    // Checked before issuing (obligationProblems): every agency id is known here.
    ...[...new Set(o.agencyIds)].map((agencyId) => ({
      parentPlanId: record.id,
      obligationId: o.id,
      unitId: unitOf.get(agencyId)!,
      agencyId: Number(agencyId),
      due: obligationDue(o, issuedOn),
    })),
  ]);
  if (rows.length > 0) await db.insert(planObligation).values(rows).onConflictDoNothing();
  return rows.length;
}

export function obligationView(session: Session, o: ObligationRecord, today: string): TObligation {
  const issuedOn = o.child && ISSUED.has(o.child.status) ? o.child.issuedOn : null;
  const actions: TObligation['actions'] = [];
  if (!o.child && mayStart(session, o)) actions.push('start');
  if (!issuedOn && can(session.actor, 'plan.remind', { unitPath: o.parent.unitPath }))
    actions.push('remind');
  return {
    id: o.id,
    obligationId: o.obligationId,
    addressees: o.addressees,
    parentPlan: stripPath(o.parent)!,
    unit: o.unit,
    agency: o.agency,
    due: o.due,
    deadlineText: o.deadline ? formatDeadline(o.deadline) : '',
    childPlan: stripPath(o.child),
    compliance: classifyCompliance(o.due, issuedOn, today),
    lastRemindedAt: o.lastRemindedAt,
    createdAt: o.createdAt,
    actions,
  };
}

/**
 * Who starts the obliged plan: for a unit, those who draft its plans; for a sở/ban/ngành,
 * the unit's plan drafters and the agency's own officers (they act for their agency).
 */
export const mayStart = (session: Session, o: ObligationRecord) =>
  can(session.actor, 'plan.write', { unitPath: o.unitPath, agencyId: o.agency?.id ?? null });

/** An obligation concerns the caller when its unit or its parent plan is in their scope. */
export const concerns = (session: Session, o: ObligationRecord) =>
  isWithinScope(o.unitPath, session.actor.scopePaths) ||
  isWithinScope(o.parent.unitPath, session.actor.scopePaths);

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * Creates the obliged unit's draft: the parent's tasks naming one of its agencies, each
 * pointing at its parent task, and the "Thực hiện Kế hoạch số …" basis; links it.
 */
export async function startChildPlan(
  db: Executor,
  session: Session,
  o: ObligationRecord,
  parent: PlanRecord,
): Promise<number> {
  if (o.child)
    throw conflict(
      `${o.agency?.name ?? o.unit.fullName} đã bắt đầu kế hoạch thực hiện (${o.child.documentNumber} “${o.child.title}”).`,
    );
  const parentPlan = await domainPlanWithDbIds(db, parent);
  const ofUnit = await agenciesOfUnit(db, o.unit.id);
  // An obliged department answers for the tasks naming it and leads each of them itself.
  const own = o.agency ? ofUnit.find((a) => a.id === String(o.agency!.id)) : undefined;
  const unitAgencies = own ? [own] : ofUnit;
  const { plan: child } = prefillChildPlan(parentPlan, {
    planId: 'new',
    unitId: String(o.unit.id),
    agencyIds: unitAgencies.map((a) => a.id),
    parentIssuerShort: `UBND ${lowerFirst(parent.unit.fullName)}`,
    newTaskId: () => randomUUID(),
    unitAgencies,
    names: { parentUnit: parent.unit.fullName, childUnit: o.unit.fullName, year: parent.year },
  });
  const unitHeader = defaultPlanHeader(o.unit);
  const place = unitHeader.place;
  const title = o.agency
    ? agencyPlanTitle(parent.title, parent.unit.fullName, o.agency.name, parent.year)
    : child.title;
  // A department prints under its People's Committee ("UBND TỈNH SƠN LA" over "SỞ NỘI VỤ").
  const header = o.agency
    ? {
        parentBody: `UBND ${o.unit.fullName.toLocaleUpperCase('vi')}`,
        issuingBody: agencyHeaderName(o.agency.name, o.unit.fullName).toLocaleUpperCase('vi'),
      }
    : { parentBody: null, issuingBody: unitHeader.issuingBody };
  const symbol = o.agency
    ? agencySymbol({
        name: agencyHeaderName(o.agency.name, o.unit.fullName),
        shortName: await shortNameOf(db, o.agency.id),
      })
    : 'KH-UBND';
  // The type's template words purpose, requirements, organisation and signer for the unit;
  // the child's own basis ("Thực hiện Kế hoạch số …") replaces the template's.
  const unit = await findUnitById(db, o.unit.id, todayVn());
  const template = await templateBody(
    db,
    parent.planType,
    { fullName: o.unit.fullName, level: o.unit.level, parentId: unit?.parentId ?? null },
    parent.year,
    title,
    null,
  );
  const body: TPlanBody = ZPlanBody.parse({
    ...template,
    header,
    place,
    // A department's director signs its plan, not the People's Committee.
    ...(o.agency
      ? {
          signer: {
            onBehalfOf: null,
            authority: null,
            headTitle: null,
            position: 'GIÁM ĐỐC',
            name: '',
            userId: null,
          },
        }
      : {}),
    bases: [
      ...template.bases.filter((b) => !b.implementsParent),
      ...child.bases.map((b) => ({ ...b, parentPlanId: String(parent.id) })),
    ],
    taskGroups: child.taskGroups,
  });
  const [row] = await db
    .insert(plan)
    .values({
      unitId: o.unit.id,
      planType: parent.planType,
      year: parent.year,
      title,
      symbol,
      agencyId: o.agency?.id ?? null,
      periodFrom: child.period.from,
      periodTo: child.period.to,
      parentPlanId: parent.id,
      body,
      search: repo.planSearch({ title, number: null, symbol }),
      createdBy: session.userId,
    })
    .returning({ id: plan.id });
  if (child.tasks.length > 0) {
    await db.insert(planTask).values(
      child.tasks.map((t, i) => ({
        planId: row!.id,
        taskKey: t.id,
        position: i + 1,
        number: t.number,
        title: t.title,
        content: t.content,
        dimensionCodes: t.dimensionCodes,
        lead: t.lead,
        cooperating: [],
        deadline: t.deadline,
        expectedResult: t.expectedResult,
        parentTaskId: Number(t.parentTaskId),
      })),
    );
  }
  await db.update(planObligation).set({ childPlanId: row!.id }).where(eq(planObligation.id, o.id));
  return row!.id;
}

async function shortNameOf(db: Executor, agencyId: number): Promise<string> {
  const r = await db.execute<{ short_name: string }>(
    sql`select short_name from agency where id = ${agencyId}`,
  );
  return r.rows[0]?.short_name ?? '';
}

/**
 * A plan created by hand with a parent plan answers the unit's open obligation from that
 * parent, so the board counts it the same as one started from the inbox.
 */
export async function linkToOpenObligation(
  db: Executor,
  childId: number,
  unitId: number,
  parentId: number,
) {
  await db.execute(sql`
    update plan_obligation set child_plan_id = ${childId}
     where id = (select id from plan_obligation
                  where parent_plan_id = ${parentId} and unit_id = ${unitId}
                    and agency_id is null
                    and child_plan_id is null order by id limit 1)`);
}
