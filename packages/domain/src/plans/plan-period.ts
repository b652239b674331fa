/**
 * A plan's year and its period of implementation kept in step: choosing a year proposes that
 * year as the period, and a period that does not fit the year is said at once, in words.
 */
import { formatDateVi } from './deadlines.ts';

export interface Period {
  from: string;
  to: string;
}

/** The first year offered for a plan (PAPI's first nationwide survey). */
export const FIRST_PLAN_YEAR = 2011;

/** The whole calendar year as a period. */
export const periodOfYear = (year: number): Period => ({
  from: `${year}-01-01`,
  to: `${year}-12-31`,
});

/** Years a plan may be for: from FIRST_PLAN_YEAR to five years ahead, newest first. */
export function planYears(thisYear: number): number[] {
  const last = Math.max(thisYear, FIRST_PLAN_YEAR) + 5;
  return Array.from({ length: last - FIRST_PLAN_YEAR + 1 }, (_, i) => last - i);
}

export type PeriodProblem =
  { kind: 'reversed'; message: string } | { kind: 'outside_year'; message: string };

/**
 * What is wrong with a period for a plan of `year`: ends before it starts, or has no day in
 * that year (a multi-year period that covers the year is fine). Null when it fits.
 */
export function periodProblem(year: number, period: Period): PeriodProblem | null {
  const range = `${formatDateVi(period.from)}–${formatDateVi(period.to)}`;
  if (period.to < period.from)
    return {
      kind: 'reversed',
      message: `Thời gian thực hiện ${range} kết thúc trước khi bắt đầu.`,
    };
  const y = periodOfYear(year);
  if (period.to < y.from || period.from > y.to)
    return {
      kind: 'outside_year',
      message: `Thời gian thực hiện ${range} nằm ngoài năm ${year} của kế hoạch.`,
    };
  return null;
}
