import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { adminUnit } from '../units/units.table.ts';
import { agency } from '../agencies/agencies.table.ts';
import { plan } from './plans.table.ts';
import { stampedAt } from '../../db/columns.ts';

/**
 * One obliged unit (or one obliged sở/ban/ngành of a unit: `agency_id`, its unit in
 * `unit_id`) of one obligation of an issued plan, materialised at issuance so the
 * inbox, the board and reminders are plain queries. `due` is resolved then (null when the
 * deadline is not a date); `child_plan_id` is set when the unit starts its plan.
 */
export const planObligation = pgTable(
  'plan_obligation',
  {
    id: serial('id').primaryKey(),
    parentPlanId: integer('parent_plan_id')
      .notNull()
      .references(() => plan.id, { onDelete: 'cascade' }),
    obligationId: text('obligation_id').notNull(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => adminUnit.id),
    /** Set when a department of the unit is obliged rather than the unit itself. */
    agencyId: integer('agency_id').references(() => agency.id),
    due: date('due'),
    childPlanId: integer('child_plan_id').references(() => plan.id, { onDelete: 'set null' }),
    lastRemindedAt: timestamp('last_reminded_at', { withTimezone: true }),
    createdAt: stampedAt('created_at'),
  },
  (t) => [
    // One row per obliged unit or agency: a unit's own row has no agency (0 here).
    uniqueIndex('plan_obligation_unit').on(
      t.parentPlanId,
      t.obligationId,
      t.unitId,
      sql`coalesce(${t.agencyId}, 0)`,
    ),
    index('plan_obligation_unit_id').on(t.unitId),
    index('plan_obligation_child').on(t.childPlanId),
  ],
);
