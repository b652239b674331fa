import fs from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import type { FileStore } from './storage.ts';

/** Files younger than this may belong to an upload whose row is not committed yet. */
export const ORPHAN_MIN_AGE_MS = 24 * 60 * 60 * 1000;

/**
 * Removes stored files no evidence or feedback row names, and leftover ".part" files, once they are a
 * day old: an upload whose transaction failed after the bytes were written, a crash
 * between write and rename. Returns the keys removed.
 */
export async function sweepOrphanFiles(db: Executor, store: FileStore, now: Date) {
  if (!store.list) return [];
  const old: string[] = [];
  for await (const file of store.list()) {
    if (now.getTime() - file.modifiedMs >= ORPHAN_MIN_AGE_MS) old.push(file.key);
  }
  const removed: string[] = [];
  for (let i = 0; i < old.length; i += 500) {
    const batch = old.slice(i, i + 500);
    const known = await db.execute<{ storage_key: string }>(sql`
      select storage_key from evidence_file
       where storage_key = any(${sql.param(batch)}::text[])
      union all
      select storage_key from feedback_file
       where storage_key = any(${sql.param(batch)}::text[])`);
    const kept = new Set(known.rows.map((r) => r.storage_key));
    for (const key of batch.filter((k) => !kept.has(k))) {
      await store.delete(key);
      removed.push(key);
    }
  }
  return removed;
}

/**
 * Removes uploads left in DATA_DIR/incoming by a crash mid-request, once a day old (a
 * request removes its own file however it ends). Returns the names removed.
 */
export async function sweepIncoming(dir: string, now: Date) {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return []; // no upload yet
  }
  const removed: string[] = [];
  for (const name of names) {
    const stat = await fs.stat(path.join(dir, name)).catch(() => null);
    if (stat?.isFile() && now.getTime() - stat.mtimeMs >= ORPHAN_MIN_AGE_MS) {
      await fs.rm(path.join(dir, name), { force: true });
      removed.push(name);
    }
  }
  return removed;
}
