import { bigserial, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { stampedAt } from '../../db/columns.ts';

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: stampedAt('at'),
    userId: integer('user_id'),
    username: text('username'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    /** Path of the unit the changed record belongs to: scopes who may read the entry. */
    unitPath: text('unit_path').notNull(),
    summary: text('summary').notNull(),
    search: text('search').notNull().default(''),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [
    index('audit_log_at').on(t.at),
    index('audit_log_unit_path').using('btree', sql`${t.unitPath} text_pattern_ops`),
  ],
);
