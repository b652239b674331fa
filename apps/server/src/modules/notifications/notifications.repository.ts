import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { TNotification } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import { notification } from './notifications.table.ts';
import { now } from '../../platform/clock.ts';

const columns = {
  id: notification.id,
  kind: notification.kind,
  title: notification.title,
  body: notification.body,
  link: notification.link,
  readAt: notification.readAt,
  createdAt: notification.createdAt,
};

interface Row {
  id: number;
  kind: string;
  title: string;
  body: string;
  link: string;
  readAt: Date | null;
  createdAt: Date;
}

export const toNotification = (r: Row): TNotification => ({
  ...r,
  readAt: r.readAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
});

export async function listForUser(
  db: Executor,
  userId: number,
  opts: { unreadOnly: boolean; page: number; pageSize: number },
) {
  const mine = eq(notification.userId, userId);
  const where = opts.unreadOnly ? and(mine, isNull(notification.readAt)) : mine;
  const rows = await db
    .select(columns)
    .from(notification)
    .where(where)
    .orderBy(desc(notification.id))
    .limit(opts.pageSize)
    .offset((opts.page - 1) * opts.pageSize);
  const [totals] = await db
    .select({
      total: opts.unreadOnly
        ? sql<number>`count(*) filter (where ${notification.readAt} is null)::int`
        : sql<number>`count(*)::int`,
      unread: sql<number>`count(*) filter (where ${notification.readAt} is null)::int`,
    })
    .from(notification)
    .where(mine);
  return { items: rows.map(toNotification), total: totals!.total, unread: totals!.unread };
}

export async function unreadCount(db: Executor, userId: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notification)
    .where(and(eq(notification.userId, userId), isNull(notification.readAt)));
  return row!.n;
}

/** Marks one of the user's notifications read; null when it is not theirs (or absent). */
export async function markRead(db: Executor, userId: number, id: number) {
  const mine = and(eq(notification.id, id), eq(notification.userId, userId));
  await db
    .update(notification)
    .set({ readAt: sql`coalesce(${notification.readAt}, ${now().toISOString()}::timestamptz)` })
    .where(mine);
  const [row] = await db.select(columns).from(notification).where(mine);
  return row ? toNotification(row) : null;
}

export async function markAllRead(db: Executor, userId: number): Promise<number> {
  const rows = await db
    .update(notification)
    .set({ readAt: now() })
    .where(and(eq(notification.userId, userId), isNull(notification.readAt)))
    .returning({ id: notification.id });
  return rows.length;
}
