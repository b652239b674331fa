import { jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { stampedAt } from '../../db/columns.ts';

export const setting = pgTable('setting', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: stampedAt('updated_at'),
});
