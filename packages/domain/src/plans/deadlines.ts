/**
 * Deadline arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone can shift a day.
 * A deadline resolves to a date when it can: a fixed date always, a relative one once its
 * event has happened; recurring work ("Thường xuyên") runs for the whole plan period.
 */
import type { Deadline, DeadlineEvent, RecurringEvery } from './deadline-types.ts';
import { RECURRING_LABELS } from './plan.ts';

export const EVENT_LABELS: Record<DeadlineEvent, string> = {
  issuance: 'ban hành Kế hoạch',
  results_published: 'công bố kết quả Chỉ số',
  parent_issuance: 'Kế hoạch cấp trên ban hành',
};

export type EventDates = Partial<Record<DeadlineEvent, string | null>>;

export type Resolved =
  | { kind: 'date'; date: string }
  | { kind: 'recurring'; every: RecurringEvery }
  | { kind: 'pending'; event: DeadlineEvent };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Last day of a month (month 1–12). */
export function endOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** "2022-06-05" → "05/06/2022", the way Vietnamese documents write dates. */
export function formatDateVi(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export function resolveDeadline(deadline: Deadline, events: EventDates = {}): Resolved {
  switch (deadline.kind) {
    case 'date':
      return { kind: 'date', date: deadline.date };
    case 'recurring':
      return { kind: 'recurring', every: deadline.every };
    case 'relative': {
      const at = events[deadline.after];
      return at
        ? { kind: 'date', date: addDays(at, deadline.days) }
        : { kind: 'pending', event: deadline.after };
    }
  }
}

export type PeriodFit = 'inside' | 'before' | 'after' | 'unknown';

/** Where a deadline falls against the plan period; recurring work is inside by definition. */
export function fitInPeriod(
  deadline: Deadline,
  period: { from: string; to: string },
  events: EventDates = {},
): PeriodFit {
  const r = resolveDeadline(deadline, events);
  if (r.kind === 'recurring') return 'inside';
  if (r.kind === 'pending') return 'unknown';
  if (r.date < period.from) return 'before';
  if (r.date > period.to) return 'after';
  return 'inside';
}

export function formatDeadline(deadline: Deadline): string {
  if (deadline.label) return deadline.label;
  switch (deadline.kind) {
    case 'date':
      return formatDateVi(deadline.date);
    case 'recurring':
      return RECURRING_LABELS[deadline.every];
    case 'relative':
      return `${deadline.days} ngày sau khi ${EVENT_LABELS[deadline.after]}`;
  }
}

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

/** What reading a deadline's words gave: the deadline, or why the words are wrong. */
export interface DeadlineReading {
  deadline: Deadline | null;
  /** error: the words name no real date (month 13, 31/02); warning: read, but doubtful. */
  problem: { severity: 'error' | 'warning'; message: string } | null;
}

export interface DeadlineTextContext {
  /** Completes dates written without a year ("trước ngày 05/6"): the plan's year. */
  year?: number;
  /** The plan's period: a date completed with the plan's year outside it is warned about. */
  period?: { from: string; to: string };
}

const bad = (message: string): DeadlineReading => ({
  deadline: null,
  problem: { severity: 'error', message },
});
const read = (deadline: Deadline): DeadlineReading => ({ deadline, problem: null });

/** A day, month and year as written: a real date, or an error naming the impossible part. */
function dayMonthYear(y: number, m: number, d: number, label: string): DeadlineReading {
  if (m < 1 || m > 12) return bad(`"${label}": không có tháng ${m}.`);
  const date = isoDate(y, m, d);
  if (d < 1 || !isIsoDate(date)) return bad(`"${label}": tháng ${m}/${y} không có ngày ${d}.`);
  return read({ kind: 'date', date, label });
}

function monthYear(y: number, m: number, label: string): DeadlineReading {
  if (m < 1 || m > 12) return bad(`"${label}": không có tháng ${m}.`);
  return read({ kind: 'date', date: endOfMonth(y, m), label });
}

const RECURRING: [RegExp, RecurringEvery][] = [
  [/^thường xuyên|liên tục/, 'continuous'],
  [/^(hằng|hàng) tháng/, 'monthly'],
  [/^(hằng|hàng) quý/, 'quarterly'],
  [/^(hằng|hàng) năm/, 'yearly'],
  [/0?6 tháng\s*\/\s*lần|định kỳ 0?6 tháng/, 'half_year'],
];

/**
 * Reads a deadline as plans write it: "30/11/2021", "30-11-2021", "30.11.2021", "9/2021",
 * "tháng 9/2021", "T9/2021", "Quý II/2022", "Thường xuyên", "15 ngày sau khi ban hành"…
 * A date without a year takes the plan's year, with a warning when that falls outside the
 * plan's period. The label always keeps the original words.
 */
export function readDeadline(text: string, ctx: DeadlineTextContext = {}): DeadlineReading {
  const label = text.trim().replace(/\s+/g, ' ');
  const t = label.toLowerCase();
  for (const [re, every] of RECURRING)
    if (re.test(t)) return read({ kind: 'recurring', every, label });

  const rel = /(?:sau\s+)?(\d+)\s+ngày\s+(?:sau khi|kể từ(?: ngày)?)\s+(.*)$/.exec(t);
  if (rel) {
    const days = Number(rel[1]);
    const what = rel[2] ?? '';
    if (/công bố kết quả/.test(what))
      return read({ kind: 'relative', days, after: 'results_published', label });
    if (/ban hành/.test(what)) return read({ kind: 'relative', days, after: 'issuance', label });
    return { deadline: null, problem: null };
  }

  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) return dayMonthYear(Number(iso[1]), Number(iso[2]), Number(iso[3]), label);
  const quarter = /quý\s+(i{1,3}|iv|[1-4])\s*(?:\/|năm)\s*(\d{4})/.exec(t);
  if (quarter) {
    const q = ROMAN[(quarter[1] ?? '').toUpperCase()] ?? Number(quarter[1]);
    return read({ kind: 'date', date: endOfMonth(Number(quarter[2]), q * 3), label });
  }
  // Day, month and year with the same separator: 30/11/2021, 30-11-2021, 30.11.2021.
  const full = /(?<!\d)(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)/.exec(t);
  if (full) return dayMonthYear(Number(full[4]), Number(full[3]), Number(full[1]), label);
  // Month and year: "tháng 9/2021", "tháng 9 năm 2021", "T9/2021", "9/2021", "09-2021".
  const month =
    /(?:^|\s)(?:tháng\s*|t)(\d{1,2})\s*(?:[/.-]|năm)\s*(\d{4})(?!\d)/.exec(t) ??
    /^(?:trước |trong |cuối )?(\d{1,2})[/.-](\d{4})$/.exec(t);
  if (month) return monthYear(Number(month[2]), Number(month[1]), label);
  const short = /(?<!\d)(\d{1,2})[/.-](\d{1,2})(?![\d/.-])/.exec(t);
  if (short && ctx.year !== undefined) {
    const r = dayMonthYear(ctx.year, Number(short[2]), Number(short[1]), label);
    return withPeriodWarning(r, ctx);
  }
  // "2026", "Năm 2026", "Trong năm 2026", "6 tháng cuối năm 2026": by the end of that year.
  const wholeYear = /^(?:(?:trong |cuối |6 tháng cuối )?năm )?(\d{4})$/.exec(t);
  if (wholeYear) return read({ kind: 'date', date: `${wholeYear[1]}-12-31`, label });
  const firstHalf = /^6 tháng đầu năm (\d{4})$/.exec(t);
  if (firstHalf) return read({ kind: 'date', date: `${firstHalf[1]}-06-30`, label });
  return { deadline: null, problem: null };
}

/** A year taken from the plan puts the date where the drafter may not have meant it. */
function withPeriodWarning(r: DeadlineReading, ctx: DeadlineTextContext): DeadlineReading {
  if (!r.deadline || r.deadline.kind !== 'date' || !ctx.period) return r;
  const { date } = r.deadline;
  if (date >= ctx.period.from && date <= ctx.period.to) return r;
  return {
    deadline: r.deadline,
    problem: {
      severity: 'warning',
      message: `Thời hạn không ghi năm, đã hiểu là ${formatDateVi(date)} (năm của kế hoạch), nằm ngoài thời gian thực hiện ${formatDateVi(ctx.period.from)}–${formatDateVi(ctx.period.to)}.`,
    },
  };
}

/**
 * The deadline the words name, or null for wording it does not know or a date that does
 * not exist; `readDeadline` says which.
 */
export function parseDeadlineText(text: string, year?: number): Deadline | null {
  return readDeadline(text, year === undefined ? {} : { year }).deadline;
}

/**
 * The same deadline `years` later, for a plan copied to another year: dates move (29/02
 * becomes 28/02 when the target year has none) and the years written in the label follow.
 * Recurring and relative deadlines do not depend on the year.
 */
export function shiftDeadline(deadline: Deadline, years: number): Deadline {
  if (years === 0) return deadline;
  const label = deadline.label?.replace(/\b(19|20)\d{2}\b/g, (y) => String(Number(y) + years));
  const withLabel = label === undefined ? {} : { label };
  if (deadline.kind !== 'date') return { ...deadline, ...withLabel };
  const [y, m, d] = deadline.date.split('-').map(Number) as [number, number, number];
  const day = Math.min(d, Number(endOfMonth(y + years, m).slice(8)));
  return { kind: 'date', date: isoDate(y + years, m, day), ...withLabel };
}

/** A label that says only what the deadline prints anyway is dropped (imports, copies). */
export function withoutRedundantLabel(deadline: Deadline): Deadline {
  if (deadline.label === undefined) return deadline;
  const { label, ...bare } = deadline;
  return formatDeadline(bare) === label ? bare : deadline;
}

/** An ISO date `years` later, clamped to the month's last day (29/02 → 28/02). */
export function shiftIsoDate(iso: string, years: number): string {
  return (shiftDeadline({ kind: 'date', date: iso }, years) as { date: string }).date;
}
