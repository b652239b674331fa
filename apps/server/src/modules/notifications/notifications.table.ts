import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { appUser } from '../users/users.table.ts';
import { stampedAt } from '../../db/columns.ts';

/**
 * In-app notifications. `dedupe_key` (unique) is what makes a reminder or an event's
 * notice reach a person once, whichever process or retry produced it.
 */
export const notification = pgTable(
  'notification',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => appUser.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    link: text('link').notNull().default(''),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: stampedAt('created_at'),
    dedupeKey: text('dedupe_key').notNull().unique(),
  },
  (t) => [
    index('notification_user').on(t.userId, t.id),
    index('notification_unread')
      .on(t.userId)
      .where(sql`${t.readAt} is null`),
  ],
);

/** A user's choices; no row means the defaults (DEFAULT_PREFERENCES in the domain). */
export const notificationPref = pgTable('notification_pref', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => appUser.id),
  inApp: boolean('in_app').notNull(),
  /** { deadline: true, report: false, … } by notification kind. */
  email: jsonb('email').notNull(),
  digest: boolean('digest').notNull(),
  digestHour: integer('digest_hour').notNull(),
  remindDaysBefore: integer('remind_days_before').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: stampedAt('updated_at'),
});

/**
 * Every e-mail the application sent or, without SMTP configured, would have sent: the
 * logged transport's outbox and the record of what went where.
 */
export const mailLog = pgTable(
  'mail_log',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id').references(() => appUser.id),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    kind: text('kind').notNull(),
    transport: text('transport').notNull(),
    messageId: text('message_id'),
    dedupeKey: text('dedupe_key').unique(),
    sentAt: stampedAt('sent_at'),
  },
  (t) => [index('mail_log_user').on(t.userId, t.id)],
);
