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

export function addToCounts(c: RateCounts, state: SubmissionState): RateCounts {
  c.expected += 1;
  if (state === 'on_time' || state === 'late') c.submitted += 1;
  if (state === 'on_time') c.onTime += 1;
  else if (state === 'late') c.late += 1;
  else if (state === 'missing') c.missing += 1;
  else c.pending += 1;
  return c;
}

export interface ReporterState {
  level: ReporterLevel;
  /** The group this reporter rolls up into (its province, for the map). */
  groupId: number;
  state: SubmissionState;
}

/** Totals overall, per level and per group (province): the numbers and the map. */
export function rollUp(rows: readonly ReporterState[]) {
  const total = emptyCounts();
  const byLevel = new Map<ReporterLevel, RateCounts>();
  const byGroup = new Map<number, RateCounts>();
  for (const r of rows) {
    addToCounts(total, r.state);
    addToCounts(byLevel.get(r.level) ?? byLevel.set(r.level, emptyCounts()).get(r.level)!, r.state);
    addToCounts(
      byGroup.get(r.groupId) ?? byGroup.set(r.groupId, emptyCounts()).get(r.groupId)!,
      r.state,
    );
  }
  return { total, byLevel, byGroup };
}

/** Share of expected reports that arrived, 0–100 with one decimal; null with nothing expected. */
export function submissionRate(c: RateCounts): number | null {
  return c.expected === 0 ? null : Math.round((c.submitted / c.expected) * 1000) / 10;
}
