/**
 * Reporting rates (tỷ lệ báo cáo): for each expected reporter of a period, whether it
 * submitted on time, late, not at all (missing once the due date has passed), or is still
 * within its time (pending). Timeliness is judged on the FIRST submission: a report
 * returned for correction and resubmitted was still sent on time.
 */
import type { ReporterLevel } from './regime.ts';

export const SUBMISSION_STATES = ['on_time', 'late', 'missing', 'pending'] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];

export const SUBMISSION_STATE_LABELS: Record<SubmissionState, string> = {
  on_time: 'Đúng hạn',
  late: 'Trễ hạn',
  missing: 'Chưa nộp (quá hạn)',
  pending: 'Chưa đến hạn',
};

/** `firstSubmittedOn`: local (Vietnam) date of the first submission, if any. */
export function classifySubmission(
  dueOn: string,
  firstSubmittedOn: string | null,
  today: string,
): SubmissionState {
  if (firstSubmittedOn !== null) return firstSubmittedOn <= dueOn ? 'on_time' : 'late';
  return today > dueOn ? 'missing' : 'pending';
}

export interface RateCounts {
  expected: number;
  submitted: number;
  onTime: number;
  late: number;
  missing: number;
  pending: number;
}

export const emptyCounts = (): RateCounts => ({
  expected: 0,
  submitted: 0,
  onTime: 0,
  late: 0,
  missing: 0,
  pending: 0,
});

/** `n` reporters in `state` (1 by default; a grouped count from the database otherwise). */
export function addToCounts(c: RateCounts, state: SubmissionState, n = 1): RateCounts {
  c.expected += n;
  if (state === 'on_time' || state === 'late') c.submitted += n;
  if (state === 'on_time') c.onTime += n;
  else if (state === 'late') c.late += n;
  else if (state === 'missing') c.missing += n;
  else c.pending += n;
  return c;
}

export interface ReporterState {
  level: ReporterLevel;
  /** The group this reporter rolls up into (its province, for the map). */
  groupId: number;
  state: SubmissionState;
  /** How many reporters the row stands for (grouped counts); 1 when absent. */
  n?: number;
}

/**
 * Totals overall, per level and per group (province): the numbers and the map. Rows may be
 * single reporters or counts already grouped by level × group × state (the database groups
 * the national list: a few hundred rows instead of ~5,000 reporters).
 */
export function rollUp(rows: readonly ReporterState[]) {
  const total = emptyCounts();
  const byLevel = new Map<ReporterLevel, RateCounts>();
  const byGroup = new Map<number, RateCounts>();
  for (const r of rows) {
    const n = r.n ?? 1;
    addToCounts(total, r.state, n);
    addToCounts(
      byLevel.get(r.level) ?? byLevel.set(r.level, emptyCounts()).get(r.level)!,
      r.state,
      n,
    );
    addToCounts(
      byGroup.get(r.groupId) ?? byGroup.set(r.groupId, emptyCounts()).get(r.groupId)!,
      r.state,
      n,
    );
  }
  return { total, byLevel, byGroup };
}

/** Share of expected reports that arrived, 0–100 with one decimal; null with nothing expected. */
export function submissionRate(c: RateCounts): number | null {
  return c.expected === 0 ? null : Math.round((c.submitted / c.expected) * 1000) / 10;
}
