/**
 * Working days. A deadline that falls on a weekly rest day or a public holiday moves to the
 * next working day (Civil Code 2015 art. 148: when the last day of a period is a day off,
 * the period ends on the next working day). Holidays are data per year, never code, and
 * official make-up Saturdays ("làm bù") count as working days.
 */
import { addDays } from '../plans/deadlines.ts';

export interface Holiday {
  date: string;
  name: string;
  /** `off`: a day off (holiday or compensatory); `working`: a weekend day worked instead. */
  kind: 'off' | 'working';
}

export interface WorkCalendar {
  off: ReadonlySet<string>;
  working: ReadonlySet<string>;
}

export function buildCalendar(days: readonly Holiday[]): WorkCalendar {
  return {
    off: new Set(days.filter((d) => d.kind === 'off').map((d) => d.date)),
    working: new Set(days.filter((d) => d.kind === 'working').map((d) => d.date)),
  };
}

export const EMPTY_CALENDAR: WorkCalendar = buildCalendar([]);

/** 0 = Sunday … 6 = Saturday, for an ISO date. */
export function weekday(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

export function isWorkingDay(iso: string, calendar: WorkCalendar): boolean {
  if (calendar.working.has(iso)) return true;
  if (calendar.off.has(iso)) return false;
  const day = weekday(iso);
  return day !== 0 && day !== 6;
}

/** The date itself when it is a working day, otherwise the first working day after it. */
export function nextWorkingDay(iso: string, calendar: WorkCalendar): string {
  let d = iso;
  // Tết with its weekends is at most about ten days off in a row; 60 guards bad data.
  for (let i = 0; i < 60 && !isWorkingDay(d, calendar); i++) d = addDays(d, 1);
  return d;
}
