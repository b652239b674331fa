import { timestamp } from 'drizzle-orm/pg-core';
import { now } from '../platform/clock.ts';

/**
 * A "when" column (created_at, updated_at, at…) that a row gets on insert: Drizzle fills it
 * from the one clock (platform/clock.ts), so rows and the rules that read them agree on
 * "now"; the SQL default is kept for rows written by hand.
 */
export const stampedAt = (name: string) =>
  timestamp(name, { withTimezone: true }).notNull().defaultNow().$defaultFn(now);
