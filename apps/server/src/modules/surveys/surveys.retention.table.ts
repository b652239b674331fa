import { date, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { stampedAt } from '../../db/columns.ts';
import { appUser } from '../users/users.table.ts';
import { surveyRun } from './surveys.table.ts';

/**
 * How long a run keeps its raw answers (Decree 13/2023: personal data no longer than
 * needed). After `keep_until` a coordinator may delete the answers; the scores computed
 * from them are kept in `scores` (the same shape the scores route answers), so the run's
 * results, comparisons and reports stay readable, and the response rows stay (stratum,
 * channel, time — no answers) so the sample sizes still add up.
 */
export const surveyRetention = pgTable('survey_retention', {
  runId: integer('run_id')
    .primaryKey()
    .references(() => surveyRun.id),
  keepUntil: date('keep_until'),
  /** When the raw answers were deleted; null while they are kept. */
  deletedAt: timestamp('deleted_at', { withTimezone: true }),
  deletedBy: integer('deleted_by').references(() => appUser.id),
  /** The run's scores at deletion (the scores route's response), served from then on. */
  scores: jsonb('scores'),
  /** Why a retention date was set, as the coordinator wrote it (optional). */
  note: text('note').notNull().default(''),
  updatedAt: stampedAt('updated_at'),
  version: integer('version').notNull().default(1),
});
