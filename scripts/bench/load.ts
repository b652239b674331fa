// Bounded load at a given concurrency, measured the same way for an HTTP route (driven from
// a worker thread) and for the raw SQL of the same question (driven here, on the app's pool).
import { Worker } from 'node:worker_threads';

export interface Limits {
  /** Stop after this many requests… */
  maxRequests: number;
  /** …or after this long, whichever comes first. */
  maxMs: number;
}

export interface LoadResult {
  completed: number;
  rps: number;
  p50: number;
  p99: number;
  /** Responses other than 200 (HTTP) or thrown queries (SQL). */
  failures: number;
}

export function summarise(samples: number[], elapsedMs: number, failures: number): LoadResult {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return {
    completed: samples.length,
    rps: (samples.length * 1000) / elapsedMs,
    p50: at(0.5),
    p99: at(0.99),
    failures,
  };
}

interface WorkerReply {
  id: number;
  samples: number[];
  statuses: Record<string, number>;
  elapsedMs: number;
}

/** Keep-alive HTTP clients in a worker thread, talking to 127.0.0.1:port. */
export class HttpLoad {
  private readonly worker = new Worker(new URL('./load-worker.mjs', import.meta.url));
  private next = 1;
  private failed: Error | null = null;
  constructor(private readonly port: number) {
    this.worker.on('error', (err) => (this.failed = err));
  }

  /** Request i asks paths[i % paths.length] (a different task each time for (d)). */
  run(
    paths: string | readonly string[],
    cookie: string,
    concurrency: number,
    limits: Limits,
    /** Extra request headers (Accept-Encoding for a page as browsers ask it). */
    headers: Record<string, string> = {},
  ): Promise<LoadResult> {
    const list = typeof paths === 'string' ? [paths] : [...paths];
    const id = this.next++;
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve) => {
      const onMessage = (m: WorkerReply) => {
        if (m.id !== id) return;
        this.worker.off('message', onMessage);
        const failures = Object.entries(m.statuses)
          .filter(([status]) => status !== '200')
          .reduce((n, [, count]) => n + count, 0);
        if (failures) console.error(`  ${list[0]}: statuses ${JSON.stringify(m.statuses)}`);
        resolve(summarise(m.samples, m.elapsedMs, failures));
      };
      this.worker.on('message', onMessage);
      this.worker.postMessage({
        id,
        port: this.port,
        paths: list,
        cookie,
        concurrency,
        headers,
        ...limits,
      });
    });
  }

  close() {
    return this.worker.terminate();
  }
}

/**
 * The same loop for a local call (raw SQL): `concurrency` lanes sharing one budget; call i
 * gets its index (the same sequence of ids as the HTTP requests).
 */
export async function localLoad(
  call: (i: number) => Promise<unknown>,
  concurrency: number,
  limits: Limits,
): Promise<LoadResult> {
  const samples: number[] = [];
  let issued = 0;
  let failures = 0;
  const start = performance.now();
  const deadline = start + limits.maxMs;
  const lane = async () => {
    while (issued < limits.maxRequests && performance.now() < deadline) {
      const i = issued++;
      const t = performance.now();
      try {
        await call(i);
      } catch (err) {
        if (failures++ === 0) console.error(`  SQL failed: ${(err as Error).message}`);
      }
      samples.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return summarise(samples, performance.now() - start, failures);
}
