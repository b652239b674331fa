import { boolean, index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { adminUnit } from '../units/units.table.ts';
import { agency } from '../agencies/agencies.table.ts';
import { stampedAt } from '../../db/columns.ts';

export const appUser = pgTable(
  'app_user',
  {
    id: serial('id').primaryKey(),
    username: text('username').notNull().unique(),
    fullName: text('full_name').notNull(),
    email: text('email').notNull().default(''),
    passwordHash: text('password_hash').notNull(),
    role: text('role').notNull(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => adminUnit.id),
    agencyId: integer('agency_id').references(() => agency.id),
    active: boolean('active').notNull().default(true),
    mustChangePassword: boolean('must_change_password').notNull().default(true),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    search: text('search').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: stampedAt('created_at'),
    updatedAt: stampedAt('updated_at'),
  },
  (t) => [index('app_user_unit').on(t.unitId)],
);
