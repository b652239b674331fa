import { sql } from 'drizzle-orm';
import { retryDelayMs } from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import { job } from './jobs.table.ts';
import { now } from '../clock.ts';

export interface EnqueueInput {
  kind: string;
  payload?: Record<string, unknown>;
  runAt?: Date;
  /** At most one job ever carries a given key: enqueuing it again is a no-op. */
  dedupeKey?: string;
  maxAttempts?: number;
}

/** Adds a job (inside the caller's transaction, so it exists only if the work commits). */
export async function enqueue(db: Executor, input: EnqueueInput): Promise<number | null> {
  const rows = await db
    .insert(job)
    .values({
      kind: input.kind,
      payload: input.payload ?? {},
      runAt: input.runAt ?? now(),
      dedupeKey: input.dedupeKey ?? null,
      maxAttempts: input.maxAttempts ?? 5,
    })
    .onConflictDoNothing({ target: job.dedupeKey })
    .returning({ id: job.id });
  return rows[0]?.id ?? null;
}

export interface ClaimedJob {
  id: number;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
  dedupeKey: string | null;
}

interface ClaimRow extends Record<string, unknown> {
  id: number;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  max_attempts: number;
  dedupe_key: string | null;
}

/**
 * Takes the oldest due job of the given kinds, or one whose lease ran out (its worker
 * died), and leases it to `workerId`. SKIP LOCKED lets concurrent workers take different
 * rows instead of queueing on the same one.
 */
export async function claimJob(
  db: Executor,
  workerId: string,
  kinds: string[],
  leaseMs: number,
  now: Date,
): Promise<ClaimedJob | null> {
  const result = await db.execute<ClaimRow>(sql`
    update job set status = 'running', attempts = attempts + 1, locked_by = ${workerId},
           locked_until = ${now.toISOString()}::timestamptz + ${leaseMs} * interval '1 millisecond'
     where id = (
       select id from job
        where kind in (select jsonb_array_elements_text(${JSON.stringify(kinds)}::jsonb))
          and ((status = 'pending' and run_at <= ${now.toISOString()}::timestamptz)
            or (status = 'running' and locked_until < ${now.toISOString()}::timestamptz))
        order by run_at, id
        limit 1
        for update skip locked)
    returning id, kind, payload, attempts, max_attempts, dedupe_key`);
  const row = result.rows[0];
  if (!row) return null;
  return {
    id: row.id,
    kind: row.kind,
    payload: row.payload,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    dedupeKey: row.dedupe_key,
  };
}

/**
 * Marks a job done inside the transaction that did its work, only while this worker
 * still holds it: false means the lease was lost and the work must roll back.
 */
export async function completeJob(db: Executor, id: number, workerId: string): Promise<boolean> {
  const result = await db.execute(sql`
    update job set status = 'done', done_at = ${now().toISOString()}::timestamptz, locked_by = null, locked_until = null,
           last_error = null
     where id = ${id} and locked_by = ${workerId} and status = 'running'`);
  return result.rowCount === 1;
}

/** A failed attempt: retried later with backoff, or failed for good after maxAttempts. */
export async function failJob(
  db: Executor,
  claimed: ClaimedJob,
  workerId: string,
  error: string,
  now: Date,
): Promise<'retry' | 'failed'> {
  const final = claimed.attempts >= claimed.maxAttempts;
  const runAt = new Date(now.getTime() + retryDelayMs(claimed.attempts, Math.random()));
  await db.execute(sql`
    update job set status = ${final ? 'failed' : 'pending'}, run_at = ${runAt.toISOString()}::timestamptz,
           last_error = ${error.slice(0, 2000)}, locked_by = null, locked_until = null
     where id = ${claimed.id} and locked_by = ${workerId}`);
  return final ? 'failed' : 'retry';
}
