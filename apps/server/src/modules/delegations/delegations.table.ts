import { boolean, date, index, integer, pgTable, serial, timestamp } from 'drizzle-orm/pg-core';
import { adminUnit } from '../units/units.table.ts';
import { appUser } from '../users/users.table.ts';
import { stampedAt } from '../../db/columns.ts';

/**
 * A unit coordinator's explicit grant to one officer of that unit: draft the unit's plans
 * and/or its own report, until `ends_on` (inclusive, on the Vietnamese calendar) or until
 * revoked. Rows are never deleted: a revoked or expired grant stays as history.
 */
export const unitDelegation = pgTable(
  'unit_delegation',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => adminUnit.id),
    userId: integer('user_id')
      .notNull()
      .references(() => appUser.id),
    plans: boolean('plans').notNull(),
    reports: boolean('reports').notNull(),
    endsOn: date('ends_on'),
    grantedBy: integer('granted_by')
      .notNull()
      .references(() => appUser.id),
    grantedAt: stampedAt('granted_at'),
    revokedBy: integer('revoked_by').references(() => appUser.id),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('unit_delegation_user').on(t.userId), index('unit_delegation_unit').on(t.unitId)],
);
