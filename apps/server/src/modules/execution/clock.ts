import { vietnamDate } from '@papi/domain';

/**
 * Today in Vietnam: a deadline "trước ngày 05/6" is judged on the Vietnamese calendar day,
 * whatever zone the server runs in. The pure rule lives in the domain (vietnamDate); this
 * only reads the clock.
 */
export function todayVn(now = Date.now()): string {
  return vietnamDate(new Date(now));
}

/** A stored timestamp's Vietnamese calendar day. */
export function dayVn(at: Date | string): string {
  return vietnamDate(new Date(at));
}
