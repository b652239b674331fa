import {
  availableActions,
  editionFor,
  findPlanType,
  implicitWaivers,
  validatePlan,
  type Plan,
  type PlanAction,
  type PlanIssue,
  type PlanTask,
  type ValidationStage,
} from '@papi/domain';
import type { TPlanDetail } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import { findFramework } from '../indices/indices.repository.ts';
import * as repo from './plans.repository.ts';
import { planTypesInForce } from './plan-types.service.ts';
import { obligationProblems } from './plan-obligations.check.ts';
import type { PlanRecord, TaskRecord } from './plans.repository.ts';
import { todayVn } from '../../platform/clock.ts';
import { draftsPlan } from './plans.access.ts';

/** The index a plan targets: PAPI, the only framework plans are written against yet. */
export const PLAN_FRAMEWORK = 'PAPI';

export function toDomainTask(t: TaskRecord): PlanTask {
  return {
    id: t.key,
    number: t.number,
    title: t.title,
    content: t.content,
    dimensionCodes: t.dimensionCodes,
    lead: t.lead,
    cooperating: t.cooperating,
    deadline: t.deadline,
    expectedResult: t.expectedResult,
    budget:
      t.budget === null && t.budgetSource === null
        ? null
        : { amountVnd: t.budget, source: t.budgetSource },
    parentTaskId: t.parentTaskId === null ? null : String(t.parentTaskId),
    groupKey: t.groupKey ?? null,
  };
}

/** The stored plan as the domain's document model (ids as text). */
export function toDomainPlan(
  p: PlanRecord,
  tasks: readonly TaskRecord[],
  number: number | null = p.number,
  date: string | null = p.issuedOn,
): Plan {
  const b = p.body;
  return {
    id: String(p.id),
    typeCode: p.planType,
    version: p.versionNo,
    previousVersionId: p.amendsPlanId === null ? null : String(p.amendsPlanId),
    status: p.status,
    issuingUnitId: String(p.unitId),
    header: b.header,
    documentNumber: repo.documentNumberOf(number, p.symbol),
    place: b.place,
    date,
    dateAsWritten: b.dateAsWritten,
    title: p.title,
    index: { framework: PLAN_FRAMEWORK, year: p.year },
    period: p.period,
    bases: b.bases,
    preamble: b.preamble,
    purpose: b.purpose,
    requirements: b.requirements,
    sections: b.sections as Plan['sections'],
    taskGroups: b.taskGroups,
    tasks: tasks.map(toDomainTask),
    responsibilities: b.responsibilities as Plan['responsibilities'],
    reporting: b.reporting,
    obligations: b.obligations,
    closing: b.closing,
    recipients: b.recipients,
    signer: b.signer,
  };
}

/** Runs the plan type's rules with the edition in force for the plan's year. */
export async function checkPlan(
  db: Executor,
  record: PlanRecord,
  plan: Plan,
  stage: ValidationStage,
): Promise<PlanIssue[]> {
  const type = findPlanType(await planTypesInForce(db), record.planType);
  if (!type) return [];
  const framework = await findFramework(db, PLAN_FRAMEWORK);
  const edition = framework ? editionFor(framework, record.year) : null;
  const agencies = await repo.agenciesAround(db, record.unitPath);
  const symbol = /-([A-ZĐ0-9&]+)/u.exec(record.symbol)?.[1];
  const issues = validatePlan(
    plan,
    type,
    {
      edition,
      agencies,
      waivedRules: [...record.waivers.map((w) => w.rule), ...implicitWaivers(record)],
      ...(symbol ? { issuerAbbreviation: symbol } : {}),
    },
    stage,
  );
  // Obliged units are checked live too, so the drafter sees at once what issuing will refuse.
  const today = todayVn();
  for (const message of await obligationProblems(db, record, today))
    issues.push({
      severity: 'error',
      rule: 'obligations',
      taskNumber: null,
      field: 'obligations',
      message,
    });
  return issues;
}

/** The plan as the API shows it: parts, tasks, live issues and the caller's actions. */
export async function planDetail(
  db: Executor,
  session: Session,
  record: PlanRecord,
): Promise<TPlanDetail> {
  const tasks = await repo.listTasks(db, record.id);
  const plan = toDomainPlan(record, tasks);
  const issues = await checkPlan(db, record, plan, 'editing');
  const actions: PlanAction[] = availableActions(plan, {
    role: session.role,
    unitId: String(session.unitId),
    draftsForUnit: draftsPlan(session, record),
  });
  return {
    ...record,
    tasks: tasks.map(({ key: _key, ...t }) => t),
    issues,
    actions,
  };
}
