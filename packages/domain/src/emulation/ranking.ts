import { compareVietnamese } from '../text/fold.ts';
import { deriveTaskStatus, type TaskFacts } from '../execution/task-status.ts';
import { isHistory } from '../execution/overdue.ts';
import { classifySubmission } from '../reporting/rates.ts';
import type { RecordRef, SubjectScore } from './scoring.ts';

export type SubjectKind = 'agency' | 'commune';

/** The day a year's measures are judged on: its last day, or today while it runs. */
export const asOfDay = (year: number, today: string) =>
  today < `${year}-12-31` ? today : `${year}-12-31`;

/**
 * A task due in the year counts by execution's own status rules: done on time, done late,
 * or overdue (missing); cancelled, not yet due and history tasks do not count.
 */
export function taskTimeliness(
  facts: TaskFacts,
  asOf: string,
  inUseSince: string,
): RecordRef['outcome'] | null {
  const status = deriveTaskStatus(facts, asOf, inUseSince);
  if (status === 'done') return 'on_time';
  if (status === 'done_late') return 'late';
  if (status === 'overdue') return 'missing';
  return null;
}

/**
 * A report (first submission) or an obliged plan (issue date) against its due date:
 * pending ones and history before the installation's use do not count.
 */
export function deliveryOutcome(
  dueOn: string,
  deliveredOn: string | null,
  asOf: string,
  inUseSince: string,
): RecordRef['outcome'] | null {
  if (deliveredOn === null && isHistory({ dueOn }, inUseSince)) return null;
  const state = classifySubmission(
    dueOn,
    deliveredOn !== null && deliveredOn <= asOf ? deliveredOn : null,
    asOf,
  );
  return state === 'pending' ? null : state;
}

export interface ScoredSubject {
  kind: SubjectKind;
  id: number;
  name: string;
  score: SubjectScore;
}

export interface RankedSubject extends ScoredSubject {
  rank: number;
}

const onTime = (s: ScoredSubject) =>
  s.score.lines.find((l) => l.measure === 'tasks_on_time' && l.kind === 'criterion')?.value ?? -1;

/**
 * Highest total first; ties go to the higher on-time task rate, then by name in Vietnamese
 * order (then id). Subjects equal on total and rate share a rank; unrated ones come last
 * with rank 0.
 */
export function rankSubjects(subjects: ScoredSubject[]): RankedSubject[] {
  const unrated = (s: ScoredSubject) => (s.score.rating === 'unrated' ? 1 : 0);
  const sorted = [...subjects].sort(
    (a, b) =>
      unrated(a) - unrated(b) ||
      b.score.total - a.score.total ||
      onTime(b) - onTime(a) ||
      compareVietnamese(a.name, b.name) ||
      a.id - b.id,
  );
  const ranked: RankedSubject[] = [];
  sorted.forEach((s, i) => {
    const prev = ranked[i - 1];
    const shares = prev && prev.score.total === s.score.total && onTime(prev) === onTime(s);
    ranked.push({ ...s, rank: unrated(s) ? 0 : shares ? prev.rank : i + 1 });
  });
  return ranked;
}

export interface SubjectRef {
  kind: SubjectKind;
  id: number;
}

export interface ProposedLists {
  commend: SubjectRef[];
  criticise: SubjectRef[];
}

/** The proposal the leader edits: every subject rated commend, every one rated criticise. */
export function proposeLists(ranked: RankedSubject[]): ProposedLists {
  const pick = (rating: string) =>
    ranked.filter((s) => s.score.rating === rating).map((s) => ({ kind: s.kind, id: s.id }));
  return { commend: pick('commend'), criticise: pick('criticise') };
}

export type RunStatus = 'draft' | 'approved';

/**
 * What a recompute does: the year's latest draft is replaced in place (same version); when
 * the latest run is approved it stays frozen and the recompute makes version n + 1.
 */
export function nextRun(runs: { version: number; status: RunStatus }[]): {
  action: 'replace' | 'create';
  version: number;
} {
  const latest = [...runs].sort((a, b) => b.version - a.version)[0];
  if (!latest) return { action: 'create', version: 1 };
  return latest.status === 'draft'
    ? { action: 'replace', version: latest.version }
    : { action: 'create', version: latest.version + 1 };
}

/** Keys sorted, so equal inputs give one text whatever order they were gathered in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
