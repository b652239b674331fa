import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { stampedAt } from '../../db/columns.ts';

/**
 * The database-backed job queue. Workers in any number of processes claim due rows with
 * FOR UPDATE SKIP LOCKED; `dedupe_key` (unique) makes scheduling idempotent, so a daily
 * scan enqueued by every process exists once. `locked_until` is a lease: a worker that
 * dies mid-job loses it and another picks the job up.
 */
export const job = pgTable(
  'job',
  {
    id: serial('id').primaryKey(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull().default({}),
    runAt: stampedAt('run_at'),
    dedupeKey: text('dedupe_key').unique(),
    /** pending → running → done, or back to pending with a later run_at, or failed. */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    lockedBy: text('locked_by'),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastError: text('last_error'),
    createdAt: stampedAt('created_at'),
    doneAt: timestamp('done_at', { withTimezone: true }),
  },
  (t) => [
    index('job_due')
      .on(t.runAt, t.id)
      .where(sql`${t.status} in ('pending', 'running')`),
  ],
);

/**
 * Which outbox events (domain_event) a consumer has handled: the processed flag of the
 * relay. Written in the transaction that acts on the event, so each is handled once.
 */
export const eventDelivery = pgTable(
  'event_delivery',
  {
    consumer: text('consumer').notNull(),
    eventId: integer('event_id').notNull(),
    deliveredAt: stampedAt('delivered_at'),
  },
  (t) => [primaryKey({ columns: [t.consumer, t.eventId] })],
);
