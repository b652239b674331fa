/**
 * The one meaning of "overdue" for every list, count and reminder (dashboard, My work,
 * the overdue board, the reminder scan). SQL that counts tasks has a twin
 * (`overdueTaskSql`, server tasks.repository.ts) held to this by a server test.
 */

/** What decides whether an item is overdue: its due date, whether it is settled, its period. */
export interface DueFacts {
  /** Due date (ISO); null: no deadline, never overdue. */
  dueOn: string | null;
  /** Done, sent, issued or cancelled: nothing is owed any more. */
  settled: boolean;
  /** For a report: the last day of its period; for others the due date stands for it. */
  periodEnd?: string | null;
}

/**
 * Whether an item belongs to the time before the installation was in use: a period or an
 * obligation that ended before `inUseSince` is history, never overdue nor owed (the
 * dashboard counted 2025 reports "367 days overdue" in a system first used in 2026).
 */
export function isHistory(facts: Pick<DueFacts, 'dueOn' | 'periodEnd'>, inUseSince: string) {
  const end = facts.periodEnd ?? facts.dueOn;
  return end !== null && end < inUseSince;
}

/**
 * Overdue on `today`: not settled, due before today (the due day itself is still on time),
 * and not history.
 */
export function isOverdue(facts: DueFacts, today: string, inUseSince: string): boolean {
  return (
    !facts.settled && facts.dueOn !== null && facts.dueOn < today && !isHistory(facts, inUseSince)
  );
}
