/**
 * The end-of-programme review (tổng kết): what each reporter writes, how its tasks and
 * periodic reports are summed up, and how the proposals become the next programme's draft
 * solutions. The report moves through the periodic reports' workflow (reportTransition).
 */
import { deriveTaskStatus, type TaskFacts } from '../execution/task-status.ts';

export const REVIEW_SECTION_KEYS = ['results', 'shortcomings', 'lessons', 'proposals'] as const;
export type ReviewSectionKey = (typeof REVIEW_SECTION_KEYS)[number];

export const REVIEW_SECTION_LABELS: Record<ReviewSectionKey, string> = {
  results: 'Kết quả đạt được',
  shortcomings: 'Tồn tại, hạn chế và nguyên nhân',
  lessons: 'Bài học kinh nghiệm',
  proposals: 'Đề xuất giải pháp cho chương trình kỳ sau',
};

export type ReviewSectionsText = Record<ReviewSectionKey, string>;

export const emptySections = (): ReviewSectionsText => ({
  results: '',
  shortcomings: '',
  lessons: '',
  proposals: '',
});

/** Sections a report cannot be sent without: results and proposals (the review's point). */
export function missingSections(s: ReviewSectionsText): ReviewSectionKey[] {
  return (['results', 'proposals'] as const).filter((k) => s[k].trim() === '');
}

/** How a task of the programme ended, as the review counts it. */
export type TaskOutcome = 'on_time' | 'late' | 'not_done' | 'cancelled';

/** A task's outcome on `asOf`: done (on time or late), cancelled, else not done. */
export function taskOutcome(facts: TaskFacts, asOf: string): TaskOutcome {
  const status = deriveTaskStatus(facts, asOf);
  if (status === 'done') return 'on_time';
  if (status === 'done_late') return 'late';
  if (status === 'cancelled') return 'cancelled';
  return 'not_done';
}

export function countOutcomes(outcomes: Iterable<TaskOutcome>): Record<TaskOutcome, number> {
  const out: Record<TaskOutcome, number> = { on_time: 0, late: 0, not_done: 0, cancelled: 0 };
  for (const o of outcomes) out[o] += 1;
  return out;
}

/** A periodic report's timeliness: sent by its due date, sent late, or not sent. */
export function reportTimeliness(
  submittedOn: string | null,
  dueOn: string,
): 'on_time' | 'late' | 'missing' {
  if (submittedOn === null) return 'missing';
  return submittedOn <= dueOn ? 'on_time' : 'late';
}

export interface DraftSolution {
  elementCode: string;
  content: string;
  leadAgencyId: number | null;
  solutionId: number | null;
}

/**
 * The proposals of one report as draft solutions: one per line or bullet ("- …", "1. …"),
 * tagged with the report's first element (the coordinator re-tags them when compiling) and
 * led by the reporting agency. Duplicates (same folded text) are dropped by the caller.
 */
export function proposalsToSolutions(
  proposals: string,
  elementCodes: readonly string[],
  agencyId: number | null,
): DraftSolution[] {
  const element = elementCodes[0] ?? '';
  return proposals
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-–+•*]|\d+[.)]|[a-zđ][.)])\s*/i, '').trim())
    .filter((line) => line.length >= 5)
    .map((content) => ({
      elementCode: element,
      content,
      leadAgencyId: agencyId,
      solutionId: null,
    }));
}
