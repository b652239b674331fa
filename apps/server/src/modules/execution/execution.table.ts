import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  serial,
  text,
  timestamp,
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { plan, planTask } from '../plans/plans.table.ts';
import { adminUnit } from '../units/units.table.ts';
import { stampedAt } from '../../db/columns.ts';

/**
 * The current state of one task of an issued plan: one row per task so the inbox, the
 * boards and the counts never read the history. Status is not stored: it depends on
 * today and is derived from due_on, completed_on, cancelled_on and percent (the SQL twin
 * of deriveTaskStatus). `unit_path` is the responsible unit's (lead agency's unit, else
 * the plan's) for subtree filters; agency ids are denormalised from the task's refs.
 */
export const taskState = pgTable(
  'task_state',
  {
    taskId: integer('task_id')
      .primaryKey()
      .references(() => planTask.id, { onDelete: 'cascade' }),
    planId: integer('plan_id')
      .notNull()
      .references(() => plan.id, { onDelete: 'cascade' }),
    planUnitPath: text('plan_unit_path').notNull(),
    unitId: integer('unit_id').notNull(),
    unitPath: text('unit_path').notNull(),
    leadAgencyIds: integer('lead_agency_ids')
      .array()
      .notNull()
      .default(sql`'{}'::int[]`),
    coopAgencyIds: integer('coop_agency_ids')
      .array()
      .notNull()
      .default(sql`'{}'::int[]`),
    /**
     * The task's distinct top-level dimension codes, copied from plan_task by a trigger
     * (task_count needs them when a row is deleted, after its plan_task may be gone).
     */
    dimensions: text('dimensions')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Folded task number, content and plan title (accent-insensitive search). */
    search: text('search').notNull().default(''),
    dueOn: date('due_on'),
    pendingEvent: text('pending_event'),
    /** Neither completed nor cancelled: what the open-task indexes cover. */
    open: boolean('open').notNull().default(true),
    percent: integer('percent').notNull().default(0),
    completedOn: date('completed_on'),
    cancelledOn: date('cancelled_on'),
    cancelReason: text('cancel_reason'),
    /** Ids of this task in earlier versions of the plan (amendments): their history is its history. */
    historyTaskIds: integer('history_task_ids')
      .array()
      .notNull()
      .default(sql`'{}'::int[]`),
    lastProgressId: integer('last_progress_id'),
    lastUpdateAt: timestamp('last_update_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('task_state_open_path_due')
      .using('btree', sql`${t.unitPath} text_pattern_ops`, t.dueOn)
      .where(sql`${t.open}`),
    index('task_state_path').using('btree', sql`${t.unitPath} text_pattern_ops`),
    index('task_state_plan').on(t.planId),
    index('task_state_lead').using('gin', t.leadAgencyIds),
    index('task_state_coop').using('gin', t.coopAgencyIds),
  ],
);

/** Append-only history of a task: the lead's updates, cancellation, partners' contributions. */
export const taskProgress = pgTable(
  'task_progress',
  {
    id: serial('id').primaryKey(),
    taskId: integer('task_id')
      .notNull()
      .references(() => planTask.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull().$type<'update' | 'contribution' | 'cancel'>(),
    agencyId: integer('agency_id'),
    userId: integer('user_id').notNull(),
    reportedOn: date('reported_on').notNull(),
    status: text('status').notNull(),
    percent: integer('percent'),
    note: text('note').notNull(),
    completedOn: date('completed_on'),
    cancelReason: text('cancel_reason'),
    createdAt: stampedAt('created_at'),
  },
  (t) => [index('task_progress_task').on(t.taskId, t.reportedOn)],
);

/** Evidence files: metadata here, bytes in the file store (local disk or S3) under storage_key. */
export const evidenceFile = pgTable(
  'evidence_file',
  {
    id: serial('id').primaryKey(),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    mime: text('mime').notNull(),
    originalName: text('original_name').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: integer('uploaded_by').notNull(),
    unitPath: text('unit_path').notNull(),
    taskId: integer('task_id').references(() => planTask.id, { onDelete: 'set null' }),
    progressId: integer('progress_id'),
    reportId: integer('report_id'),
    createdAt: stampedAt('created_at'),
  },
  (t) => [
    uniqueIndex('evidence_storage_key').on(t.storageKey),
    index('evidence_task').on(t.taskId),
    index('evidence_progress').on(t.progressId),
    index('evidence_report').on(t.reportId),
  ],
);

/**
 * Days off and make-up working Saturdays (data per year; see data/holidays/SOURCE.md).
 * `unit_id` null: the installation's calendar, applying everywhere; a province's id: that
 * province's own days, applying only inside it (they win over a national day on the same date).
 */
export const holiday = pgTable(
  'holiday',
  {
    id: serial('id').primaryKey(),
    date: date('date').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull().$type<'off' | 'working'>(),
    unitId: integer('unit_id').references(() => adminUnit.id),
  },
  (t) => [unique('holiday_date_unit').on(t.date, t.unitId).nullsNotDistinct()],
);
