import type { ResponseAnswers } from '@papi/domain';

/** A form filled on the device and not yet accepted by the server. */
export interface PendingResponse {
  /** Made on the device: a retried send finds the stored response instead of adding one. */
  clientId: string;
  runId: number;
  runName: string;
  stratumCode: string;
  stratumName: string;
  answers: ResponseAnswers;
  /** ISO timestamp of saving on the device. */
  savedAt: string;
  attempts: number;
  /** The server refused it (not a lost connection): shown, kept until the enumerator acts. */
  refused?: string;
}

export interface OutboxStore {
  all(): Promise<PendingResponse[]>;
  put(item: PendingResponse): Promise<void>;
  remove(clientId: string): Promise<void>;
}

export type SendOutcome =
  | { kind: 'stored'; duplicate: boolean }
  /** No connection, a time-out, a 5xx or an expired session: try again later as it is. */
  | { kind: 'retry'; message: string }
  /** The server said no for good (closed run, invalid answers): keep it and show why. */
  | { kind: 'refused'; message: string };

export interface SyncSummary {
  stored: number;
  /** Already on the server from an earlier send whose answer was lost. */
  duplicates: number;
  refused: number;
  /** Left for the next try (the first retryable failure stops the round). */
  waiting: number;
  lastError: string | null;
}

/**
 * Sends the waiting forms oldest first, one at a time. A lost connection stops the round
 * and leaves the rest as they are; each form carries its client id, so a form the server
 * stored before the connection dropped comes back as a duplicate, never as a second copy.
 */
export async function syncOutbox(
  store: OutboxStore,
  send: (item: PendingResponse) => Promise<SendOutcome>,
): Promise<SyncSummary> {
  const items = (await store.all())
    .filter((i) => !i.refused)
    .sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  const summary: SyncSummary = {
    stored: 0,
    duplicates: 0,
    refused: 0,
    waiting: 0,
    lastError: null,
  };
  for (const [index, item] of items.entries()) {
    const outcome = await send(item);
    if (outcome.kind === 'stored') {
      await store.remove(item.clientId);
      if (outcome.duplicate) summary.duplicates++;
      else summary.stored++;
    } else if (outcome.kind === 'refused') {
      await store.put({ ...item, attempts: item.attempts + 1, refused: outcome.message });
      summary.refused++;
    } else {
      await store.put({ ...item, attempts: item.attempts + 1 });
      summary.waiting = items.length - index;
      summary.lastError = outcome.message;
      break;
    }
  }
  return summary;
}

/** How a failed send is treated, from its HTTP status (null: no answer at all). */
export function outcomeOfFailure(status: number | null, message: string): SendOutcome {
  if (status === null || status === 401 || status === 408 || status === 429 || status >= 500)
    return { kind: 'retry', message };
  return { kind: 'refused', message };
}

/** An in-memory store (tests, and the fallback where IndexedDB is unavailable). */
export function memoryOutbox(): OutboxStore {
  const items = new Map<string, PendingResponse>();
  return {
    all: async () => [...items.values()],
    put: async (item) => void items.set(item.clientId, item),
    remove: async (clientId) => void items.delete(clientId),
  };
}
