import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { RegimeDefinition, ReporterLevel, ReportStatus } from '@papi/domain';
import type { TReportContent, TTaskSnapshot } from '@papi/contracts';
import { adminUnit } from '../units/units.table.ts';
import { plan } from '../plans/plans.table.ts';
import { stampedAt } from '../../db/columns.ts';

/** Numeric indicators a plan asks its executors to report ("Số cuộc đối thoại …"). */
export const planIndicator = pgTable(
  'plan_indicator',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plan.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    unit: text('unit').notNull().default(''),
  },
  (t) => [uniqueIndex('plan_indicator_code').on(t.planId, t.code)],
);

/** A reporting regime set by a unit for its subtree; the definition is the domain's data. */
export const reportingRegime = pgTable(
  'reporting_regime',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => adminUnit.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    definition: jsonb('definition').notNull().$type<RegimeDefinition>(),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: stampedAt('created_at'),
    updatedAt: stampedAt('updated_at'),
  },
  (t) => [uniqueIndex('reporting_regime_code').on(t.unitId, t.code)],
);

/** A period of a regime, stored once a report refers to it (the dates as they were then). */
export const reportPeriod = pgTable(
  'report_period',
  {
    id: serial('id').primaryKey(),
    regimeId: integer('regime_id')
      .notNull()
      .references(() => reportingRegime.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    label: text('label').notNull(),
    year: integer('year').notNull(),
    windowFrom: date('window_from').notNull(),
    windowTo: date('window_to').notNull(),
    due: jsonb('due').notNull().$type<Partial<Record<ReporterLevel, string>>>(),
  },
  (t) => [uniqueIndex('report_period_key').on(t.regimeId, t.key)],
);

/**
 * A unit's (or an agency's) report for a period. The unit stays the one that reported (a
 * pre-2025 district keeps its reports after it was dissolved). `version_no` is the current
 * version; `version` the optimistic-concurrency counter.
 */
export const report = pgTable(
  'report',
  {
    id: serial('id').primaryKey(),
    periodId: integer('period_id')
      .notNull()
      .references(() => reportPeriod.id),
    regimeId: integer('regime_id')
      .notNull()
      .references(() => reportingRegime.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => adminUnit.id),
    unitPath: text('unit_path').notNull(),
    agencyId: integer('agency_id'),
    level: text('level').notNull().$type<ReporterLevel>(),
    receiverUnitId: integer('receiver_unit_id').notNull(),
    receiverPath: text('receiver_path').notNull(),
    dueOn: date('due_on').notNull(),
    status: text('status').notNull().$type<ReportStatus>().default('draft'),
    versionNo: integer('version_no').notNull().default(1),
    firstSubmittedAt: timestamp('first_submitted_at', { withTimezone: true }),
    createdBy: integer('created_by'),
    version: integer('version').notNull().default(1),
    createdAt: stampedAt('created_at'),
    updatedAt: stampedAt('updated_at'),
  },
  (t) => [
    uniqueIndex('report_reporter').on(t.periodId, t.unitId, sql`coalesce(${t.agencyId}, 0)`),
    index('report_path').using('btree', sql`${t.unitPath} text_pattern_ops`),
    index('report_receiver').on(t.receiverUnitId, t.status),
  ],
);

/** Every version of a report, never rewritten once submitted. */
export const reportVersion = pgTable(
  'report_version',
  {
    id: serial('id').primaryKey(),
    reportId: integer('report_id')
      .notNull()
      .references(() => report.id, { onDelete: 'cascade' }),
    versionNo: integer('version_no').notNull(),
    status: text('status').notNull().$type<ReportStatus>().default('draft'),
    content: jsonb('content').notNull().$type<TReportContent>(),
    snapshot: jsonb('snapshot').$type<TTaskSnapshot>(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: integer('submitted_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedBy: integer('reviewed_by'),
    reviewComment: text('review_comment'),
    createdAt: stampedAt('created_at'),
  },
  (t) => [uniqueIndex('report_version_no').on(t.reportId, t.versionNo)],
);
