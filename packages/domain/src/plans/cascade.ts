/**
 * Plans cascade: an issued plan obliges subordinate units to issue their own plans by a
 * deadline. Each obliged unit starts from the parent's tasks that name one of its agencies
 * (as lead or cooperating, directly or through a group such as "UBND các huyện"), each
 * child task pointing at its parent task; the board then shows who has complied.
 */
import type { Edition } from '../indices/framework.ts';
import { resolveDeadline } from './deadlines.ts';
import type { LegalBasis, Obligation, Plan, PlanTask } from './plan.ts';
import { refIncludes } from './plan.ts';
import { childLead, childPlanTitle, type UnitAgency } from './cascade-child.ts';

export type ParentRole = 'lead' | 'cooperating';

export interface ChildSeed {
  planId: string;
  unitId: string;
  /** The obliged unit's own agency ids (the unit itself and its departments). */
  agencyIds: readonly string[];
  /** How the parent's issuer is named in the child's basis line ("UBND tỉnh"). */
  parentIssuerShort: string;
  newTaskId: (parentTask: PlanTask) => string;
  /** The unit's agencies: each task starts led by one of them (see `childLead`). */
  unitAgencies?: readonly UnitAgency[];
  /** Names for the child's own title; without them the parent's title is kept. */
  names?: { parentUnit: string; childUnit: string; year: number };
}

/** The unit's role in a parent task, or null when the task does not concern it. */
export function roleIn(task: PlanTask, agencyIds: readonly string[]): ParentRole | null {
  const lead = task.lead;
  if (lead && agencyIds.some((id) => refIncludes(lead, id))) return 'lead';
  if (task.cooperating.some((c) => agencyIds.some((id) => refIncludes(c, id))))
    return 'cooperating';
  return null;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** "Thực hiện Kế hoạch số 48/KH-UBND ngày 10 tháng 02 năm 2022 của UBND tỉnh về …". */
export function implementationBasis(parent: Plan, issuerShort: string): LegalBasis {
  const [y, m, d] = (parent.date ?? '').split('-');
  const when = parent.date ? ` ngày ${d} tháng ${m} năm ${y}` : '';
  const num = parent.documentNumber ?? '';
  return {
    text: `Thực hiện Kế hoạch số ${num}${when} của ${issuerShort} về ${lowerFirst(parent.title)}.`,
    docKind: 'Kế hoạch',
    documentNumber: parent.documentNumber,
    date: parent.date,
    issuer: issuerShort,
    implementsParent: true,
    parentPlanId: parent.id,
  };
}

export interface Prefill {
  plan: Plan;
  /** Child task id → the unit's role in the parent task, shown beside each row. */
  roles: Record<string, ParentRole>;
}

/**
 * A draft child plan with its own title; each task starts led by the unit's agency the parent
 * task names (else its People's Committee), which the drafter may change to a department.
 */
export function prefillChildPlan(parent: Plan, seed: ChildSeed): Prefill {
  const roles: Record<string, ParentRole> = {};
  const tasks: PlanTask[] = [];
  for (const t of parent.tasks) {
    const role = roleIn(t, seed.agencyIds);
    if (!role) continue;
    const id = seed.newTaskId(t);
    roles[id] = role;
    tasks.push({
      ...t,
      id,
      dimensionCodes: [...t.dimensionCodes],
      lead: seed.unitAgencies ? childLead(t, seed.unitAgencies) : null,
      cooperating: [],
      budget: null,
      parentTaskId: t.id,
    });
  }
  const groups = new Set(tasks.map((t) => t.number.split('.')[0]));
  const plan: Plan = {
    id: seed.planId,
    typeCode: parent.typeCode,
    version: 1,
    previousVersionId: null,
    status: 'draft',
    issuingUnitId: seed.unitId,
    header: { parentBody: null, issuingBody: null },
    documentNumber: null,
    place: null,
    date: null,
    dateAsWritten: null,
    title: seed.names
      ? childPlanTitle(parent.title, seed.names.parentUnit, seed.names.childUnit, seed.names.year)
      : parent.title,
    index: parent.index,
    period: { ...parent.period },
    bases: [implementationBasis(parent, seed.parentIssuerShort)],
    preamble: null,
    purpose: [],
    requirements: [],
    sections: [],
    taskGroups: parent.taskGroups.filter((g) => groups.has(g.number)),
    tasks,
    responsibilities: [],
    reporting: [],
    obligations: [],
    closing: null,
    recipients: { lines: [], archive: null },
    signer: null,
  };
  return { plan, roles };
}

/** Due date of an obligation; null while it counts from an issuance that has not happened. */
export function obligationDue(
  obligation: Obligation,
  parentIssuedOn: string | null,
): string | null {
  const r = resolveDeadline(obligation.deadline, { issuance: parentIssuedOn });
  return r.kind === 'date' ? r.date : null;
}

export type Compliance = 'on_time' | 'late' | 'not_yet' | 'overdue';

export const COMPLIANCE_LABELS: Record<Compliance, string> = {
  on_time: 'Đã ban hành đúng hạn',
  late: 'Ban hành muộn',
  not_yet: 'Chưa ban hành (còn hạn)',
  overdue: 'Chưa ban hành, quá hạn',
};

export interface ComplianceRow {
  unitId: string;
  planId: string | null;
  compliance: Compliance;
  due: string | null;
  issuedOn: string | null;
  /** Dimension codes of the edition no task of the child plan links to. */
  uncovered: string[];
  /** Parent tasks concerning the unit that the child plan does not carry. */
  missingParentTasks: string[];
}

/** Issued by the due date (or without one) is on time; unissued past it is overdue. */
export function classifyCompliance(
  due: string | null,
  issuedOn: string | null,
  today: string,
): Compliance {
  if (issuedOn) return due === null || issuedOn <= due ? 'on_time' : 'late';
  return due !== null && today > due ? 'overdue' : 'not_yet';
}

const covered = (plan: Plan) =>
  new Set(plan.tasks.flatMap((t) => t.dimensionCodes.map((c) => c.split('.')[0])));

/**
 * The compliance board for one obligation. `children` are the obliged units' latest plans;
 * an issued or closed plan counts as issued on its date. `agencyIdsOf` maps a unit to the
 * agencies it answers for, to spot parent tasks the child plan dropped.
 */
export function complianceBoard(args: {
  parent: Plan;
  obligation: Obligation;
  children: readonly Plan[];
  today: string;
  edition: Edition | null;
  agencyIdsOf?: (unitId: string) => readonly string[];
}): ComplianceRow[] {
  const { parent, obligation, children, today, edition } = args;
  const due = obligationDue(obligation, parent.date);
  return obligation.unitIds.map((unitId) => {
    const plan = children.find((c) => c.issuingUnitId === unitId) ?? null;
    const issuedOn =
      plan && (plan.status === 'issued' || plan.status === 'closed') ? plan.date : null;
    const compliance = classifyCompliance(due, issuedOn, today);
    const dims = plan ? covered(plan) : new Set<string>();
    const uncovered =
      plan && edition ? edition.dimensions.map((d) => d.code).filter((c) => !dims.has(c)) : [];
    const carried = new Set(plan?.tasks.map((t) => t.parentTaskId) ?? []);
    const ids = args.agencyIdsOf?.(unitId) ?? [unitId];
    const missingParentTasks = plan
      ? parent.tasks.filter((t) => roleIn(t, ids) && !carried.has(t.id)).map((t) => t.number)
      : [];
    return {
      unitId,
      planId: plan?.id ?? null,
      compliance,
      due,
      issuedOn,
      uncovered,
      missingParentTasks,
    };
  });
}

export function summarizeCompliance(
  rows: readonly { compliance: Compliance }[],
): Record<Compliance, number> {
  const out: Record<Compliance, number> = { on_time: 0, late: 0, not_yet: 0, overdue: 0 };
  for (const r of rows) out[r.compliance]++;
  return out;
}
