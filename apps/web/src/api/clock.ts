import { vietnamDate } from '@papi/domain';
import { SERVER_NOW_HEADER } from '@papi/contracts/paths';

/**
 * The web app's one clock. "Today" (default dates, due-state colours, the year a list opens
 * on) follows the server's clock, which every API response states: a PC with a wrong clock,
 * or a browser test against a server set to a given day, then agrees with the server that
 * judges deadlines. Until the first response it is the browser's own clock.
 */
let offsetMs = 0;

/** Records the server's clock from a response (called by the API client). */
export function noteServerTime(response: Response): void {
  const stated = response.headers.get(SERVER_NOW_HEADER);
  const at = stated ? Date.parse(stated) : NaN;
  if (Number.isFinite(at)) offsetMs = at - Date.now();
}

/** The current instant by the server's clock. */
export function now(): Date {
  return new Date(Date.now() + offsetMs);
}

/** Today on the Vietnamese calendar (yyyy-mm-dd), as the server counts it. */
export function todayIso(): string {
  return vietnamDate(now());
}

/** This year in Vietnam. */
export function thisYear(): number {
  return Number(todayIso().slice(0, 4));
}
