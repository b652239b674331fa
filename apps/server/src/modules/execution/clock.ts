/**
 * Today in Vietnam (UTC+7, no daylight saving): a deadline "trước ngày 05/6" is judged on
 * the Vietnamese calendar day, whatever zone the server runs in.
 */
export const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

export function todayVn(now = Date.now()): string {
  return new Date(now + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** A stored timestamp's Vietnamese calendar day. */
export function dayVn(at: Date | string): string {
  return todayVn(new Date(at).getTime());
}
