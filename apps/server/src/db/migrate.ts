import fs from 'node:fs';
import path from 'node:path';
import { onPg, type Queryable } from './backup-schema.ts';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type { Database } from './client.ts';
import { SERVER_ROOT } from '../paths.ts';

export const MIGRATIONS_DIR = path.join(SERVER_ROOT, 'src/db/migrations');

interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}

function readJournal(): Journal {
  return JSON.parse(
    fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8'),
  ) as Journal;
}

export async function runMigrations(database: Database): Promise<void> {
  // Up to date (every restart): drizzle's migrator would read and hash every migration file
  // and take its lock only to apply nothing (≈0.2–0.8 s of a restart). It applies only what
  // is newer than the last applied `created_at`, so the same test decides here.
  if ((await currentMigration(database)) === latestMigrationTag()) return;
  await migrate(database.db, { migrationsFolder: MIGRATIONS_DIR });
}

/** Tag of the newest migration applied to this database ('none' before the first). */
export async function currentMigration(database: Database | { pool: Queryable }): Promise<string> {
  const q = 'kind' in database ? onPg(database.pool) : database.pool;
  const result = await q
    .query<{ created_at: number }>(
      'select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1',
    )
    .catch(() => ({ rows: [] as { created_at: number }[] }));
  const last = result.rows[0];
  if (!last) return 'none';
  const entry = readJournal().entries.find((e) => e.when === Number(last.created_at));
  return entry?.tag ?? String(last.created_at);
}

export function latestMigrationTag(): string {
  return readJournal().entries.at(-1)?.tag ?? 'none';
}
