import {
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  unique,
  boolean,
} from 'drizzle-orm/pg-core';
import { adminUnit } from '../units/units.table.ts';

/** A framework document (see ZIndexFramework): data, so new indices need no code. */
export const indexFramework = pgTable('index_framework', {
  code: text('code').primaryKey(),
  definition: jsonb('definition').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
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
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
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
