import { addDays } from '../plans/deadlines.ts';

/**
 * When a dated item (a plan to issue, a report to submit, a task to finish) earns a
 * reminder. Pure rules: the reminder scan asks these once a day for every open item and
 * every recipient; dedupe keys make each (item, stage, recipient) go out once, so a day the
 * scan did not run only loses the reminders whose window closed meanwhile.
 */

/** Vietnam keeps UTC+7 all year (no daylight saving). */
export const VIETNAM_UTC_OFFSET_HOURS = 7;

/** The calendar day in Vietnam at an instant, 'YYYY-MM-DD'. */
export function vietnamDate(at: Date): string {
  return new Date(at.getTime() + VIETNAM_UTC_OFFSET_HOURS * 3_600_000).toISOString().slice(0, 10);
}

/** The hour (0–23) in Vietnam at an instant. */
export function vietnamHour(at: Date): number {
  return new Date(at.getTime() + VIETNAM_UTC_OFFSET_HOURS * 3_600_000).getUTCHours();
}

/** The instant a Vietnamese calendar day reaches the given hour. */
export function vietnamInstant(day: string, hour: number): Date {
  const utc = Date.parse(`${day}T00:00:00Z`) + (hour - VIETNAM_UTC_OFFSET_HOURS) * 3_600_000;
  return new Date(utc);
}

/** Whole days from `from` to `to` (ISO dates): positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * before: in the last N days before the deadline; due: on the day; overdue: after it was
 * missed (to the obliged unit); escalation: after it was missed, to the supervising level.
 */
export const REMINDER_STAGES = ['before', 'due', 'overdue', 'escalation'] as const;
export type ReminderStage = (typeof REMINDER_STAGES)[number];

export interface ReminderRules {
  /** Remind this many days ahead (the recipient's preference; 0 = no advance reminder). */
  daysBefore: number;
  /** Escalate once the item is this many days late (1 = the day after the deadline). */
  escalateAfterDays: number;
  /** Stop reminding about items missed longer ago than this: they belong on the overdue board. */
  giveUpAfterDays: number;
}

export const DEFAULT_REMINDER_RULES: ReminderRules = {
  daysBefore: 3,
  escalateAfterDays: 1,
  giveUpAfterDays: 30,
};

/**
 * The stage an open item is in for the obliged unit on `today`, or null when nothing is
 * due (too early, or missed so long ago that reminding no longer helps).
 */
export function ownerStage(
  dueDate: string,
  today: string,
  rules: ReminderRules,
): ReminderStage | null {
  const late = daysBetween(dueDate, today);
  if (late === 0) return 'due';
  if (late > 0) return late <= rules.giveUpAfterDays ? 'overdue' : null;
  return -late <= rules.daysBefore ? 'before' : null;
}

/** Whether the supervising level is told on `today` (from the escalation day to give-up). */
export function escalates(dueDate: string, today: string, rules: ReminderRules): boolean {
  const late = daysBetween(dueDate, today);
  return late >= rules.escalateAfterDays && late <= rules.giveUpAfterDays;
}

/**
 * The dedupe key of one reminder: the same item, stage and person never get two. A due
 * date that moves (an extension) is a new deadline and reminds afresh.
 */
export function reminderKey(
  itemKey: string,
  dueDate: string,
  stage: ReminderStage,
  userId: number,
): string {
  return `reminder:${itemKey}:${dueDate}:${stage}:${userId}`;
}

/** How far back and ahead the scan must look for the rules to fire (widest preference). */
export function scanWindow(
  today: string,
  maxDaysBefore: number,
  rules: ReminderRules,
): { from: string; to: string } {
  return { from: addDays(today, -rules.giveUpAfterDays), to: addDays(today, maxDaysBefore) };
}
