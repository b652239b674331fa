import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { adminUnit } from '../units/units.table.ts';
import { agency } from '../agencies/agencies.table.ts';
import { stampedAt } from '../../db/columns.ts';

/**
 * A multi-year programme (chương trình, e.g. 2021–2025) of a unit: the plans it groups (by
 * id) and its decision. Its goals are the unit's index targets (index_target) for the
 * programme's years, so nothing about goals is stored twice.
 */
export const programme = pgTable(
  'programme',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => adminUnit.id),
    frameworkCode: text('framework_code').notNull().default('PAPI'),
    title: text('title').notNull(),
    yearFrom: integer('year_from').notNull(),
    yearTo: integer('year_to').notNull(),
    decisionNumber: text('decision_number').notNull().default(''),
    decisionDate: date('decision_date'),
    planIds: integer('plan_ids')
      .array()
      .notNull()
      .default(sql`'{}'::int[]`),
    search: text('search').notNull(),
    createdBy: integer('created_by'),
    version: integer('version').notNull().default(1),
    createdAt: stampedAt('created_at'),
    updatedAt: stampedAt('updated_at'),
  },
  (t) => [index('programme_unit_years').on(t.unitId, t.yearFrom, t.yearTo)],
);

/**
 * Who answers for a sub-dimension (or indicator) during a programme: one lead agency and
 * cooperating agencies, as review plans assign them ("2.1 — Sở Tư pháp, phối hợp: …").
 */
export const programmeAssignment = pgTable(
  'programme_assignment',
  {
    id: serial('id').primaryKey(),
    programmeId: integer('programme_id')
      .notNull()
      .references(() => programme.id, { onDelete: 'cascade' }),
    elementCode: text('element_code').notNull(),
    leadAgencyId: integer('lead_agency_id')
      .notNull()
      .references(() => agency.id),
    cooperatingAgencyIds: integer('cooperating_agency_ids')
      .array()
      .notNull()
      .default(sql`'{}'::int[]`),
    note: text('note').notNull().default(''),
    position: integer('position').notNull(),
  },
  (t) => [
    uniqueIndex('programme_assignment_element').on(t.programmeId, t.elementCode),
    index('programme_assignment_lead').on(t.leadAgencyId),
  ],
);

/** The text a review report is written in (and the compiled report's gathered narrative). */
export interface ReviewSections {
  results: string;
  shortcomings: string;
  lessons: string;
  proposals: string;
}

/** One solution proposed for the next programme, as the compiled review lists them. */
export interface ProposedSolution {
  elementCode: string;
  content: string;
  leadAgencyId: number | null;
  /** The library solution (plan_solution.id) it came from, if any. */
  solutionId: number | null;
}

/**
 * The end-of-programme review (tổng kết) the coordinator opens: one per programme. Each
 * reporter owes a programme_review_report by `due_on`; `compiled` holds the coordinator's
 * edited narrative and the draft solutions for the next programme.
 */
export const programmeReview = pgTable('programme_review', {
  id: serial('id').primaryKey(),
  programmeId: integer('programme_id')
    .notNull()
    .unique()
    .references(() => programme.id, { onDelete: 'cascade' }),
  dueOn: date('due_on').notNull(),
  openedBy: integer('opened_by'),
  compiled: jsonb('compiled').$type<{
    sections: ReviewSections;
    solutions: ProposedSolution[];
  } | null>(),
  nextPlanId: integer('next_plan_id'),
  version: integer('version').notNull().default(1),
  createdAt: stampedAt('created_at'),
  updatedAt: stampedAt('updated_at'),
});

/** A submitted version kept when the report is returned (versions are never rewritten). */
export interface ReviewReportVersion {
  versionNo: number;
  sections: ReviewSections;
  submittedAt: string | null;
  returnReason: string | null;
}

/**
 * A reporter's review report: an assigned agency of the programme's unit (agency_id set,
 * its sub-dimensions in `element_codes`) or a subordinate unit (agency_id null, every
 * sub-dimension). The row is the obligation itself (due date from the review); it moves
 * through the periodic reports' workflow (reportTransition).
 */
export const programmeReviewReport = pgTable(
  'programme_review_report',
  {
    id: serial('id').primaryKey(),
    reviewId: integer('review_id')
      .notNull()
      .references(() => programmeReview.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => adminUnit.id),
    agencyId: integer('agency_id').references(() => agency.id),
    elementCodes: text('element_codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    status: text('status').notNull().default('draft'),
    versionNo: integer('version_no').notNull().default(1),
    sections: jsonb('sections').notNull().$type<ReviewSections>(),
    history: jsonb('history').notNull().$type<ReviewReportVersion[]>().default([]),
    returnReason: text('return_reason'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: integer('submitted_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: integer('decided_by'),
    version: integer('version').notNull().default(1),
    createdAt: stampedAt('created_at'),
    updatedAt: stampedAt('updated_at'),
  },
  (t) => [
    unique('programme_review_report_reporter')
      .on(t.reviewId, t.unitId, t.agencyId)
      .nullsNotDistinct(),
    index('programme_review_report_unit').on(t.unitId),
  ],
);
