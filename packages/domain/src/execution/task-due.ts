/**
 * Turns a plan task's deadline into concrete due dates inside the plan period, shifted to
 * working days. Recurring work has one due date per occurrence (end of each month,
 * quarter, half-year or year of the period); "Thường xuyên" is due at the period's end.
 */
import type { Deadline, RecurringEvery } from '../plans/deadline-types.ts';
import { endOfMonth, resolveDeadline, type EventDates } from '../plans/deadlines.ts';
import { nextWorkingDay, type WorkCalendar } from './calendar.ts';

export interface DueContext {
  period: { from: string; to: string };
  events: EventDates;
  calendar: WorkCalendar;
}

const MONTHS_EVERY: Record<Exclude<RecurringEvery, 'continuous'>, number> = {
  monthly: 1,
  quarterly: 3,
  half_year: 6,
  yearly: 12,
};

/** Period ends of a recurrence that fall inside the period (calendar-aligned: Q1 ends 31/3). */
export function occurrences(every: RecurringEvery, period: { from: string; to: string }): string[] {
  if (every === 'continuous') return [period.to];
  const step = MONTHS_EVERY[every];
  const out: string[] = [];
  const startYear = Number(period.from.slice(0, 4));
  const endYear = Number(period.to.slice(0, 4));
  for (let y = startYear; y <= endYear; y++) {
    for (let m = step; m <= 12; m += step) {
      const end = endOfMonth(y, m);
      if (end >= period.from && end <= period.to) out.push(end);
    }
  }
  // A period ending mid-cycle still has a last due date: its own end.
  if (out.at(-1) !== period.to) out.push(period.to);
  return out;
}

/** Every due date of a task (unadjusted dates shifted to working days); [] while pending. */
export function dueDates(deadline: Deadline | null, ctx: DueContext): string[] {
  const raw = rawDueDates(deadline, ctx);
  return [...new Set(raw.map((d) => nextWorkingDay(d, ctx.calendar)))];
}

function rawDueDates(deadline: Deadline | null, ctx: DueContext): string[] {
  // No deadline written: the work must be done within the plan period.
  if (deadline === null) return [ctx.period.to];
  const r = resolveDeadline(deadline, ctx.events);
  if (r.kind === 'date') return [r.date];
  if (r.kind === 'recurring') return occurrences(r.every, ctx.period);
  return [];
}

export interface TaskDue {
  /** The final due date: what decides done / done late / overdue. Null while pending. */
  finalDue: string | null;
  /** The first due date on or after `today` (the next report of recurring work), else finalDue. */
  nextDue: string | null;
  /** The event a relative deadline waits for. */
  pendingEvent: string | null;
}

export function taskDue(deadline: Deadline | null, ctx: DueContext, today: string): TaskDue {
  const dates = dueDates(deadline, ctx);
  const pending = deadline?.kind === 'relative' && dates.length === 0 ? deadline.after : null;
  const finalDue = dates.at(-1) ?? null;
  return {
    finalDue,
    nextDue: dates.find((d) => d >= today) ?? finalDue,
    pendingEvent: pending,
  };
}
