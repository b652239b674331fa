import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { AnswerValue, StratumQuota, SurveyInstrument } from '@papi/domain';
import { stampedAt } from '../../db/columns.ts';
import { adminUnit } from '../units/units.table.ts';
import { appUser } from '../users/users.table.ts';

/**
 * A survey instrument: an editable draft (the document) and its published versions.
 * Instruments are installation-wide, like index frameworks; `code` names it.
 */
export const surveyInstrument = pgTable('survey_instrument', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  titleVi: text('title_vi').notNull(),
  draft: jsonb('draft').$type<SurveyInstrument>().notNull(),
  createdBy: integer('created_by').references(() => appUser.id),
  updatedAt: stampedAt('updated_at'),
  version: integer('version').notNull().default(1),
});

/** A published version: never updated; a run points at one, so its answers keep their meaning. */
export const surveyInstrumentVersion = pgTable(
  'survey_instrument_version',
  {
    id: serial('id').primaryKey(),
    instrumentId: integer('instrument_id')
      .notNull()
      .references(() => surveyInstrument.id),
    version: integer('version').notNull(),
    document: jsonb('document').$type<SurveyInstrument>().notNull(),
    publishedBy: integer('published_by').references(() => appUser.id),
    publishedAt: stampedAt('published_at'),
  },
  (t) => [uniqueIndex('survey_instrument_version_number').on(t.instrumentId, t.version)],
);

/** Đợt khảo sát: an instrument version asked in a unit over a period. */
export const surveyRun = pgTable(
  'survey_run',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => adminUnit.id),
    instrumentVersionId: integer('instrument_version_id')
      .notNull()
      .references(() => surveyInstrumentVersion.id),
    name: text('name').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    status: text('status').notNull(),
    createdBy: integer('created_by').references(() => appUser.id),
    updatedAt: stampedAt('updated_at'),
    version: integer('version').notNull().default(1),
    /** Public link of the whole run (/khao-sat/<token>): made on first opening, kept after. */
    publicToken: text('public_token').unique(),
    publicOpen: boolean('public_open').notNull().default(false),
  },
  (t) => [index('survey_run_unit').on(t.unitId)],
);

/** A stratum of a run's design: a commune/ward (unit) or another group, its target and population. */
export const surveyStratum = pgTable(
  'survey_stratum',
  {
    id: serial('id').primaryKey(),
    runId: integer('run_id')
      .notNull()
      .references(() => surveyRun.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    unitId: integer('unit_id').references(() => adminUnit.id),
    target: integer('target').notNull(),
    population: integer('population'),
    /** Public link of this stratum only (its QR code goes up in that commune). */
    publicToken: text('public_token').unique(),
    publicOpen: boolean('public_open').notNull().default(false),
    /** Optional quotas: respondents needed per category of a single-choice question (sex, age). */
    quotas: jsonb('quotas').$type<StratumQuota[]>().notNull().default([]),
  },
  (t) => [uniqueIndex('survey_stratum_code').on(t.runId, t.code)],
);

/**
 * One respondent's submission, without any name. `client_id` is made on the device, so a
 * sync retried after a dropped connection finds the stored row instead of adding one.
 */
export const surveyResponse = pgTable(
  'survey_response',
  {
    id: serial('id').primaryKey(),
    runId: integer('run_id')
      .notNull()
      .references(() => surveyRun.id),
    stratumId: integer('stratum_id')
      .notNull()
      .references(() => surveyStratum.id),
    clientId: text('client_id').notNull().unique(),
    channel: text('channel').notNull(),
    submittedBy: integer('submitted_by').references(() => appUser.id),
    submittedAt: stampedAt('submitted_at'),
    /** Public link: the device cookie, so a device answers a run once. */
    deviceId: text('device_id'),
    /** Public link: a keyed hash of the sender's address (never the address), for bursts. */
    sourceHash: text('source_hash'),
    /**
     * null = counted; 'flagged' = a suspicious burst, waiting for the coordinator and not
     * counted; 'accepted' = counted after review; 'excluded' = kept but never counted.
     */
    review: text('review'),
    reviewReason: text('review_reason'),
    reviewedBy: integer('reviewed_by').references(() => appUser.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
  },
  (t) => [
    index('survey_response_run').on(t.runId, t.stratumId),
    uniqueIndex('survey_response_device')
      .on(t.runId, t.deviceId)
      .where(sql`${t.deviceId} is not null`),
  ],
);

/** One answer per question of a response (the shape raw SQL aggregates and exports read). */
export const surveyAnswer = pgTable(
  'survey_answer',
  {
    responseId: integer('response_id')
      .notNull()
      .references(() => surveyResponse.id),
    question: text('question').notNull(),
    value: jsonb('value').$type<AnswerValue>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.question] })],
);
