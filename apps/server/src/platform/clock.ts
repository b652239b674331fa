import { vietnamDate } from '@papi/domain';

/**
 * The server's one clock. Every "now" and "today" a rule depends on (deadlines, overdue,
 * reminders, sessions, audit stamps, database defaults) comes from here, so a test or a
 * demo can set it and nothing else reads the wall clock.
 *
 * A set clock keeps ticking from the instant it was set to (elapsed real time is added),
 * so rows written one after another still order by time; a test that needs a frozen or a
 * jumped instant sets it again. Technical timers (cache lifetimes, measuring durations)
 * use performance.now() instead: they are about elapsed time, not the calendar.
 *
 * PAPI_NOW (an ISO instant, e.g. 2026-12-07T09:00:00+07:00) starts a server process on
 * that instant: browser tests and demos of a given day use it.
 */
let base: { at: number; setAt: number } | null = null;

const fromEnv = process.env.PAPI_NOW;
if (fromEnv) setClock(fromEnv);

/** Milliseconds since the epoch by this clock. */
export function nowMs(): number {
  return base ? base.at + (performance.now() - base.setAt) : Date.now();
}

/** The current instant by this clock. */
export function now(): Date {
  return new Date(nowMs());
}

/**
 * Today on the Vietnamese calendar (yyyy-mm-dd): a deadline "trước ngày 05/6" is judged on
 * the Vietnamese day, whatever zone the server runs in.
 */
export function todayVn(): string {
  return vietnamDate(now());
}

/** A stored timestamp's Vietnamese calendar day. */
export function dayVn(at: Date | string): string {
  return vietnamDate(new Date(at));
}

/** The year of today in Vietnam. */
export function yearVn(): number {
  return Number(todayVn().slice(0, 4));
}

/** Sets the clock to an instant (it ticks on from there). Tests and PAPI_NOW use it. */
export function setClock(at: Date | string | number): void {
  const ms = at instanceof Date ? at.getTime() : typeof at === 'number' ? at : Date.parse(at);
  if (!Number.isFinite(ms)) throw new Error(`Thời điểm không hợp lệ cho đồng hồ: "${String(at)}"`);
  base = { at: ms, setAt: performance.now() };
}

/** Moves the clock forward (or back, with a negative amount). */
export function advanceClock(ms: number): void {
  setClock(nowMs() + ms);
}

/** Back to the wall clock (only tests of the clock itself need this). */
export function resetClock(): void {
  base = fromEnv ? { at: Date.parse(fromEnv), setAt: performance.now() } : null;
}
