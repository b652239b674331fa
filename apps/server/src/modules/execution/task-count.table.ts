import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, unique } from 'drizzle-orm/pg-core';

/**
 * Task counts per (responsible unit, plan, lead agency, dimension, status bucket, due date),
 * kept current by triggers on task_state in the same transaction as every write to it
 * (migration 20261207185235_task_count_triggers): the monitoring counts of a whole
 * province read a few hundred rows instead of every task. Each task counts once with
 * dimension '' (totals, per agency) and once per distinct top-level dimension code.
 *
 * Status depends on today, so it is not stored: open tasks keep their due date and the
 * reader derives overdue (due_on < today, on or after the in-use date) from it; `bucket` is
 * 'cancelled', 'done', 'done_late', 'started' (open, percent > 0) or 'not_started'.
 */
export const taskCount = pgTable(
  'task_count',
  {
    unitPath: text('unit_path').notNull(),
    // No foreign key: the rows follow task_state's (a plan's deletion cascades there first).
    planId: integer('plan_id').notNull(),
    /** The first lead agency (as the monitoring page groups), 0 when none. */
    agencyId: integer('agency_id').notNull(),
    dimension: text('dimension').notNull(),
    bucket: text('bucket').notNull(),
    /** Open buckets only; null for closed ones and for open tasks without a due date. */
    dueOn: date('due_on'),
    n: integer('n').notNull(),
  },
  (t) => [
    unique('task_count_key')
      .on(t.unitPath, t.planId, t.agencyId, t.dimension, t.bucket, t.dueOn)
      .nullsNotDistinct(),
    index('task_count_path').using('btree', sql`${t.unitPath} text_pattern_ops`),
    index('task_count_plan').on(t.planId),
    // The triggers drop rows whose count fell to zero; this keeps finding them cheap.
    index('task_count_zero')
      .on(t.planId)
      .where(sql`${t.n} = 0`),
  ],
);
