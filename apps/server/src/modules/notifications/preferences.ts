import { eq, sql } from 'drizzle-orm';
import { completePreferences, type NotificationPreferences } from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import { staleVersion } from '../../platform/errors.ts';
import { appUser } from '../users/users.table.ts';
import { notificationPref } from './notifications.table.ts';
import { now } from '../../platform/clock.ts';

export interface StoredPreferences extends NotificationPreferences {
  version: number;
  emailAddress: string;
}

/** A user's preferences; never saved yet, the defaults at version 1. */
export async function readPreferences(db: Executor, userId: number): Promise<StoredPreferences> {
  const [row] = await db
    .select({ pref: notificationPref, email: appUser.email })
    .from(appUser)
    .leftJoin(notificationPref, eq(notificationPref.userId, appUser.id))
    .where(eq(appUser.id, userId));
  const p = row?.pref;
  const stored = p
    ? {
        inApp: p.inApp,
        email: p.email as NotificationPreferences['email'],
        digest: p.digest,
        digestHour: p.digestHour,
        remindDaysBefore: p.remindDaysBefore,
      }
    : null;
  return {
    ...completePreferences(stored),
    version: p?.version ?? 1,
    emailAddress: row?.email ?? '',
  };
}

/** Saves them if `version` is still current (the defaults count as version 1). */
export async function savePreferences(
  db: Executor,
  userId: number,
  input: Omit<NotificationPreferences, 'email'> & {
    email: Partial<NotificationPreferences['email']>;
    version: number;
  },
): Promise<StoredPreferences> {
  const current = await readPreferences(db, userId);
  if (current.version !== input.version) throw staleVersion(current.version);
  const values = {
    inApp: input.inApp,
    email: { ...current.email, ...input.email },
    digest: input.digest,
    digestHour: input.digestHour,
    remindDaysBefore: input.remindDaysBefore,
  };
  await db
    .insert(notificationPref)
    .values({ userId, ...values, version: 2 })
    .onConflictDoUpdate({
      target: notificationPref.userId,
      set: { ...values, version: sql`${notificationPref.version} + 1`, updatedAt: now() },
      // A concurrent save between our read and this write loses: 0 rows, stale below.
      setWhere: eq(notificationPref.version, input.version),
    });
  const saved = await readPreferences(db, userId);
  if (saved.version !== input.version + 1) throw staleVersion(saved.version);
  return saved;
}
