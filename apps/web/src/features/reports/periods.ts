import { periodDueNow } from '@papi/domain';
import type { TReportPeriod } from '@papi/contracts';

/**
 * The period a board opens on: the one due now or most recently (domain periodDueNow),
 * else the first of the year.
 */
export function defaultPeriodKey(periods: readonly TReportPeriod[], today: string): string | null {
  return periodDueNow(periods, today)?.key ?? periods[0]?.key ?? null;
}

/** Early in a year no period of it is due yet: the board opens on last year's instead. */
export const nothingDueYet = (periods: readonly TReportPeriod[], today: string) =>
  !periods.some((p) => p.window.to < today);

/** Years offered in period pickers: next year back to five years ago. */
export function yearChoices(today: string): string[] {
  const year = Number(today.slice(0, 4));
  return Array.from({ length: 7 }, (_, i) => String(year + 1 - i));
}
