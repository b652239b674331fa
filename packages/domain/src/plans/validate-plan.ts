/**
 * Runs a plan type's rules against a plan. The same function serves live checking while
 * editing (stage 'editing': rules marked atIssuance show as warnings so the form is not
 * all red before the văn thư has numbered it) and the gate at issuance (stage 'issuance').
 */
import type { Plan } from './plan.ts';
import type { PlanType, RuleConfig, RuleSpec, Severity } from './plan-types.ts';
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
  for (const rule of type.rules) {
    const severity = severityAt(rule, stage);
    for (const f of run(rule, plan, ctx)) issues.push({ severity, rule: rule.rule, ...f });
  }
  return issues.sort(byRow);
}

function severityAt(rule: RuleConfig, stage: ValidationStage): Severity {
  return rule.atIssuance && stage === 'editing' ? 'warning' : rule.severity;
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
  return !validatePlan(plan, type, ctx, 'issuance').some((i) => i.severity === 'error');
}
