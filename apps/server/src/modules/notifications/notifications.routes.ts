import type { Hono } from 'hono';
import {
  getNotificationPreferences,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  putNotificationPreferences,
  unreadNotificationCount,
} from '@papi/contracts';
import { register, type AppEnv } from '../../platform/http.ts';
import { notFound } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Session } from '../../platform/auth/session.ts';
import { listForUser, markAllRead, markRead, unreadCount } from './notifications.repository.ts';
import { readPreferences, savePreferences } from './preferences.ts';

/** A user's own inbox and settings: the session names the user, no other can be asked for. */
export function registerNotificationRoutes(app: Hono<AppEnv>) {
  const own = (s: Session) => ({ entity: 'notification', unitPath: s.actor.scopePaths[0] ?? '' });

  register(app, listNotifications, ({ query, session, db }) =>
    listForUser(db, session.userId, {
      unreadOnly: query.unread === 'true',
      page: query.page,
      pageSize: query.pageSize,
    }),
  );

  register(app, unreadNotificationCount, async ({ session, db }) => ({
    unread: await unreadCount(db, session.userId),
  }));

  register(app, markNotificationRead, async ({ params, session, db }) => {
    const row = await markRead(db, session.userId, params.id);
    // Someone else's notification answers like a missing one.
    if (!row) throw notFound('Thông báo');
    await recordAudit(db, session, {
      ...own(session),
      action: 'update',
      entityId: row.id,
      summary: `Đọc thông báo: ${row.title}`,
    });
    return row;
  });

  register(app, markAllNotificationsRead, async ({ session, db }) => {
    const marked = await markAllRead(db, session.userId);
    if (marked) {
      await recordAudit(db, session, {
        ...own(session),
        action: 'update',
        entityId: session.userId,
        summary: `Đánh dấu đã đọc ${marked} thông báo`,
      });
    }
    return { ok: true as const, marked };
  });

  register(app, getNotificationPreferences, ({ session, db }) =>
    readPreferences(db, session.userId),
  );

  register(app, putNotificationPreferences, async ({ body, session, db }) => {
    const before = await readPreferences(db, session.userId);
    const saved = await savePreferences(db, session.userId, body);
    await recordAudit(db, session, {
      entity: 'notification_pref',
      unitPath: session.actor.scopePaths[0] ?? '',
      action: 'update',
      entityId: session.userId,
      summary: `Cài đặt nhận thông báo của ${session.username}`,
      before,
      after: saved,
    });
    return saved;
  });
}
