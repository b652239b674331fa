import { describeError } from '../log.ts';
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Executor } from '../../db/client.ts';
import {
  claimJob,
  completeJob,
  enqueue,
  failJob,
  type ClaimedJob,
  type EnqueueInput,
} from './queue.ts';
import { now } from '../clock.ts';

export interface JobContext {
  /** The clock (tests move it). */
  now: Date;
  workerId: string;
}

export type JobHandler = (tx: Executor, job: ClaimedJob, ctx: JobContext) => Promise<void>;

/** A periodic job: the job it wants to exist at `now` (its dedupe key names the period). */
export type Schedule = (now: Date) => EnqueueInput & { dedupeKey: string };

export interface WorkerOptions {
  handlers: Record<string, JobHandler>;
  schedules?: Schedule[];
  /** Pause between polls when no job is due. */
  intervalMs?: number;
  /** How long a claimed job is this worker's before another may take it over. */
  leaseMs?: number;
  id?: string;
  now?: () => Date;
  log?: (line: string) => void;
}

class LeaseLost extends Error {}

export interface Worker {
  id: string;
  /** Runs due jobs until none is left; returns how many ran (tests, CLI). */
  drain: () => Promise<number>;
  /** Starts polling in the background. */
  start: () => void;
  /** Stops polling and waits for the job in hand to finish. */
  stop: () => Promise<void>;
}

export function createWorker(db: Executor, options: WorkerOptions): Worker {
  const id = options.id ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const kinds = Object.keys(options.handlers);
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const clock = options.now ?? now;
  const log = options.log ?? ((line: string) => console.log(line));
  // The last period each schedule was enqueued for by this process: one insert per period.
  const scheduled = new Map<Schedule, string>();

  async function enqueueSchedules(now: Date) {
    for (const schedule of options.schedules ?? []) {
      const wanted = schedule(now);
      if (scheduled.get(schedule) === wanted.dedupeKey) continue;
      // Due now by the worker's clock unless the schedule says when.
      await enqueue(db, { runAt: now, ...wanted });
      scheduled.set(schedule, wanted.dedupeKey);
    }
  }

  async function runOne(): Promise<boolean> {
    const now = clock();
    const claimed = await claimJob(db, id, kinds, leaseMs, now);
    if (!claimed) return false;
    const handler = options.handlers[claimed.kind]!;
    try {
      await db.transaction(async (tx) => {
        await handler(tx, claimed, { now, workerId: id });
        if (!(await completeJob(tx, claimed.id, id))) throw new LeaseLost();
      });
    } catch (err) {
      if (err instanceof LeaseLost) {
        log(
          `Công việc #${claimed.id} (${claimed.kind}) đã được tiến trình khác nhận lại; bỏ kết quả.`,
        );
        return true;
      }
      // Stored in job.last_error and logged: no SQL parameters (platform/log.ts).
      const message = describeError(err, { stack: false });
      const outcome = await failJob(db, claimed, id, message, clock());
      log(
        `Công việc #${claimed.id} (${claimed.kind}) lỗi lần ${claimed.attempts}: ${message}` +
          (outcome === 'failed' ? ' — dừng thử lại.' : ' — sẽ thử lại.'),
      );
    }
    return true;
  }

  let stopped = true;

  /** Runs due jobs until none is left; in the background loop also until stop() is called. */
  async function drain(untilStopped = false) {
    await enqueueSchedules(clock());
    let count = 0;
    while (!(untilStopped && stopped) && (await runOne())) count++;
    return count;
  }

  let loop: Promise<void> = Promise.resolve();
  let wake: (() => void) | null = null;
  const interval = options.intervalMs ?? 5_000;

  async function poll() {
    while (!stopped) {
      try {
        await drain(true);
      } catch (err) {
        // The database may be briefly unreachable: keep polling rather than die.
        log(`Hàng đợi công việc: ${describeError(err, { stack: false })}`);
      }
      if (stopped) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, interval);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
  }

  return {
    id,
    drain: () => drain(),
    start: () => {
      if (!stopped) return;
      stopped = false;
      loop = poll();
    },
    stop: async () => {
      stopped = true;
      wake?.();
      await loop;
    },
  };
}
