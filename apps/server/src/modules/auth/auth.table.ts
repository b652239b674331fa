import { bigserial, boolean, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { appUser } from '../users/users.table.ts';
import { stampedAt } from '../../db/columns.ts';

/** Sessions live in the database so several server processes can share them. */
export const userSession = pgTable(
  'user_session',
  {
    /** sha256 of the cookie token: a leaked table does not yield usable cookies. */
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: stampedAt('created_at'),
    lastSeenAt: stampedAt('last_seen_at'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('user_session_user').on(t.userId)],
);

export const loginAttempt = pgTable(
  'login_attempt',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    username: text('username').notNull(),
    ip: text('ip').notNull(),
    success: boolean('success').notNull(),
    at: stampedAt('at'),
  },
  (t) => [
    index('login_attempt_username_at').on(t.username, t.at),
    index('login_attempt_ip_at').on(t.ip, t.at),
  ],
);
