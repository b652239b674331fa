import { index, jsonb, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { stampedAt } from '../db/columns.ts';

/**
 * Outbox of things that happened (an index year published…), written in the same
 * transaction as the change: other server processes and later jobs read it by id order.
 */
export const domainEvent = pgTable(
  'domain_event',
  {
    id: serial('id').primaryKey(),
    type: text('type').notNull(),
    payload: jsonb('payload').notNull(),
    occurredAt: stampedAt('occurred_at'),
  },
  (t) => [index('domain_event_type').on(t.type, t.id)],
);
