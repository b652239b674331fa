/**
 * What the progress history says on a given day: the last reported percent, and the
 * completion or cancellation if already recorded by then. Used to freeze a report's task
 * statuses as of the end of its data window, whatever was reported afterwards.
 */
import { deriveTaskStatus, type TaskFacts, type TaskStatus } from './task-status.ts';

export interface ProgressFact {
  /** The date the update speaks for (the narrative's date). */
  reportedOn: string;
  kind: 'update' | 'contribution' | 'cancel';
  percent: number | null;
  completedOn: string | null;
}

export function factsAsOf(
  history: readonly ProgressFact[],
  dueOn: string | null,
  asOf: string,
): TaskFacts {
  const facts: TaskFacts = { dueOn, completedOn: null, cancelledOn: null, percent: 0 };
  const known = history
    .filter((h) => h.kind !== 'contribution')
    .sort((a, b) => a.reportedOn.localeCompare(b.reportedOn));
  for (const h of known) {
    if (h.reportedOn > asOf) continue;
    if (h.kind === 'cancel') facts.cancelledOn = h.reportedOn;
    if (h.percent !== null) facts.percent = h.percent;
  }
  // The completion date is a fact about the past: a task finished on 30/5 and reported on
  // 3/6 was done at a 31/5 window end. The latest update says whether it still stands.
  const latest = known.filter((h) => h.kind === 'update').at(-1);
  if (latest?.completedOn && latest.completedOn <= asOf) {
    facts.completedOn = latest.completedOn;
    facts.percent = 100;
  }
  return facts;
}

export function statusAsOf(
  history: readonly ProgressFact[],
  dueOn: string | null,
  asOf: string,
): TaskStatus {
  return deriveTaskStatus(factsAsOf(history, dueOn, asOf), asOf);
}
