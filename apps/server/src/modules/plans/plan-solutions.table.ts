import { index, integer, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { adminUnit } from '../units/units.table.ts';
import { stampedAt } from '../../db/columns.ts';

/**
 * The solution library: standard solutions per (sub-)dimension. `unit_id` null marks the
 * shipped catalogue (read-only, seeded by `seed_key` idempotently); others belong to the
 * unit that wrote them. `search` is the folded title, content and dimension.
 */
export const planSolution = pgTable(
  'plan_solution',
  {
    id: serial('id').primaryKey(),
    frameworkCode: text('framework_code').notNull(),
    dimensionCode: text('dimension_code').notNull(),
    title: text('title').notNull(),
    content: text('content').notNull(),
    expectedResult: text('expected_result'),
    suggestedLead: text('suggested_lead'),
    source: text('source'),
    seedKey: text('seed_key'),
    unitId: integer('unit_id').references(() => adminUnit.id),
    createdBy: integer('created_by'),
    search: text('search').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: stampedAt('created_at'),
    updatedAt: stampedAt('updated_at'),
  },
  (t) => [
    uniqueIndex('plan_solution_seed').on(t.seedKey),
    index('plan_solution_dimension').on(t.frameworkCode, t.dimensionCode),
    index('plan_solution_unit').on(t.unitId),
  ],
);
