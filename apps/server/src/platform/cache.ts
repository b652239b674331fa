import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/client.ts';

/**
 * Short-lived, per-database memory of hot lookups that nearly every request repeats and that
 * change rarely: the session behind a cookie, the unit a monitoring question names, the
 * holiday calendar, the regimes and published results. Each costs a round trip of its own
 * (0.2–0.5 ms on PostgreSQL 15, mostly planning and latency), which on small questions was
 * more than the question itself (npm run bench: a task by id, one commune's tasks).
 *
 * Staleness is bounded two ways:
 * - every write request of this process forgets everything once its transaction has
 *   committed (the middleware in app.ts), so this process never reads its own writes stale;
 * - entries live `ttlMs` at most, which bounds how long another server process's write (or
 *   a logout there) goes unseen here: one second by default.
 * Reads inside a transaction never use it: they must see the transaction's own state.
 */
const DEFAULT_TTL_MS = 1000;
/** Entries per kind before the oldest go (a map keeps insertion order). */
const MAX_ENTRIES = 5000;

interface Entry {
  at: number;
  value: Promise<unknown>;
}

const stores = new WeakMap<object, Map<string, Map<string, Entry>>>();

function storeOf(db: object, kind: string) {
  let kinds = stores.get(db);
  if (!kinds) stores.set(db, (kinds = new Map()));
  let entries = kinds.get(kind);
  if (!entries) kinds.set(kind, (entries = new Map()));
  return entries;
}

/**
 * `load()`'s answer for (`kind`, `key`) on this database, remembered for `ttlMs`. A failed
 * load is not kept; a load in flight is shared by the requests that ask meanwhile.
 */
export function remembered<T>(
  db: Executor,
  kind: string,
  key: string,
  load: () => Promise<T>,
  ttlMs = DEFAULT_TTL_MS,
): Promise<T> {
  if (db instanceof PgTransaction) return load();
  const entries = storeOf(db, kind);
  const now = performance.now();
  const hit = entries.get(key);
  if (hit && now - hit.at < ttlMs) return hit.value as Promise<T>;
  const value = load();
  entries.delete(key);
  entries.set(key, { at: now, value });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  return value;
}

/** Forgets everything remembered for this database (after a write; in tests). */
export function forgetRemembered(db: object) {
  stores.delete(db);
}
