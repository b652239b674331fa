import { boolean, index, integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { adminUnit } from '../units/units.table.ts';
import { stampedAt } from '../../db/columns.ts';

export const agency = pgTable(
  'agency',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => adminUnit.id),
    name: text('name').notNull(),
    shortName: text('short_name').notNull().default(''),
    kind: text('kind').notNull(),
    active: boolean('active').notNull().default(true),
    search: text('search').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: stampedAt('created_at'),
    updatedAt: stampedAt('updated_at'),
  },
  (t) => [index('agency_unit').on(t.unitId)],
);
