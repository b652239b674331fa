import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { listSurveyAssignments, submitSurveyResponse } from '@papi/contracts/paths';
import { call, isApiError } from '../../../api/client.ts';
import { now } from '../../../api/clock.ts';
import { useCurrentUser } from '../../auth/CurrentUser.tsx';
import { translate } from '../../../i18n/index.ts';
import { loadAssignments, outboxOf, saveAssignments, type SavedAssignments } from './fieldStore.ts';
import { outcomeOfFailure, syncOutbox, type PendingResponse, type SyncSummary } from './outbox.ts';
import { keepPageOffline } from './offlineShell.ts';

/** A v4 UUID; crypto.randomUUID exists only on https pages, getRandomValues everywhere. */
export function newClientId(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export type OfflineState = 'preparing' | 'ready' | 'unavailable';

async function send(item: PendingResponse) {
  try {
    const res = await call(submitSurveyResponse, {
      params: { id: item.runId },
      body: { clientId: item.clientId, stratumCode: item.stratumCode, answers: item.answers },
    });
    return { kind: 'stored', duplicate: res.duplicate } as const;
  } catch (error) {
    if (isApiError(error)) return outcomeOfFailure(error.status, error.message);
    return outcomeOfFailure(null, translate('field.noConnection'));
  }
}

/**
 * The field entry page's state: assignments (downloaded, or the copy on the device), the
 * forms waiting on the device, and syncing — on opening, when the connection comes back,
 * and on demand.
 */
export function useFieldEntry() {
  const me = useCurrentUser();
  const outbox = useMemo(() => outboxOf(me.id), [me.id]);
  const [assignments, setAssignments] = useState<SavedAssignments | null>(null);
  const [fromDevice, setFromDevice] = useState(false);
  const [pending, setPending] = useState<PendingResponse[]>([]);
  const [online, setOnline] = useState(navigator.onLine);
  const [syncing, setSyncing] = useState(false);
  const [lastSync, setLastSync] = useState<SyncSummary | null>(null);
  const [offline, setOffline] = useState<OfflineState>('preparing');
  const busy = useRef(false);

  const refreshPending = useCallback(async () => {
    const all = await outbox.all();
    setPending(all.sort((a, b) => a.savedAt.localeCompare(b.savedAt)));
  }, [outbox]);

  const sync = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    setSyncing(true);
    try {
      setLastSync(await syncOutbox(outbox, send));
    } finally {
      busy.current = false;
      setSyncing(false);
      await refreshPending();
    }
  }, [outbox, refreshPending]);

  const download = useCallback(async () => {
    try {
      const res = await call(listSurveyAssignments);
      const copy = { savedAt: now().toISOString(), items: res.items };
      await saveAssignments(me.id, copy);
      setAssignments(copy);
      setFromDevice(false);
    } catch {
      setAssignments(await loadAssignments(me.id));
      setFromDevice(true);
    }
  }, [me.id]);

  useEffect(() => {
    // The first state comes from the network or IndexedDB: set after an await, never
    // synchronously in the effect (the rule cannot see through the async functions).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void download();
    void refreshPending().then(() => (navigator.onLine ? sync() : undefined));
    // Offline the worker script cannot be fetched again, but the one installed still serves.
    const installed = () =>
      'serviceWorker' in navigator && navigator.serviceWorker.controller !== null;
    keepPageOffline().then(
      (ok) => setOffline(ok || installed() ? 'ready' : 'unavailable'),
      () => setOffline(installed() ? 'ready' : 'unavailable'),
    );
    const up = () => {
      setOnline(true);
      void sync();
      void download();
    };
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
    // Once per page: sync and download read the latest state through their own closures.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const save = useCallback(
    async (item: Omit<PendingResponse, 'clientId' | 'savedAt' | 'attempts'>) => {
      await outbox.put({
        ...item,
        clientId: newClientId(),
        savedAt: now().toISOString(),
        attempts: 0,
      });
      await refreshPending();
      if (navigator.onLine) void sync();
    },
    [outbox, refreshPending, sync],
  );

  const discard = useCallback(
    async (clientId: string) => {
      await outbox.remove(clientId);
      await refreshPending();
    },
    [outbox, refreshPending],
  );

  return {
    assignments,
    fromDevice,
    pending,
    online,
    syncing,
    lastSync,
    offline,
    save,
    sync,
    discard,
    download,
  };
}
