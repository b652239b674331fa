import { nowMs } from '../clock.ts';

/**
 * A fixed-window counter per key (an address) kept in this process: enough to stop one
 * sender hammering a public form. It forgets on restart, which only resets the windows;
 * stored data (bursts flagged in the database) does not depend on it.
 */
export class WindowLimiter {
  private readonly hits = new Map<string, { start: number; count: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Counts a hit; null when allowed, else the milliseconds until the window ends. */
  hit(key: string): number | null {
    const at = nowMs();
    if (this.hits.size > 10_000) this.sweep(at);
    const entry = this.hits.get(key);
    if (!entry || at - entry.start >= this.windowMs || at < entry.start) {
      this.hits.set(key, { start: at, count: 1 });
      return null;
    }
    entry.count += 1;
    return entry.count > this.limit ? entry.start + this.windowMs - at : null;
  }

  private sweep(at: number) {
    for (const [key, e] of this.hits) if (at - e.start >= this.windowMs) this.hits.delete(key);
  }
}
