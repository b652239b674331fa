/**
 * Report periods of a regime for one year: the data window and the due date per level,
 * shifted to the next working day. The "year" is the report's year, the one its window
 * ends in (the 6-month report of 2026 covers 01/12/2025–31/05/2026).
 */
import { addDays, isoDate, isIsoDate } from '../plans/deadlines.ts';
import { nextWorkingDay, type WorkCalendar } from '../execution/calendar.ts';
import { levelExistsOn } from '../units/levels.ts';
import type { DayRef, RegimeDefinition, ReporterLevel } from './regime.ts';

export interface ReportPeriod {
  /** Unique in the regime: "2026-H1", "2026-Y", "2026-KQ-2025" (event: results of 2025). */
  key: string;
  label: string;
  year: number;
  window: { from: string; to: string };
  /** Due dates after the working-day shift. */
  due: Partial<Record<ReporterLevel, string>>;
}

/**
 * Due dates of the levels that exist at the window's end: a regime kept from before the
 * 2025 reform still names districts, but a period ending after 30/06/2025 owes nothing to
 * a level that no longer exists (expected reporters are the units valid at that day too).
 */
function dueOf(
  entries: [string, string][],
  windowTo: string,
): Partial<Record<ReporterLevel, string>> {
  return Object.fromEntries(
    entries.filter(([level]) => levelExistsOn(level as ReporterLevel, windowTo)),
  );
}

/** A day in a year; 29/02 in a common year becomes 28/02 rather than an invalid date. */
export function dayIn(ref: DayRef, year: number): string {
  const y = year + ref.yearOffset;
  const date = isoDate(y, ref.month, ref.day);
  return isIsoDate(date) ? date : addDays(isoDate(y, ref.month, 1), ref.day - 2);
}

export interface PublishedResult {
  /** Index year whose results were published. */
  indexYear: number;
  publishedOn: string;
}

export function generatePeriods(
  def: RegimeDefinition,
  year: number,
  calendar: WorkCalendar,
  published: readonly PublishedResult[] = [],
): ReportPeriod[] {
  if (def.trigger === 'periodic') {
    return def.periods.map((p) => {
      const window = { from: dayIn(p.window.from, year), to: dayIn(p.window.to, year) };
      return {
        key: `${year}-${p.key}`,
        label: `${p.label} ${year}`,
        year,
        window,
        due: dueOf(
          Object.entries(p.due).map(([level, ref]) => [
            level,
            nextWorkingDay(dayIn(ref, year), calendar),
          ]),
          window.to,
        ),
      };
    });
  }
  return published
    .filter((r) => r.publishedOn.startsWith(`${year}-`))
    .sort((a, b) => a.publishedOn.localeCompare(b.publishedOn))
    .map((r) => ({
      key: `${year}-KQ-${r.indexYear}`,
      label: `sau công bố Chỉ số năm ${r.indexYear}`,
      year,
      window: { from: `${year}-01-01`, to: r.publishedOn },
      due: dueOf(
        Object.entries(def.dueDays).map(([level, days]) => [
          level,
          nextWorkingDay(addDays(r.publishedOn, days), calendar),
        ]),
        r.publishedOn,
      ),
    }));
}

/** The period whose key is given, generated for the year the key names. */
export function findPeriod(
  def: RegimeDefinition,
  key: string,
  calendar: WorkCalendar,
  published: readonly PublishedResult[] = [],
): ReportPeriod | null {
  const year = Number(/^(\d{4})-/.exec(key)?.[1]);
  if (!Number.isInteger(year) || year < 1900 || year > 2999) return null;
  return generatePeriods(def, year, calendar, published).find((p) => p.key === key) ?? null;
}

/**
 * The period a monitoring board opens on: the one due now or most recently — the latest
 * whose data window has closed before today — else, in a first year, the started one due
 * next (a period still collecting data is not yet due).
 */
export function periodDueNow<P extends { window: { from: string; to: string } }>(
  periods: readonly P[],
  today: string,
): P | null {
  const byEnd = (ps: P[]) =>
    ps.sort((a, b) => (a.window.to < b.window.to ? -1 : a.window.to > b.window.to ? 1 : 0));
  return (
    byEnd(periods.filter((p) => p.window.to < today)).at(-1) ??
    byEnd(periods.filter((p) => p.window.from <= today))[0] ??
    null
  );
}
