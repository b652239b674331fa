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

/** Past due on `today` (ISO). Recurring and pending deadlines are never overdue. */
export function isOverdue(deadline: Deadline, today: string, events: EventDates = {}): boolean {
  const r = resolveDeadline(deadline, events);
  return r.kind === 'date' && r.date < today;
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

/**
 * Reads a deadline as plans write it. `year` completes dates written without one
 * ("trước ngày 05/6"). Returns null for wording it does not know; the label always keeps
 * the original text.
 */
export function parseDeadlineText(text: string, year?: number): Deadline | null {
  const label = text.trim().replace(/\s+/g, ' ');
  const t = label.toLowerCase();
  if (/^thường xuyên|liên tục/.test(t)) return { kind: 'recurring', every: 'continuous', label };
  if (/^(hằng|hàng) tháng/.test(t)) return { kind: 'recurring', every: 'monthly', label };
  if (/^(hằng|hàng) quý/.test(t)) return { kind: 'recurring', every: 'quarterly', label };
  if (/^(hằng|hàng) năm/.test(t)) return { kind: 'recurring', every: 'yearly', label };
  if (/0?6 tháng\s*\/\s*lần|định kỳ 0?6 tháng/.test(t))
    return { kind: 'recurring', every: 'half_year', label };

  const rel = /(?:sau\s+)?(\d+)\s+ngày\s+(?:sau khi|kể từ(?: ngày)?)\s+(.*)$/.exec(t);
  if (rel) {
    const days = Number(rel[1]);
    const what = rel[2] ?? '';
    if (/công bố kết quả/.test(what))
      return { kind: 'relative', days, after: 'results_published', label };
    if (/ban hành/.test(what)) return { kind: 'relative', days, after: 'issuance', label };
    return null;
  }

  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]), label);
  const quarter = /quý\s+(i{1,3}|iv|[1-4])\s*(?:\/|năm)\s*(\d{4})/.exec(t);
  if (quarter) {
    const q = ROMAN[(quarter[1] ?? '').toUpperCase()] ?? Number(quarter[1]);
    return { kind: 'date', date: endOfMonth(Number(quarter[2]), q * 3), label };
  }
  const full = /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(t);
  if (full) return checked(Number(full[3]), Number(full[2]), Number(full[1]), label);
  const month = /^tháng\s+(\d{1,2})\s*(?:\/|năm)\s*(\d{4})/.exec(t);
  if (month) return { kind: 'date', date: endOfMonth(Number(month[2]), Number(month[1])), label };
  const short = /(\d{1,2})\/(\d{1,2})(?!\/)/.exec(t);
  if (short && year !== undefined) return checked(year, Number(short[2]), Number(short[1]), label);
  // "2026", "Năm 2026", "Trong năm 2026", "6 tháng cuối năm 2026": by the end of that year.
  const wholeYear = /^(?:(?:trong |cuối |6 tháng cuối )?năm )?(\d{4})$/.exec(t);
  if (wholeYear) return { kind: 'date', date: `${wholeYear[1]}-12-31`, label };
  const firstHalf = /^6 tháng đầu năm (\d{4})$/.exec(t);
  if (firstHalf) return { kind: 'date', date: `${firstHalf[1]}-06-30`, label };
  return null;
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

function checked(year: number, month: number, day: number, label: string): Deadline | null {
  const date = isoDate(year, month, day);
  return isIsoDate(date) ? { kind: 'date', date, label } : null;
}
