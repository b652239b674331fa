/**
 * Deadlines as plans write them. Kept apart from plan.ts so deadlines.ts (arithmetic) and
 * plan.ts (document) can both import it without a cycle.
 */
export const RECURRING_EVERY = [
  'continuous',
  'monthly',
  'quarterly',
  'half_year',
  'yearly',
] as const;
export type RecurringEvery = (typeof RECURRING_EVERY)[number];

/** Events a relative deadline counts from. */
export const DEADLINE_EVENTS = ['issuance', 'results_published', 'parent_issuance'] as const;
export type DeadlineEvent = (typeof DEADLINE_EVENTS)[number];

/**
 * `label` keeps the wording of the source ("Quý II/2022", "Thường xuyên") so a transcribed
 * plan prints as written while the date or rule still drives checks and reminders.
 */
export type Deadline =
  | { kind: 'date'; date: string; label?: string }
  | { kind: 'recurring'; every: RecurringEvery; label?: string }
  | { kind: 'relative'; days: number; after: DeadlineEvent; label?: string };
