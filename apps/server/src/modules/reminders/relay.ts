import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import type { EventType, StoredEvent } from '../../platform/events.ts';
import {
  deliver,
  loadRecipients,
  type NoticeInput,
} from '../notifications/notifications.service.ts';

/** One notice for a set of people, derived from an outbox event. */
export interface EventNotice extends Omit<NoticeInput, 'dedupeKey'> {
  userIds: number[];
  /**
   * Once per person per this key (`<key>:<user>`) rather than per event: a notice about a
   * thing a later event may raise again (a re-imported release).
   */
  key?: string;
}

export type EventNotifier<K extends EventType = EventType> = (
  tx: Executor,
  event: StoredEvent<K>,
) => Promise<EventNotice[]>;

export type EventNotifiers = { [K in EventType]?: EventNotifier<K> };

const CONSUMER = 'notifications';
/**
 * Outbox ids are taken at insert but become visible at commit, so a lower id can appear
 * after a higher one was relayed. The relay therefore rescans this many ids below the
 * highest delivered one, and the delivery rows (not a bare cursor) say what is done.
 */
const REORDER_WINDOW = 1000;
/** A first relay on an old installation does not announce last year's events. */
const MAX_AGE = '7 days';

interface EventRow extends Record<string, unknown> {
  id: number;
  type: EventType;
  payload: unknown;
  occurred_at: Date;
}

/**
 * Turns outbox events into notifications, each event once: the event_delivery row is
 * written in the same transaction as its notifications, and a concurrent relay in another
 * process waits on that row's key and then skips the event.
 */
export async function relayEvents(
  tx: Executor,
  notifiers: EventNotifiers,
  env: { publicUrl: string; now: Date },
  batch = 200,
): Promise<number> {
  const types = Object.keys(notifiers);
  const events = await tx.execute<EventRow>(sql`
    select e.id, e.type, e.payload, e.occurred_at from domain_event e
     where e.id > (select coalesce(max(event_id), 0) - ${REORDER_WINDOW} from event_delivery
                    where consumer = ${CONSUMER})
       and e.occurred_at > ${env.now.toISOString()}::timestamptz - ${MAX_AGE}::interval
       and e.type in (select jsonb_array_elements_text(${JSON.stringify(types)}::jsonb))
       and not exists (select 1 from event_delivery d
                        where d.consumer = ${CONSUMER} and d.event_id = e.id)
     order by e.id limit ${batch}`);
  let handled = 0;
  for (const e of events.rows) {
    const claimed = await tx.execute(sql`
      insert into event_delivery (consumer, event_id) values (${CONSUMER}, ${e.id})
      on conflict do nothing`);
    if (claimed.rowCount !== 1) continue;
    const event = { id: e.id, type: e.type, payload: e.payload, occurredAt: e.occurred_at };
    const notifier = notifiers[e.type] as EventNotifier | undefined;
    const notices = notifier ? await notifier(tx, event as StoredEvent) : [];
    for (const [index, notice] of notices.entries()) {
      const recipients = await loadRecipients(tx, notice.userIds);
      const { userIds: _ignored, key, ...rest } = notice;
      for (const r of recipients.values()) {
        const dedupeKey = key ? `${key}:${r.userId}` : `event:${e.id}:${index}:${r.userId}`;
        await deliver(tx, r, { ...rest, dedupeKey }, env);
      }
    }
    handled++;
  }
  return handled;
}
