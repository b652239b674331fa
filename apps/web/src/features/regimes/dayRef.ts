import type { DayRef } from '@papi/domain';

/** A regime's day of the year typed as "dd/mm" (the year is the report's, or the one before). */
export type { DayRef };

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const formatDayRef = (ref: DayRef): string =>
  `${String(ref.day).padStart(2, '0')}/${String(ref.month).padStart(2, '0')}`;

/** "5/6" or "05/06" → {day 5, month 6}; null when it is not a day of the year. */
export function parseDayRef(text: string, yearOffset = 0): DayRef | null {
  const m = /^\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*$/.exec(text);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return null;
  return { day, month, yearOffset };
}
