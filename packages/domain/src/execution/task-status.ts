import { isOverdue } from './overdue.ts';
/**
 * A task's status is derived, never typed in: from its resolved due date, its completion
 * date, whether work has started, and today. Only cancellation is a decision (with a
 * reason). The lead agency reports facts (percent, completion date); this says what they mean.
 */
export const TASK_STATUSES = [
  'not_started',
  'in_progress',
  'done',
  'done_late',
  'overdue',
  'cancelled',
] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  not_started: 'Chưa thực hiện',
  in_progress: 'Đang thực hiện',
  done: 'Hoàn thành',
  done_late: 'Hoàn thành quá hạn',
  overdue: 'Quá hạn',
  cancelled: 'Hủy bỏ',
};

/** Statuses that still need work: the inbox and the overdue board show these. */
export const OPEN_STATUSES: readonly TaskStatus[] = ['not_started', 'in_progress', 'overdue'];

export interface TaskFacts {
  /** The working-day-adjusted due date; null while a relative deadline's event is pending. */
  dueOn: string | null;
  completedOn: string | null;
  /** Cancelled on this date (a cancellation later than the as-of date does not count). */
  cancelledOn: string | null;
  percent: number;
}

/**
 * Status on `asOf` (ISO date; today for live views, the window end for report snapshots).
 * A task due before the installation's `inUseSince` is history, never overdue (isOverdue);
 * without it (''), nothing is history.
 */
export function deriveTaskStatus(facts: TaskFacts, asOf: string, inUseSince = ''): TaskStatus {
  if (facts.cancelledOn !== null && facts.cancelledOn <= asOf) return 'cancelled';
  if (facts.completedOn !== null && facts.completedOn <= asOf) {
    return facts.dueOn !== null && facts.completedOn > facts.dueOn ? 'done_late' : 'done';
  }
  // Due on a day means the whole day is available: overdue from the day after.
  if (isOverdue({ dueOn: facts.dueOn, settled: false }, asOf, inUseSince)) return 'overdue';
  return facts.percent > 0 ? 'in_progress' : 'not_started';
}

/** Counts per status, every status present (zeros included) so tables line up. */
export function countByStatus(statuses: Iterable<TaskStatus>): Record<TaskStatus, number> {
  const counts = Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>;
  for (const s of statuses) counts[s] += 1;
  return counts;
}
