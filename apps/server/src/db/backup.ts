import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import tar from 'tar-stream';
import { sql } from 'drizzle-orm';
import type { Database, Executor } from './client.ts';
import { currentMigration } from './migrate.ts';
import type { FileStore } from '../platform/files/storage.ts';
import { now } from '../platform/clock.ts';
import { APP_VERSION } from '../version.ts';
import {
  exportTable,
  listTables,
  onPg,
  readSequences,
  setStableOutput,
  type Queryable,
} from './backup-schema.ts';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  MANIFEST_ENTRY,
  fileEntry,
  tableEntry,
  type BackupManifest,
} from './backup-manifest.ts';

export { BackupError, type BackupManifest } from './backup-manifest.ts';
export { restoreBackup } from './restore.ts';

interface Snapshot {
  migration: string;
  tables: BackupManifest['tables'];
  sequences: BackupManifest['sequences'];
  /** Stored files the tables name: evidence and the files citizens attached to feedback. */
  evidence: { id: number; key: string; kind: 'evidence' | 'feedback' }[];
}

/** Runs `read` on one consistent view of the database. */
type SnapshotSource = <T>(read: (q: Queryable) => Promise<T>) => Promise<T>;

/**
 * The view a backup reads. On PostgreSQL: its own read-only, repeatable-read transaction on
 * another connection, one moment while the server keeps writing. On PGlite inside a
 * request or job (`tx`): that transaction itself, since the app's one connection is
 * already in it and nothing else can write meanwhile; requests wait the seconds it takes.
 */
function snapshotSource(database: Database, tx?: Executor): SnapshotSource {
  if (tx && database.kind === 'pglite') {
    const q: Queryable = {
      query: async <R extends object>(text: string) =>
        (await tx.execute(sql.raw(text))) as unknown as { rows: R[] },
    };
    return (read) => read(q);
  }
  return async (read) => {
    const client = await database.pool.connect();
    try {
      await client.query('begin isolation level repeatable read read only');
      const out = await read(onPg(client));
      await client.query('commit');
      return out;
    } catch (err) {
      await client.query('rollback').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  };
}

/** Every table into `dir` as JSON lines, with the sequences and the evidence keys. */
async function snapshotTables(q: Queryable, dir: string): Promise<Snapshot> {
  await setStableOutput(q);
  // On the snapshot's own client: PGlite's pool has only this one.
  const migration = await currentMigration({ pool: q });
  const tables: BackupManifest['tables'] = [];
  for (const { name } of await listTables(q)) {
    const out = fs.createWriteStream(path.join(dir, `${name}.jsonl`));
    const digest = await exportTable(q, name, (text) => {
      if (!out.write(text)) return new Promise<void>((r) => out.once('drain', () => r()));
    });
    await new Promise<void>((resolve, reject) =>
      out.end((e?: Error | null) => (e ? reject(e) : resolve())),
    );
    tables.push({ name, ...digest });
  }
  const sequences = await readSequences(q);
  const { rows: evidence } = await q.query<Snapshot['evidence'][number]>(
    `select id, storage_key as key, 'evidence' as kind from evidence_file
     union all select id, storage_key, 'feedback' from feedback_file order by kind, id`,
  );
  return { migration, tables, sequences, evidence };
}

/**
 * Writes a complete backup — every table of the live schema and every evidence file the
 * tables name — to `outFile` as a .tar.gz with a manifest, and returns the manifest. The
 * file appears under its name only when complete (written to `.part`, then renamed).
 */
export async function createBackup(
  database: Database,
  store: FileStore,
  outFile: string,
  options: { tx?: Executor } = {},
): Promise<BackupManifest> {
  const work = await fsp.mkdtemp(path.join(os.tmpdir(), 'papi-backup-'));
  const partFile = `${outFile}.part`;
  try {
    const snap = await snapshotSource(database, options.tx)((q) => snapshotTables(q, work));
    const pack = tar.pack();
    const written = pipeline(pack, createGzip(), fs.createWriteStream(partFile, { mode: 0o600 }));
    const add = (name: string, body: Buffer) =>
      new Promise<void>((resolve, reject) =>
        pack.entry({ name, size: body.length, mode: 0o600, mtime: now() }, body, (e) =>
          e ? reject(e) : resolve(),
        ),
      );
    for (const t of snap.tables) {
      await add(tableEntry(t.name), await fsp.readFile(path.join(work, `${t.name}.jsonl`)));
    }
    const files: BackupManifest['files'] = [];
    const missingFiles: BackupManifest['missingFiles'] = [];
    // Files are never rewritten under a key, so reading them after the snapshot is safe; one
    // deleted since (or lost before) is listed as missing rather than failing every backup.
    for (const e of snap.evidence) {
      const body = await store.get(e.key).catch(() => null);
      if (!body) {
        missingFiles.push(
          e.kind === 'evidence'
            ? { key: e.key, evidenceId: e.id }
            : { key: e.key, feedbackFileId: e.id },
        );
        continue;
      }
      const buf = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
      files.push({
        key: e.key,
        size: buf.length,
        sha256: createHash('sha256').update(buf).digest('hex'),
      });
      await add(fileEntry(e.key), buf);
    }
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: now().toISOString(),
      appVersion: APP_VERSION,
      databaseKind: database.kind,
      migration: snap.migration,
      tables: snap.tables,
      sequences: snap.sequences,
      files,
      missingFiles,
    };
    await add(MANIFEST_ENTRY, Buffer.from(JSON.stringify(manifest, null, 1)));
    pack.finalize();
    await written;
    await fsp.rename(partFile, outFile);
    return manifest;
  } catch (err) {
    await fsp.rm(partFile, { force: true });
    throw err;
  } finally {
    await fsp.rm(work, { recursive: true, force: true });
  }
}
