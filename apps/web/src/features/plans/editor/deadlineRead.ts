/** What the deadline cell shows beside the words kept, and what its editor says while typing. */
import { readDeadline, type Deadline, type Period } from '@papi/domain';
import { domainText } from '../../../i18n/domain-text.ts';

/**
 * The date a deadline's words were read as, when the words are not that date already:
 * "tháng 9/2021" → "30/09/2021"; null for "30/09/2021", recurrences and relative deadlines.
 */
export function readDate(
  deadline: Deadline | null,
  formatDate: (iso: string) => string,
): string | null {
  if (!deadline || deadline.kind !== 'date' || !deadline.label) return null;
  const shown = formatDate(deadline.date);
  return deadline.label === shown ? null : shown;
}

export interface DeadlineFeedback {
  /** The deadline to save, or null (nothing typed, or words that name no date). */
  deadline: Deadline | null;
  /** Why the words cannot be saved: an impossible date, or wording not understood. */
  error: string | null;
  /** Read, but doubtful: a date without a year that falls outside the plan's period. */
  warning: string | null;
}

/** The typed words against the plan's year and period, as the cell editor reports them. */
export function deadlineFeedback(
  text: string,
  year: number,
  period: Period,
  notUnderstood: string,
): DeadlineFeedback {
  if (!text.trim()) return { deadline: null, error: null, warning: null };
  const r = readDeadline(text, { year, period });
  if (!r.deadline)
    return {
      deadline: null,
      error: r.problem ? domainText(r.problem.message) : notUnderstood,
      warning: null,
    };
  return {
    deadline: r.deadline,
    error: null,
    warning: r.problem?.severity === 'warning' ? domainText(r.problem.message) : null,
  };
}
