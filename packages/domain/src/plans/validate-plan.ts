/**
 * Runs a plan type's rules against a plan. One function serves the editor's count, the
 * gate at submission and the gate at issuance, so "0 lỗi" in the editor means the plan can
 * be submitted and issued. The only difference between the stages is the number: the văn
 * thư gives it when the leader issues, so while editing ('editing') only its form is
 * checked. Rules the plan waived (with a reason, kept in the audit) report nothing.
 */
import type { Plan } from './plan.ts';
import type { PlanType, RuleSpec, Severity } from './plan-types.ts';
import { CHECKERS } from './plan-rules.ts';
import type { Finding, ValidationContext } from './plan-rules.ts';

export type { KnownAgency, ValidationContext } from './plan-rules.ts';

export interface PlanIssue {
  severity: Severity;
  rule: string;
  taskNumber: string | null;
  field: string | null;
  message: string;
}

export type ValidationStage = 'editing' | 'issuance';

/**
 * Rules a plan is spared by what it is, with no one asking: a department's own plan answers
 * for the duties the province gave that department, not for the whole index, so it need not
 * cover all eight dimensions. The server and the editor both add these to the plan's waivers.
 */
export function implicitWaivers(plan: { agencyId: number | null }): string[] {
  return plan.agencyId === null ? [] : ['covers_all_dimensions'];
}

function run<R extends RuleSpec>(rule: R, plan: Plan, ctx: ValidationContext): Finding[] {
  const checker = CHECKERS[rule.rule] as (r: R, p: Plan, c: ValidationContext) => Finding[];
  return checker(rule, plan, ctx);
}

export function validatePlan(
  plan: Plan,
  type: PlanType,
  ctx: ValidationContext,
  stage: ValidationStage = 'editing',
): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const waived = new Set(ctx.waivedRules ?? []);
  const stageCtx: ValidationContext = stage === 'editing' ? { ...ctx, numberPending: true } : ctx;
  for (const rule of type.rules) {
    if (waived.has(rule.rule)) continue;
    for (const f of run(rule, plan, stageCtx))
      issues.push({ severity: rule.severity, rule: rule.rule, ...f });
  }
  return issues.sort(byRow);
}

/** The errors that stop a plan being submitted or issued; empty when it may go ahead. */
export function blockingIssues(
  plan: Plan,
  type: PlanType,
  ctx: ValidationContext,
  stage: ValidationStage,
): PlanIssue[] {
  return validatePlan(plan, type, ctx, stage).filter((i) => i.severity === 'error');
}

/** Whole-plan issues first, then by task number in reading order (2.10 after 2.9). */
function byRow(a: PlanIssue, b: PlanIssue): number {
  if (a.taskNumber === b.taskNumber) return 0;
  if (a.taskNumber === null) return -1;
  if (b.taskNumber === null) return 1;
  return compareTaskNumbers(a.taskNumber, b.taskNumber);
}

export function compareTaskNumbers(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0 && !Number.isNaN(d)) return d;
  }
  return a.localeCompare(b);
}

/** Issuance is allowed only without errors at the issuance stage. */
export function canIssue(plan: Plan, type: PlanType, ctx: ValidationContext): boolean {
  return blockingIssues(plan, type, ctx, 'issuance').length === 0;
}
