import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import type { TSurveyAssignment } from '@papi/contracts';
import { memoryOutbox, type OutboxStore, type PendingResponse } from './outbox.ts';

/**
 * What the field entry page keeps on the device, in IndexedDB: the forms waiting to be sent
 * and the last downloaded assignments (questionnaires and strata), for days without signal.
 * Both are kept per user, so a shared phone never shows one enumerator's work to another.
 */
let stores: { outbox: UseStore; assignments: UseStore } | null | undefined;

function open() {
  if (stores === undefined) {
    try {
      stores =
        typeof indexedDB === 'undefined'
          ? null
          : {
              outbox: createStore('papi-field-outbox', 'forms'),
              assignments: createStore('papi-field-assignments', 'copies'),
            };
    } catch {
      stores = null;
    }
  }
  return stores;
}

const fallback = new Map<number, OutboxStore>();

export function outboxOf(userId: number): OutboxStore {
  const s = open();
  if (!s) {
    let memory = fallback.get(userId);
    if (!memory) fallback.set(userId, (memory = memoryOutbox()));
    return memory;
  }
  const prefix = `${userId}:`;
  return {
    all: async () =>
      (await entries<string, PendingResponse>(s.outbox))
        .filter(([key]) => key.startsWith(prefix))
        .map(([, value]) => value),
    put: (item) => set(prefix + item.clientId, item, s.outbox),
    remove: (clientId) => del(prefix + clientId, s.outbox),
  };
}

export interface SavedAssignments {
  /** ISO timestamp of the download. */
  savedAt: string;
  items: TSurveyAssignment[];
}

export async function loadAssignments(userId: number): Promise<SavedAssignments | null> {
  const s = open();
  return s ? ((await get<SavedAssignments>(userId, s.assignments)) ?? null) : null;
}

export async function saveAssignments(userId: number, copy: SavedAssignments): Promise<void> {
  const s = open();
  if (s) await set(userId, copy, s.assignments);
}
