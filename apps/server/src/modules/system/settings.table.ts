import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { now } from '../../platform/clock.ts';

export const setting = pgTable('setting', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow().$defaultFn(now),
});
