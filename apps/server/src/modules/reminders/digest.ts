import { sql } from 'drizzle-orm';
import {
  DEFAULT_PREFERENCES,
  DEFAULT_REMINDER_RULES,
  addDays,
  buildDigest,
  digestText,
  isRecipient,
  type Role,
} from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import { enqueue } from '../../platform/jobs/queue.ts';
import { loadRecipients } from '../notifications/notifications.service.ts';
import { collectItems } from './scan.ts';
import type { DueItemSource } from './sources.ts';

/**
 * The hourly fan-out: one digest job per user whose digest hour it is, keyed by user and
 * day so each user gets at most one digest a day however many processes enqueue it.
 */
export async function enqueueDigests(
  tx: Executor,
  day: string,
  hour: number,
  now: Date,
): Promise<number> {
  const users = await tx.execute<{ id: number }>(sql`
    select u.id from app_user u left join notification_pref p on p.user_id = u.id
     where u.active and u.email <> ''
       and coalesce(p.digest, ${DEFAULT_PREFERENCES.digest})
       and coalesce(p.digest_hour, ${DEFAULT_PREFERENCES.digestHour}) = ${hour}`);
  let n = 0;
  for (const u of users.rows) {
    const id = await enqueue(tx, {
      kind: 'digest.user',
      dedupeKey: `digest:${u.id}:${day}`,
      runAt: now,
      payload: { userId: u.id, day },
    });
    if (id !== null) n++;
  }
  return n;
}

/**
 * One user's digest for `day`: their overdue and soon-due items (and, for a supervising
 * level's coordinators and leaders, the units below that missed a deadline) plus the
 * notifications of the last day still unread. Nothing to say → no mail at all.
 */
export async function sendUserDigest(
  tx: Executor,
  sources: DueItemSource[],
  userId: number,
  day: string,
  env: { publicUrl: string; now: Date },
): Promise<boolean> {
  const recipient = (await loadRecipients(tx, [userId])).get(userId);
  if (!recipient?.emailAddress || !recipient.preferences.digest) return false;
  const [user] = (
    await tx.execute<{ role: Role; unit_id: number; agency_id: number | null }>(
      sql`select role, unit_id, agency_id from app_user where id = ${userId}`,
    )
  ).rows;
  if (!user || user.role === 'viewer') return false;
  const soon = recipient.preferences.remindDaysBefore;
  const rules = DEFAULT_REMINDER_RULES;
  const items = await collectItems(tx, sources, {
    from: addDays(day, -rules.giveUpAfterDays),
    to: addDays(day, soon),
    today: day,
    unitIds: [user.unit_id],
  });
  const who = { role: user.role, unitId: user.unit_id, agencyId: user.agency_id };
  const mine = items.filter(
    (i) => isRecipient(i, 'due', who) || (i.dueDate < day && isRecipient(i, 'escalation', who)),
  );
  const news = await tx.execute<{ title: string; link: string; created_at: Date }>(sql`
    select title, link, created_at from notification
     where user_id = ${userId} and read_at is null and created_at > ${env.now.toISOString()}::timestamptz - interval '1 day'
       and kind not in ('deadline', 'escalation')
     order by id desc limit 20`);
  const digest = buildDigest(
    mine,
    news.rows.map((n) => ({ title: n.title, link: n.link, createdAt: n.created_at.toISOString() })),
    day,
    soon,
  );
  if (!digest) return false;
  const mail = digestText(digest, day, env.publicUrl);
  await enqueue(tx, {
    kind: 'mail.send',
    dedupeKey: `mail:digest:${userId}:${day}`,
    runAt: env.now,
    payload: {
      userId,
      to: recipient.emailAddress,
      ...mail,
      kind: 'digest',
      dedupeKey: `digest:${userId}:${day}`,
    },
  });
  return true;
}
