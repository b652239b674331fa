import { addDays } from '../plans/deadlines.ts';
import { isWorkingDay, type WorkCalendar } from '../execution/calendar.ts';

/**
 * The answer's due date: `days` working days after the day the feedback was received (the
 * day of receipt does not count; weekends and holidays do not; make-up Saturdays do).
 */
export function feedbackDueOn(receivedOn: string, days: number, calendar: WorkCalendar): string {
  let d = receivedOn;
  let left = Math.max(1, Math.floor(days));
  // A year of days off in a row is bad data; stop there rather than loop forever.
  for (let guard = 0; left > 0 && guard < 366 + days * 3; guard++) {
    d = addDays(d, 1);
    if (isWorkingDay(d, calendar)) left -= 1;
  }
  return d;
}

/** Working days from `from` (excluded) to `to` (included); 0 when `to` is not after `from`. */
export function workingDaysBetween(from: string, to: string, calendar: WorkCalendar): number {
  let n = 0;
  for (let d = addDays(from, 1), guard = 0; d <= to && guard < 3660; d = addDays(d, 1), guard++)
    if (isWorkingDay(d, calendar)) n += 1;
  return n;
}

/** Days an agency has to answer when the unit set nothing (Decree 20/2008 art. 17: 10). */
export const DEFAULT_FEEDBACK_DAYS = 10;
