import { sql } from 'drizzle-orm';
import {
  date,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { CriteriaSet, ProposedLists, RankedSubject } from '@papi/domain';
import { adminUnit } from '../units/units.table.ts';
import { appUser } from '../users/users.table.ts';
import { stampedAt } from '../../db/columns.ts';

/**
 * A unit's emulation criteria for a year (domain/emulation/criteria.ts) and the year's
 * council: the named users who mark the manual criteria. One row per unit and year; a unit
 * without a row uses the default set.
 */
export const emulationCriteriaSet = pgTable(
  'emulation_criteria_set',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => adminUnit.id),
    year: integer('year').notNull(),
    document: jsonb('document').notNull().$type<CriteriaSet>(),
    councilUserIds: integer('council_user_ids')
      .array()
      .notNull()
      .default(sql`'{}'::int[]`),
    updatedBy: integer('updated_by')
      .notNull()
      .references(() => appUser.id),
    updatedAt: stampedAt('updated_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('emulation_criteria_set_year').on(t.unitId, t.year)],
);

/** A council member's mark for one subject and one manual criterion (or bonus/penalty). */
export const emulationManualEntry = pgTable(
  'emulation_manual_entry',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => adminUnit.id),
    year: integer('year').notNull(),
    subjectKind: text('subject_kind').notNull().$type<'agency' | 'commune'>(),
    subjectId: integer('subject_id').notNull(),
    code: text('code').notNull(),
    points: doublePrecision('points').notNull(),
    comment: text('comment').notNull().default(''),
    enteredBy: integer('entered_by')
      .notNull()
      .references(() => appUser.id),
    enteredAt: stampedAt('entered_at'),
  },
  (t) => [
    uniqueIndex('emulation_manual_entry_key').on(
      t.unitId,
      t.year,
      t.subjectKind,
      t.subjectId,
      t.code,
    ),
  ],
);

export interface EmulationResults {
  criteria: CriteriaSet;
  asOf: string;
  inUseSince: string;
  /** Ranked within their kind (agencies, communes); `path` lets a commune's users find theirs. */
  subjects: (RankedSubject & { path: string })[];
}

/**
 * One computation of a unit's year. A draft is replaced by the next recompute; an approved
 * run is frozen (its results and lists never change) and a recompute makes version n + 1.
 * The lists start as the proposal and are edited until approval.
 */
export const emulationRun = pgTable(
  'emulation_run',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => adminUnit.id),
    unitPath: text('unit_path').notNull(),
    year: integer('year').notNull(),
    versionNo: integer('version_no').notNull(),
    status: text('status').notNull().$type<'draft' | 'approved'>().default('draft'),
    asOf: date('as_of').notNull(),
    inputsHash: text('inputs_hash').notNull(),
    results: jsonb('results').notNull().$type<EmulationResults>(),
    lists: jsonb('lists').notNull().$type<ProposedLists>(),
    listsEditedBy: integer('lists_edited_by').references(() => appUser.id),
    computedBy: integer('computed_by')
      .notNull()
      .references(() => appUser.id),
    computedAt: stampedAt('computed_at'),
    approvedBy: integer('approved_by').references(() => appUser.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('emulation_run_version').on(t.unitId, t.year, t.versionNo)],
);
