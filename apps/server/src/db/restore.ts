import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { createHash } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';
import type pg from 'pg';
import type { Database } from './client.ts';
import type { FileStore } from '../platform/files/storage.ts';
import { currentMigration } from './migrate.ts';
import {
  exportTable,
  listTables,
  onPg,
  quoteIdent,
  setStableOutput,
  type TableInfo,
} from './backup-schema.ts';
import {
  BackupError,
  MANIFEST_ENTRY,
  ZBackupManifest,
  ZStorageKey,
  fileEntry,
  tableEntry,
  type BackupManifest,
} from './backup-manifest.ts';

interface Staged {
  dir: string;
  /** Entry name → sha256 and size of what was extracted. */
  entries: Map<string, { sha256: string; size: number }>;
  manifest: BackupManifest;
}

const stagedPath = (dir: string, entry: string) => path.join(dir, ...entry.split('/'));

/** Unpacks the archive into `dir`, hashing every entry; only names of our format are accepted. */
async function unpack(archive: string, dir: string): Promise<Staged> {
  const entries = new Map<string, { sha256: string; size: number }>();
  const extract = tar.extract();
  const reading = pipeline(fs.createReadStream(archive), createGunzip(), extract);
  // A broken gzip also ends the loop below with the same error; it is thrown from there.
  reading.catch(() => {});
  for await (const entry of extract) {
    const name = entry.header.name;
    const ok =
      entry.header.type === 'file' &&
      (name === MANIFEST_ENTRY ||
        /^tables\/[a-z_][a-z0-9_]*\.jsonl$/.test(name) ||
        (name.startsWith('files/') && ZStorageKey.safeParse(name.slice(6)).success));
    if (!ok || entries.has(name))
      throw new BackupError(`Mục lạ hoặc trùng trong tệp sao lưu: ${name}`);
    const target = stagedPath(dir, name);
    await fsp.mkdir(path.dirname(target), { recursive: true });
    const hash = createHash('sha256');
    let size = 0;
    entry.on('data', (chunk: unknown) => {
      const data = chunk as Buffer;
      hash.update(data);
      size += data.length;
    });
    await pipeline(entry, fs.createWriteStream(target, { mode: 0o600 }));
    entries.set(name, { sha256: hash.digest('hex'), size });
  }
  await reading;
  if (!entries.has(MANIFEST_ENTRY)) throw new BackupError('Tệp sao lưu không có manifest.json.');
  const parsed = ZBackupManifest.safeParse(
    JSON.parse(await fsp.readFile(stagedPath(dir, MANIFEST_ENTRY), 'utf8')),
  );
  if (!parsed.success) throw new BackupError('manifest.json của bản sao lưu không hợp lệ.');
  return { dir, entries, manifest: parsed.data };
}

/** Everything a restore checks before it changes anything; throws naming the first problem. */
function verifyStaged(staged: Staged, migration: string, live: TableInfo[]): void {
  const { manifest, entries } = staged;
  if (manifest.migration !== migration) {
    throw new BackupError(
      `Bản sao lưu thuộc phiên bản CSDL ${manifest.migration}, CSDL hiện tại là ${migration}. ` +
        'Hãy khôi phục vào cài đặt cùng phiên bản rồi nâng cấp.',
    );
  }
  const inArchive = manifest.tables.map((t) => t.name).sort();
  const inSchema = live.map((t) => t.name).sort();
  const missing = inSchema.filter((t) => !inArchive.includes(t));
  const extra = inArchive.filter((t) => !inSchema.includes(t));
  if (missing.length || extra.length) {
    throw new BackupError(
      `Bảng trong bản sao lưu không khớp CSDL: thiếu ${missing.join(', ') || '—'}; thừa ${extra.join(', ') || '—'}.`,
    );
  }
  const expected = new Map<string, string>([
    ...manifest.tables.map((t) => [tableEntry(t.name), t.sha256] as const),
    ...manifest.files.map((f) => [fileEntry(f.key), f.sha256] as const),
  ]);
  for (const [name, sha] of expected) {
    const got = entries.get(name);
    if (!got) throw new BackupError(`Tệp sao lưu thiếu mục ${name}.`);
    if (got.sha256 !== sha)
      throw new BackupError(`Mục ${name} sai mã kiểm tra (sha256): tệp sao lưu bị hỏng.`);
  }
  for (const name of entries.keys()) {
    if (name !== MANIFEST_ENTRY && !expected.has(name)) {
      throw new BackupError(`Mục ${name} không có trong manifest.`);
    }
  }
}

/** Inserts a table's staged JSON lines in batches, columns by name. */
async function loadTable(client: pg.PoolClient, dir: string, table: TableInfo): Promise<void> {
  const cols = table.columns.map(quoteIdent).join(', ');
  const insert = `insert into ${quoteIdent(table.name)} (${cols}) overriding system value
    select ${cols} from json_populate_recordset(null::${quoteIdent(table.name)}, $1::json)`;
  const lines = readline.createInterface({
    input: fs.createReadStream(stagedPath(dir, tableEntry(table.name))),
    crlfDelay: Infinity,
  });
  let batch: string[] = [];
  let bytes = 0;
  for await (const line of lines) {
    batch.push(line);
    bytes += line.length;
    if (batch.length >= 2000 || bytes > 4_000_000) {
      await client.query(insert, [`[${batch.join(',')}]`]);
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length) await client.query(insert, [`[${batch.join(',')}]`]);
}

async function readsBytes(store: FileStore, key: string): Promise<string | null> {
  const body = await store.get(key).catch(() => null);
  return body ? createHash('sha256').update(body).digest('hex') : null;
}

/**
 * Replaces all data and evidence files with a backup's. Order of safety: unpack and check
 * every checksum and the schema version (nothing touched yet); put the backup's files that
 * the current data does not use (new keys, invisible to it); then in ONE transaction empty
 * every table, insert, move sequences, export every table again and compare counts and
 * checksums — any difference rolls back and the added files are removed. Only after the
 * commit are files the old data alone used deleted.
 */
export async function restoreBackup(
  database: Database,
  store: FileStore,
  archive: string,
): Promise<BackupManifest> {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'papi-restore-'));
  const added: string[] = [];
  try {
    const staged = await unpack(archive, dir).catch((err: unknown) => {
      if (err instanceof BackupError) throw err;
      throw new BackupError(`Không đọc được tệp sao lưu: ${(err as Error).message}`, {
        cause: err,
      });
    });
    const live = await listTables(onPg(database.pool));
    verifyStaged(staged, await currentMigration(database), live);
    const { manifest } = staged;

    const { rows: current } = await database.pool.query<{ key: string }>(
      'select storage_key as key from evidence_file union all select storage_key from feedback_file',
    );
    const oldKeys = new Set(current.map((r) => r.key));
    // A key names one upload forever, so a key the current data uses holds the same bytes;
    // it is rewritten only after the commit, and only if it is missing or differs.
    const rewriteAfter: BackupManifest['files'] = [];
    for (const f of manifest.files) {
      if (oldKeys.has(f.key)) {
        if ((await readsBytes(store, f.key)) !== f.sha256) rewriteAfter.push(f);
        continue;
      }
      await store.put(
        f.key,
        await fsp.readFile(stagedPath(dir, fileEntry(f.key))),
        'application/octet-stream',
      );
      added.push(f.key);
    }

    const client = await database.pool.connect();
    try {
      await client.query('begin');
      await setStableOutput(onPg(client));
      // Derived tables (task_count) come back as saved: their triggers stand aside.
      await client.query(`set local papi.restoring = 'on'`);
      await client.query(
        `truncate ${live.map((t) => quoteIdent(t.name)).join(', ')} restart identity`,
      );
      for (const table of live) await loadTable(client, dir, table);
      for (const s of manifest.sequences) {
        await client.query('select setval($1::regclass, $2, $3)', [
          quoteIdent(s.name),
          s.lastValue,
          s.isCalled,
        ]);
      }
      for (const t of manifest.tables) {
        const digest = await exportTable(onPg(client), t.name);
        if (digest.rows !== t.rows || digest.sha256 !== t.sha256) {
          throw new BackupError(
            `Bảng ${t.name} sau khôi phục có ${digest.rows} dòng, mã kiểm tra khác bản sao lưu (${t.rows} dòng): đã hủy khôi phục.`,
          );
        }
      }
      await client.query('commit');
    } catch (err) {
      await client.query('rollback').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
    added.length = 0;

    for (const f of rewriteAfter) {
      await store.put(
        f.key,
        await fsp.readFile(stagedPath(dir, fileEntry(f.key))),
        'application/octet-stream',
      );
    }
    const restoredKeys = new Set(manifest.files.map((f) => f.key));
    for (const key of oldKeys) if (!restoredKeys.has(key)) await store.delete(key).catch(() => {});
    return manifest;
  } finally {
    for (const key of added) await store.delete(key).catch(() => {});
    await fsp.rm(dir, { recursive: true, force: true });
  }
}
