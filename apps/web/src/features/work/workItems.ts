/**
 * Pure helpers of the "Việc của tôi" inbox: ordering, the choices of the plan and
 * dimension filters (the server applies them), and due-date wording.
 */
import { compareVietnamese, daysBetween } from '@papi/domain';
import type { TWorkItem } from '@papi/contracts';
import { domainText } from '../../i18n/domain-text.ts';

export type WorkItem = TWorkItem;

/** What the inbox row says the item is about. */
export function itemTitle(item: WorkItem): string {
  switch (item.kind) {
    case 'task':
      return item.task.title ?? item.task.content;
    case 'report':
      return `${item.report.regimeName} – ${domainText(item.report.periodLabel)}`;
    case 'plan':
      return item.obligation.parentPlan.title;
    case 'plan_review':
      return item.plan.title;
    case 'review_report':
      return item.review.programmeTitle;
    case 'feedback':
      return item.feedback.code;
  }
}

export function itemPlan(item: WorkItem): { id: number; title: string; number: string } | null {
  if (item.kind === 'task') {
    const { plan } = item.task;
    return { id: plan.id, title: plan.title, number: plan.documentNumber };
  }
  if (item.kind === 'plan') {
    const { parentPlan } = item.obligation;
    return { id: parentPlan.id, title: parentPlan.title, number: parentPlan.documentNumber };
  }
  if (item.kind === 'plan_review')
    return { id: item.plan.id, title: item.plan.title, number: item.plan.documentNumber };
  return null;
}

export function itemUnitName(item: WorkItem): string {
  if (item.kind === 'task')
    return item.task.lead?.kind === 'agency' ? item.task.lead.name : item.task.unit.name;
  if (item.kind === 'report') return item.report.agency?.name ?? item.report.unit.name;
  if (item.kind === 'plan_review') return item.plan.unit.name;
  if (item.kind === 'review_report') return item.review.agency?.name ?? item.review.unit.name;
  if (item.kind === 'feedback') return item.feedback.agency?.name ?? item.feedback.unit.name;
  return item.obligation.agency?.name ?? item.obligation.unit.name;
}

/** A stable React key: kinds have separate id spaces, reports may have no id yet. */
export function itemKey(item: WorkItem): string {
  switch (item.kind) {
    case 'task':
      return `task-${item.task.id}`;
    case 'report': {
      const r = item.report;
      return `report-${r.regimeId}-${r.periodKey}-${r.unit.id}-${r.agency?.id ?? 0}`;
    }
    case 'plan':
      return `plan-${item.obligation.id}`;
    case 'plan_review':
      return `plan-review-${item.plan.id}`;
    case 'review_report':
      return `review-report-${item.review.id}`;
    case 'feedback':
      return `feedback-${item.feedback.id}`;
  }
}

/** Overdue first (the oldest debt on top), then by due date, undated last, then by title. */
export function compareWorkItems(a: WorkItem, b: WorkItem): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.dueOn !== b.dueOn) {
    if (a.dueOn === null) return 1;
    if (b.dueOn === null) return -1;
    return a.dueOn < b.dueOn ? -1 : 1;
  }
  return compareVietnamese(itemTitle(a), itemTitle(b));
}

export const sortWorkItems = (items: readonly WorkItem[]): WorkItem[] =>
  [...items].sort(compareWorkItems);

export { daysBetween };

export type DueState =
  | { kind: 'none' }
  | { kind: 'overdue'; days: number }
  | { kind: 'today' }
  | { kind: 'soon'; days: number }
  | { kind: 'later'; days: number };

/** How pressing a due date is on `today`: overdue, today, within a week, later. */
export function dueState(dueOn: string | null, today: string, done = false): DueState {
  if (dueOn === null || done) return { kind: 'none' };
  const days = daysBetween(today, dueOn);
  if (days < 0) return { kind: 'overdue', days: -days };
  if (days === 0) return { kind: 'today' };
  return days <= 7 ? { kind: 'soon', days } : { kind: 'later', days };
}

/** The plans the loaded items belong to, for the plan filter, in Vietnamese order. */
export function planOptions(items: readonly WorkItem[]): { value: string; label: string }[] {
  const seen = new Map<number, string>();
  for (const item of items) {
    const plan = itemPlan(item);
    if (plan && !seen.has(plan.id))
      seen.set(plan.id, plan.number ? `${plan.number} – ${plan.title}` : plan.title);
  }
  return [...seen]
    .map(([id, label]) => ({ value: String(id), label }))
    .sort((a, b) => compareVietnamese(a.label, b.label));
}

/** Top-level dimensions ("D1" … "D8") the loaded tasks carry, in numeric order. */
export function dimensionOptions(items: readonly WorkItem[]): string[] {
  const codes = new Set<string>();
  for (const item of items) {
    if (item.kind === 'task') for (const c of item.task.dimensionCodes) codes.add(c.split('.')[0]!);
  }
  return [...codes].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
}
