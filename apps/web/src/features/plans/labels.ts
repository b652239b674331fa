import { PLAN_STATUSES } from '@papi/domain';
import type { PlanStatus } from '@papi/domain';
import type { MessageKey, Translate } from '../../i18n/index.ts';
import type { PlanSummary, PlanTask } from './api.ts';

export const STATUS_KEYS: Record<PlanStatus, MessageKey> = {
  draft: 'plans.status.draft',
  submitted: 'plans.status.submitted',
  issued: 'plans.status.issued',
  closed: 'plans.status.closed',
};

export const STATUS_COLORS: Record<PlanStatus, string> = {
  draft: 'gray',
  submitted: 'yellow',
  issued: 'green',
  closed: 'dark',
};

export const STATUSES = PLAN_STATUSES;

const TYPE_KEYS: Record<string, MessageKey> = {
  improvement: 'plans.type.improvement',
  communication: 'plans.type.communication',
  programme_review: 'plans.type.programme_review',
  project: 'plans.type.project',
};

/** The type's name in the UI language; an installation's own type falls back to its code. */
export function typeLabel(t: Translate, code: string): string {
  const key = TYPE_KEYS[code];
  return key ? t(key) : code;
}

/** "426/KH-UBND" once issued, "Dự thảo" before a number is given. */
export function numberLabel(t: Translate, plan: PlanSummary): string {
  return plan.number === null ? t('plans.draftNumber') : plan.documentNumber;
}

type Agency = PlanTask['cooperating'][number];
export const agencyName = (agency: Agency): string =>
  agency.kind === 'agency' ? agency.name : agency.label;

const EVERY_KEYS: Record<string, MessageKey> = {
  continuous: 'plans.deadline.continuous',
  monthly: 'plans.deadline.monthly',
  quarterly: 'plans.deadline.quarterly',
  half_year: 'plans.deadline.half_year',
  yearly: 'plans.deadline.yearly',
};
const EVENT_KEYS: Record<string, MessageKey> = {
  issuance: 'plans.deadline.issuance',
  results_published: 'plans.deadline.results_published',
  parent_issuance: 'plans.deadline.parent_issuance',
};

/** The deadline as the plan wrote it, else rendered from its rule. */
export function deadlineLabel(
  t: Translate,
  deadline: PlanTask['deadline'],
  formatDate: (iso: string) => string,
): string {
  if (!deadline) return '';
  if (deadline.label) return deadline.label;
  switch (deadline.kind) {
    case 'date':
      return formatDate(deadline.date);
    case 'recurring':
      return t(EVERY_KEYS[deadline.every] ?? 'plans.deadline.continuous');
    case 'relative':
      return t('plans.deadline.relative', {
        days: String(deadline.days),
        event: t(EVENT_KEYS[deadline.after] ?? 'plans.deadline.issuance'),
      });
  }
}
