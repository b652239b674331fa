/**
 * The life of a plan as a declarative table: Dự thảo → Chờ phê duyệt → Đã ban hành →
 * Đã kết thúc. Only the issuing unit's own staff act on it; only its leader issues (the
 * signature is theirs). An issued plan never changes: amending copies it into version n+1
 * as a draft, which goes through the same steps.
 */
import type { Role } from '../auth/roles.ts';
import { parseDocumentNumber, formatDocumentNumber } from './document-number.ts';
import type { Plan, PlanStatus } from './plan.ts';

export type PlanAction = 'submit' | 'withdraw' | 'return' | 'issue' | 'close' | 'amend';

export interface Transition {
  action: PlanAction;
  from: PlanStatus;
  /** Status of the plan acted on afterwards; 'amend' leaves it and creates a new draft. */
  to: PlanStatus;
  roles: readonly Role[];
  labelVi: string;
}

export const PLAN_TRANSITIONS: readonly Transition[] = [
  {
    action: 'submit',
    from: 'draft',
    to: 'submitted',
    roles: ['coordinator', 'officer'],
    labelVi: 'Trình phê duyệt',
  },
  {
    action: 'withdraw',
    from: 'submitted',
    to: 'draft',
    roles: ['coordinator', 'officer'],
    labelVi: 'Rút lại',
  },
  {
    action: 'return',
    from: 'submitted',
    to: 'draft',
    roles: ['leader'],
    labelVi: 'Trả lại để chỉnh sửa',
  },
  { action: 'issue', from: 'submitted', to: 'issued', roles: ['leader'], labelVi: 'Ban hành' },
  {
    action: 'close',
    from: 'issued',
    to: 'closed',
    roles: ['coordinator', 'leader'],
    labelVi: 'Kết thúc',
  },
  {
    action: 'amend',
    from: 'issued',
    to: 'issued',
    roles: ['coordinator', 'officer', 'leader'],
    labelVi: 'Sửa đổi, bổ sung',
  },
];

export interface PlanActor {
  role: Role;
  unitId: string;
  /**
   * False for an officer who acts for one sở/ban/ngành rather than the unit (policy
   * `actsForUnit`): they take no drafting steps on the unit's plan.
   */
  draftsForUnit?: boolean;
}

export type TransitionCheck = { ok: true; to: PlanStatus } | { ok: false; reason: string };

export function canTransition(
  plan: Pick<Plan, 'status' | 'issuingUnitId'>,
  action: PlanAction,
  actor: PlanActor,
): TransitionCheck {
  const t = PLAN_TRANSITIONS.find((x) => x.action === action && x.from === plan.status);
  if (!t) {
    if (plan.status === 'closed')
      return { ok: false, reason: 'Kế hoạch đã kết thúc, không thể thao tác.' };
    return {
      ok: false,
      reason: `Không thể thực hiện thao tác này khi kế hoạch ở trạng thái hiện tại.`,
    };
  }
  if (actor.unitId !== plan.issuingUnitId) {
    return { ok: false, reason: 'Chỉ cán bộ của đơn vị ban hành được thao tác trên kế hoạch.' };
  }
  if (
    !t.roles.includes(actor.role) ||
    (actor.role === 'officer' && actor.draftsForUnit === false)
  ) {
    const reason =
      action === 'issue' || action === 'return'
        ? 'Chỉ lãnh đạo đơn vị ban hành được ban hành hoặc trả lại kế hoạch.'
        : 'Vai trò của bạn không được thực hiện thao tác này.';
    return { ok: false, reason };
  }
  return { ok: true, to: t.to };
}

/** Actions offered to an actor, for the buttons on the plan page. */
export function availableActions(
  plan: Pick<Plan, 'status' | 'issuingUnitId'>,
  actor: PlanActor,
): PlanAction[] {
  return PLAN_TRANSITIONS.filter((t) => t.from === plan.status)
    .map((t) => t.action)
    .filter((a) => canTransition(plan, a, actor).ok);
}

/** Content may change only in draft: submitted is under review, issued is a legal fact. */
export function isEditable(plan: Pick<Plan, 'status'>): boolean {
  return plan.status === 'draft';
}

/**
 * Version n+1 of an issued plan, as a draft. The number is cleared (the văn thư gives the
 * amending document its own), so is the date; tasks keep their ids so the diff matches them.
 */
export function amendPlan(plan: Plan, newId: string): Plan {
  if (plan.status !== 'issued') throw new Error('Only an issued plan can be amended.');
  const parsed = plan.documentNumber ? parseDocumentNumber(plan.documentNumber) : null;
  return {
    ...(JSON.parse(JSON.stringify(plan)) as Plan),
    id: newId,
    version: plan.version + 1,
    previousVersionId: plan.id,
    status: 'draft',
    documentNumber: parsed?.ok ? formatDocumentNumber({ ...parsed.value, number: null }) : null,
    date: null,
    dateAsWritten: null,
  };
}
