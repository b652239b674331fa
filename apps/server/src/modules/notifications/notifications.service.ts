import { eq, inArray } from 'drizzle-orm';
import {
  completePreferences,
  type NotificationKind,
  type NotificationPreferences,
} from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import { enqueue } from '../../platform/jobs/queue.ts';
import { appUser } from '../users/users.table.ts';
import { notification, notificationPref } from './notifications.table.ts';

export interface Recipient {
  userId: number;
  emailAddress: string;
  preferences: NotificationPreferences;
}

/** Preferences and address of active users (defaults where a user never chose). */
export async function loadRecipients(
  db: Executor,
  userIds: number[],
): Promise<Map<number, Recipient>> {
  const out = new Map<number, Recipient>();
  if (!userIds.length) return out;
  const rows = await db
    .select({
      id: appUser.id,
      email: appUser.email,
      active: appUser.active,
      inApp: notificationPref.inApp,
      emailKinds: notificationPref.email,
      digest: notificationPref.digest,
      digestHour: notificationPref.digestHour,
      remindDaysBefore: notificationPref.remindDaysBefore,
    })
    .from(appUser)
    .leftJoin(notificationPref, eq(notificationPref.userId, appUser.id))
    .where(inArray(appUser.id, [...new Set(userIds)]));
  for (const r of rows) {
    if (!r.active) continue;
    const stored =
      r.inApp === null
        ? null
        : {
            inApp: r.inApp,
            email: r.emailKinds as NotificationPreferences['email'],
            digest: r.digest!,
            digestHour: r.digestHour!,
            remindDaysBefore: r.remindDaysBefore!,
          };
    out.set(r.id, {
      userId: r.id,
      emailAddress: r.email,
      preferences: completePreferences(stored),
    });
  }
  return out;
}

export interface NoticeInput {
  kind: NotificationKind;
  title: string;
  body: string;
  link: string;
  /** Names this notice for this person: the same key is never delivered twice. */
  dedupeKey: string;
}

export interface Delivery {
  inApp: boolean;
  email: boolean;
}

/**
 * Delivers one notice to one person by their preferences, in the caller's transaction:
 * an in-app row and/or an e-mail job, both guarded by the notice's dedupe key.
 */
export async function deliver(
  tx: Executor,
  recipient: Recipient,
  notice: NoticeInput,
  env: { publicUrl: string; now: Date },
): Promise<Delivery> {
  const { publicUrl } = env;
  const { preferences: p } = recipient;
  let inApp = false;
  if (p.inApp) {
    const rows = await tx
      .insert(notification)
      .values({ userId: recipient.userId, ...notice })
      .onConflictDoNothing({ target: notification.dedupeKey })
      .returning({ id: notification.id });
    // Already delivered (another process, an earlier run): nothing more to do.
    if (!rows[0]) return { inApp: false, email: false };
    inApp = true;
  }
  let email = false;
  if (p.email[notice.kind] && recipient.emailAddress) {
    const id = await enqueue(tx, {
      kind: 'mail.send',
      dedupeKey: `mail:${notice.dedupeKey}`,
      runAt: env.now,
      payload: {
        userId: recipient.userId,
        to: recipient.emailAddress,
        subject: `[PAPI Hub] ${notice.title}`,
        text: `${notice.body}\n\nXem chi tiết: ${publicUrl}${notice.link}\n\n— PAPI Hub (thay đổi cài đặt nhận thông báo: ${publicUrl}/notifications/settings)`,
        kind: notice.kind,
        dedupeKey: notice.dedupeKey,
      },
    });
    email = id !== null;
  }
  return { inApp, email };
}
