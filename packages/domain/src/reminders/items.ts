import { formatDateVi } from '../plans/deadlines.ts';
import type { Role } from '../auth/roles.ts';
import { daysBetween, type ReminderStage } from './schedule.ts';

/** Where a dated obligation comes from. */
export const DUE_SOURCES = [
  'plan_obligation',
  'report',
  'task',
  'programme_review',
  'feedback',
] as const;
export type DueSource = (typeof DUE_SOURCES)[number];

/** One open obligation with a deadline, as the reminder scan and the digest see it. */
export interface DueItem {
  source: DueSource;
  /** The record's id in its source. */
  id: number;
  /** Identity when the source has no row yet (a report not started): else source:id. */
  key?: string;
  /** What must be done, e.g. "Ban hành kế hoạch thực hiện Kế hoạch số 12/KH-UBND". */
  title: string;
  dueDate: string;
  unitId: number;
  /** Who owes it, as messages name them: the unit, or the lead agency of a task. */
  unitName: string;
  /**
   * The supervising unit, told when the deadline is missed (null at the top); for an
   * agency's obligation it may be the agency's own unit (its coordinators and leaders).
   */
  parentUnitId: number | null;
  /** A task led by an agency reminds that agency's people, not the whole unit. */
  agencyId: number | null;
  /** Where the web app shows it. */
  link: string;
  /** A report's period end: a period that ended before the installation was in use is history. */
  periodEnd?: string;
}

export const itemKey = (item: Pick<DueItem, 'source' | 'id' | 'key'>) =>
  item.key ?? `${item.source}:${item.id}`;

/** Roles told about their own unit's obligation, per source. */
export const OWNER_ROLES: Record<DueSource, readonly Role[]> = {
  // The drafting roles and the leader who signs: at a commune the officer is often alone.
  plan_obligation: ['coordinator', 'officer', 'leader'],
  report: ['coordinator', 'officer', 'leader'],
  task: ['coordinator', 'officer', 'leader'],
  programme_review: ['coordinator', 'officer', 'leader'],
  // Citizen feedback: the assignee agency's staff, or the unit's coordinators who route it
  // (feedback.read: an officer reads only their agency's cases; leaders approve, not draft).
  feedback: ['coordinator', 'officer'],
};

/** Roles of the supervising unit told when a subordinate misses a deadline. */
export const ESCALATION_ROLES: readonly Role[] = ['coordinator', 'leader'];

/** Who, among a unit's people, hears about an item at a stage. */
export function isRecipient(
  item: Pick<DueItem, 'source' | 'unitId' | 'parentUnitId' | 'agencyId'>,
  stage: ReminderStage,
  user: { role: Role; unitId: number; agencyId: number | null },
): boolean {
  if (stage === 'escalation') {
    return user.unitId === item.parentUnitId && ESCALATION_ROLES.includes(user.role);
  }
  if (user.unitId !== item.unitId || !OWNER_ROLES[item.source].includes(user.role)) return false;
  // An agency's obligation goes to that agency's people; the unit's coordinators and
  // leaders hear of it through escalation when it is missed.
  if (item.agencyId !== null) return user.agencyId === item.agencyId;
  // An unassigned case is the coordinators' to route: the unit's officers may not read it.
  return item.source !== 'feedback' || user.role === 'coordinator';
}

const SOURCE_LABEL: Record<DueSource, string> = {
  plan_obligation: 'Kế hoạch phải ban hành',
  report: 'Báo cáo phải gửi',
  task: 'Nhiệm vụ',
  programme_review: 'Báo cáo tổng kết chương trình',
  feedback: 'Phản ánh, kiến nghị của người dân',
};

/** Title and body of a reminder, in Vietnamese. */
export function reminderMessage(
  item: DueItem,
  stage: ReminderStage,
  today: string,
): { title: string; body: string } {
  const left = daysBetween(today, item.dueDate);
  const due = formatDateVi(item.dueDate);
  const what = `${SOURCE_LABEL[item.source]}: ${item.title}`;
  switch (stage) {
    case 'before':
      return { title: `Còn ${left} ngày đến hạn: ${item.title}`, body: `${what}. Hạn ${due}.` };
    case 'due':
      return { title: `Hôm nay đến hạn: ${item.title}`, body: `${what}. Hạn ${due}.` };
    case 'overdue':
      return {
        title: `Quá hạn ${-left} ngày: ${item.title}`,
        body: `${what}. Hạn ${due} đã qua mà chưa hoàn thành.`,
      };
    case 'escalation':
      return {
        title: `${item.unitName} quá hạn: ${item.title}`,
        body: `${what} của ${item.unitName}, hạn ${due}, quá hạn ${-left} ngày. Đề nghị đôn đốc.`,
      };
  }
}
