import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  serial,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { adminUnit } from '../units/units.table.ts';
import { agency } from '../agencies/agencies.table.ts';
import { appUser } from '../users/users.table.ts';
import { stampedAt } from '../../db/columns.ts';

/**
 * A citizen's feedback or petition sent from a unit's public page (`unit_id`: the province
 * or commune whose page it was). `handler_path` is the unit path the case now belongs to
 * for scope checks: the assignee agency's unit, or the commune concerned, or the receiving
 * unit. `code` is the tracking code; the citizen needs nothing else to follow and rate it.
 */
export const feedback = pgTable(
  'feedback',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull().unique(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => adminUnit.id),
    unitPath: text('unit_path').notNull(),
    handlerPath: text('handler_path').notNull(),
    /** `D1`…`D8` (a PAPI dimension) or `service` (a public service), `other`. */
    topic: text('topic').notNull(),
    placeUnitId: integer('place_unit_id').references(() => adminUnit.id),
    placeAgencyId: integer('place_agency_id').references(() => agency.id),
    body: text('body').notNull(),
    /** Phone or e-mail, only when the citizen asked for a direct answer. */
    contact: text('contact'),
    /** The citizen agreed that the masked question and answer be published. */
    publicAllowed: boolean('public_allowed').notNull(),
    status: text('status').notNull(),
    lastAction: text('last_action').notNull(),
    assigneeAgencyId: integer('assignee_agency_id').references(() => agency.id),
    receivedAt: stampedAt('received_at'),
    receivedOn: date('received_on').notNull(),
    dueOn: date('due_on').notNull(),
    /** The draft while `drafted`, the approved answer once `answered`. */
    answer: text('answer'),
    answeredBy: integer('answered_by').references(() => appUser.id),
    answeredOn: date('answered_on'),
    /** Working days from receipt to approval, kept for the statistics. */
    answerDays: integer('answer_days'),
    /** The leader's choice at approval (only when the citizen allowed it). */
    published: boolean('published').notNull().default(false),
    rating: smallint('rating'),
    ratingComment: text('rating_comment'),
    ratedAt: timestamp('rated_at', { withTimezone: true }),
    /** Keyed hash of the sender's address and of the text: duplicate and burst checks. */
    sourceHash: text('source_hash').notNull(),
    textHash: text('text_hash').notNull(),
    search: text('search').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('feedback_unit').on(t.unitId),
    index('feedback_handler').on(t.handlerPath),
    index('feedback_assignee').on(t.assigneeAgencyId),
    index('feedback_source').on(t.sourceHash, t.receivedAt),
  ],
);

/** Every step of a case (submit, assign, transfer, draft, return, approve, rate): its history. */
export const feedbackStep = pgTable(
  'feedback_step',
  {
    id: serial('id').primaryKey(),
    feedbackId: integer('feedback_id')
      .notNull()
      .references(() => feedback.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    status: text('status').notNull(),
    agencyId: integer('agency_id').references(() => agency.id),
    /** The reason of a transfer or a return (shown to staff; transfers also to the citizen). */
    note: text('note'),
    userId: integer('user_id').references(() => appUser.id),
    at: stampedAt('at'),
  },
  (t) => [index('feedback_step_feedback').on(t.feedbackId)],
);

/** Photos and PDFs the citizen attached (checked like evidence; bytes in the file store). */
export const feedbackFile = pgTable(
  'feedback_file',
  {
    id: serial('id').primaryKey(),
    feedbackId: integer('feedback_id')
      .notNull()
      .references(() => feedback.id, { onDelete: 'cascade' }),
    originalName: text('original_name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull().unique(),
    createdAt: stampedAt('created_at'),
  },
  (t) => [index('feedback_file_feedback').on(t.feedbackId)],
);

/** A unit's rule: working days its agencies have to answer (none: the default, 10). */
export const feedbackSetting = pgTable('feedback_setting', {
  unitId: integer('unit_id')
    .primaryKey()
    .references(() => adminUnit.id),
  answerDays: integer('answer_days').notNull(),
  updatedAt: stampedAt('updated_at'),
});
