/**
 * Delay before retrying a failed job: exponential from `baseMs`, capped, with up to 20 %
 * jitter (`random` in [0, 1)) so jobs that failed together do not retry together.
 */
export function retryDelayMs(attempt: number, random: number, baseMs = 5_000, capMs = 3_600_000) {
  const exp = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp * (1 + 0.2 * random));
}
