import { sql } from 'drizzle-orm';
import {
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  unique,
  boolean,
} from 'drizzle-orm/pg-core';
import type { PerformanceGroup, TargetKind } from '@papi/domain';
import { adminUnit } from '../units/units.table.ts';
import { stampedAt } from '../../db/columns.ts';

/** A framework document (see ZIndexFramework): data, so new indices need no code. */
export const indexFramework = pgTable('index_framework', {
  code: text('code').primaryKey(),
  definition: jsonb('definition').notNull(),
  updatedAt: stampedAt('updated_at'),
});

/** One official publication: an index's results for one year. */
export const indexRelease = pgTable(
  'index_release',
  {
    id: serial('id').primaryKey(),
    frameworkCode: text('framework_code')
      .notNull()
      .references(() => indexFramework.code),
    year: integer('year').notNull(),
    source: text('source').notNull().default(''),
    publishedOn: date('published_on'),
    importedAt: stampedAt('imported_at'),
    importedBy: integer('imported_by'),
  },
  (t) => [unique('index_release_year').on(t.frameworkCode, t.year)],
);

/**
 * A province's result in a release. `scores` maps element codes (D1, D1.1…) to scores;
 * `assessed` false keeps partial scores that never enter totals, ranks or groups.
 */
export const indexResult = pgTable(
  'index_result',
  {
    releaseId: integer('release_id')
      .notNull()
      .references(() => indexRelease.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => adminUnit.id),
    assessed: boolean('assessed').notNull(),
    scores: jsonb('scores').notNull().$type<Record<string, number>>(),
    total: doublePrecision('total'),
  },
  (t) => [
    primaryKey({ columns: [t.releaseId, t.unitId] }),
    index('index_result_unit').on(t.unitId),
  ],
);

/**
 * A unit's target for one year of an index (see TARGET_KINDS in @papi/domain): a number
 * (rank, score, places to gain) or a group, and a dimension for dimension targets. At most
 * one per (index, unit, year, kind, dimension); evaluated against results when they exist.
 */
export const indexTarget = pgTable(
  'index_target',
  {
    id: serial('id').primaryKey(),
    frameworkCode: text('framework_code')
      .notNull()
      .references(() => indexFramework.code),
    unitId: integer('unit_id')
      .notNull()
      .references(() => adminUnit.id),
    year: integer('year').notNull(),
    kind: text('kind').notNull().$type<TargetKind>(),
    elementCode: text('element_code'),
    value: doublePrecision('value'),
    groupCode: text('group_code').$type<PerformanceGroup>(),
    note: text('note').notNull().default(''),
    createdBy: integer('created_by'),
    version: integer('version').notNull().default(1),
    createdAt: stampedAt('created_at'),
    updatedAt: stampedAt('updated_at'),
  },
  (t) => [
    unique('index_target_item')
      .on(t.frameworkCode, t.unitId, t.year, t.kind, t.elementCode)
      .nullsNotDistinct(),
    index('index_target_unit_year').on(t.unitId, t.year),
    check(
      'index_target_kind',
      sql`${t.kind} in ('total_rank', 'group', 'total_score', 'dimension_score', 'rank_improvement')`,
    ),
    check(
      'index_target_shape',
      sql`(${t.kind} = 'group') = (${t.groupCode} is not null and ${t.value} is null)
          and (${t.kind} = 'dimension_score') = (${t.elementCode} is not null)`,
    ),
  ],
);
