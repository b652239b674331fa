/**
 * Feedback statistics per agency or commune: what was received, answered on time or late,
 * what is overdue now, the average working days to answer and the citizens' satisfaction.
 */
export interface FeedbackFact {
  /** The agency or commune the case counts for. */
  groupKey: string;
  groupName: string;
  dueOn: string;
  /** Approval day (Vietnam), null while unanswered. */
  answeredOn: string | null;
  /** Working days from receipt to approval (null while unanswered). */
  workingDays: number | null;
  rating: number | null;
}

export interface FeedbackStatRow {
  key: string;
  name: string;
  received: number;
  answered: number;
  onTime: number;
  late: number;
  /** Unanswered and past the due date today. */
  overdue: number;
  /** Mean working days to answer, one decimal; null with no answer. */
  averageDays: number | null;
  ratings: number;
  /** Mean rating 1–5, one decimal; null with no rating. */
  satisfaction: number | null;
}

const mean = (xs: number[]) =>
  xs.length === 0 ? null : Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10;

/** One row per group, by name; a case answered on its due date is on time. */
export function feedbackStats(facts: readonly FeedbackFact[], today: string): FeedbackStatRow[] {
  const groups = new Map<string, FeedbackFact[]>();
  for (const f of facts) groups.set(f.groupKey, [...(groups.get(f.groupKey) ?? []), f]);
  return [...groups.entries()].map(([key, list]) => {
    const answered = list.filter((f) => f.answeredOn !== null);
    const onTime = answered.filter((f) => f.answeredOn! <= f.dueOn).length;
    const ratings = list.flatMap((f) => (f.rating === null ? [] : [f.rating]));
    return {
      key,
      name: list[0]!.groupName,
      received: list.length,
      answered: answered.length,
      onTime,
      late: answered.length - onTime,
      overdue: list.filter((f) => f.answeredOn === null && f.dueOn < today).length,
      averageDays: mean(answered.flatMap((f) => (f.workingDays === null ? [] : [f.workingDays]))),
      ratings: ratings.length,
      satisfaction: mean(ratings),
    };
  });
}
