import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { AgencyRef, Deadline, PlanStatus } from '@papi/domain';
import type { TPlanBody } from '@papi/contracts';
import { adminUnit } from '../units/units.table.ts';
import { agency } from '../agencies/agencies.table.ts';
import { stampedAt } from '../../db/columns.ts';

export interface PlanRuleWaiver {
  rule: string;
  reason: string;
  /** Who waived it (app_user.id) and their name then, as the plan page shows it. */
  by: number;
  byName: string;
  at: string;
}

/**
 * A plan (Kế hoạch) of an issuing unit. `body` keeps the document's parts other than the
 * tasks (bases, purpose, sections, organisation, recipients, signer…); tasks are rows of
 * plan_task. `version_no` is the document's version (amendments), `version` the row's
 * optimistic-concurrency counter. The number is given at issuance, unique per unit, year
 * of signing and symbol.
 */
export const plan = pgTable(
  'plan',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => adminUnit.id),
    planType: text('plan_type').notNull(),
    status: text('status').notNull().$type<PlanStatus>().default('draft'),
    versionNo: integer('version_no').notNull().default(1),
    amendsPlanId: integer('amends_plan_id'),
    parentPlanId: integer('parent_plan_id'),
    /**
     * A sở/ban/ngành of the unit issuing the plan in its own name (a department obliged by
     * the province plan); null: the unit's People's Committee issues it.
     */
    agencyId: integer('agency_id').references(() => agency.id),
    number: integer('number'),
    symbol: text('symbol').notNull().default('KH-UBND'),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to').notNull(),
    issuedOn: date('issued_on'),
    body: jsonb('body').notNull().$type<TPlanBody>(),
    search: text('search').notNull(),
    createdBy: integer('created_by'),
    /** Why the leader last returned the draft; cleared when it is submitted again. */
    returnReason: text('return_reason'),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    returnedBy: integer('returned_by'),
    /** Rules of the plan type this plan is excused from, each with its reason (audited). */
    ruleWaivers: jsonb('rule_waivers').notNull().$type<PlanRuleWaiver[]>().default([]),
    version: integer('version').notNull().default(1),
    createdAt: stampedAt('created_at'),
    updatedAt: stampedAt('updated_at'),
  },
  (t) => [
    // Decree 30: a number is unique per issuer, symbol and calendar year of signing (the
    // register's year), which for a plan entered after the fact is not the plan's year.
    uniqueIndex('plan_number_signed')
      .on(t.unitId, sql`(extract(year from ${t.issuedOn}))`, t.number, t.symbol)
      .where(sql`${t.number} is not null`),
    index('plan_unit_year').on(t.unitId, t.year),
    index('plan_amends').on(t.amendsPlanId),
  ],
);

/**
 * One task row. `task_key` is the task's identity across versions (an amendment copies
 * it), so the diff matches renumbered rows.
 */
export const planTask = pgTable(
  'plan_task',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plan.id, { onDelete: 'cascade' }),
    taskKey: text('task_key').notNull(),
    position: integer('position').notNull(),
    number: text('number').notNull(),
    title: text('title'),
    content: text('content').notNull(),
    dimensionCodes: text('dimension_codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    lead: jsonb('lead').$type<AgencyRef | null>(),
    cooperating: jsonb('cooperating').notNull().$type<AgencyRef[]>().default([]),
    deadline: jsonb('deadline').$type<Deadline | null>(),
    expectedResult: text('expected_result'),
    budget: numeric('budget'),
    budgetSource: text('budget_source'),
    parentTaskId: integer('parent_task_id'),
    /** The library solution it was inserted from (plan_solution.id), for "used in N plans". */
    solutionId: integer('solution_id'),
    /** The appendix heading it sits under (plan.body.taskGroups[].key); null: by dimension. */
    groupKey: text('group_key'),
  },
  (t) => [
    index('plan_task_plan').on(t.planId, t.position),
    index('plan_task_parent').on(t.parentTaskId),
    index('plan_task_solution').on(t.solutionId),
  ],
);
