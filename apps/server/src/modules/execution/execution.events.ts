import type { Database } from '../../db/client.ts';
import { subscribe } from '../../platform/events.ts';
import { resolvePublishedDeadlines } from './task-state.sync.ts';

/** Official results published: tasks due "N ngày sau khi công bố kết quả" get their date. */
export function subscribeExecution(database: Database): () => void {
  return subscribe('index.published', async (event) => {
    await database.db.transaction((tx) => resolvePublishedDeadlines(tx, event.payload.year));
  });
}
