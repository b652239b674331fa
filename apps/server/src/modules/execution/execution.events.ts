import type { Database } from '../../db/client.ts';
import { subscribe } from '../../platform/events.ts';
import { resolvePublishedDeadlines } from './task-state.sync.ts';

const subscribed = new WeakMap<Database['db'], () => void>();

/**
 * Official results published: tasks due "N ngày sau khi công bố kết quả" get their date.
 * Once per database, however many apps serve it (tests, the bench).
 */
export function subscribeExecution(database: Database): () => void {
  const known = subscribed.get(database.db);
  if (known) return known;
  const stop = subscribe(
    'index.published',
    async (event) => {
      await database.db.transaction((tx) => resolvePublishedDeadlines(tx, event.payload.year));
    },
    database.db,
  );
  const unsubscribe = () => {
    stop();
    subscribed.delete(database.db);
  };
  subscribed.set(database.db, unsubscribe);
  return unsubscribe;
}
