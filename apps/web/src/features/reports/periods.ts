import type { TReportPeriod } from '@papi/contracts';

/**
 * The period a board opens on: the latest one whose data window has closed by today (the
 * one being reported now), else the first of the year.
 */
export function defaultPeriodKey(periods: readonly TReportPeriod[], today: string): string | null {
  const closed = periods
    .filter((p) => p.window.to < today)
    .sort((a, b) => (a.window.to < b.window.to ? 1 : -1));
  return closed[0]?.key ?? periods[0]?.key ?? null;
}

/** Years offered in period pickers: next year back to five years ago. */
export function yearChoices(today: string): string[] {
  const year = Number(today.slice(0, 4));
  return Array.from({ length: 7 }, (_, i) => String(year + 1 - i));
}
