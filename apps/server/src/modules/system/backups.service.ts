import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { TBackupInfo, TBackupResult } from '@papi/contracts';
import type { Database, Executor } from '../../db/client.ts';
import type { Config } from '../../config.ts';
import { createBackup } from '../../db/backup.ts';
import { fileStoreFor } from '../../platform/files/file-store.ts';
import { now } from '../../platform/clock.ts';

const NAME = /^papihub-\d{8}-\d{6}(-\d+)?\.tar\.gz$/;

/** papihub-20261125-020000.tar.gz (UTC), with -2, -3… when two start within a second. */
function freshName(dir: string): string {
  const stamp = now().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  for (let i = 1; ; i++) {
    const name = `papihub-${stamp}${i === 1 ? '' : `-${i}`}.tar.gz`;
    if (!fs.existsSync(path.join(dir, name)) && !fs.existsSync(path.join(dir, `${name}.part`)))
      return name;
  }
}

/** The backups in the directory, newest first. */
export async function listBackupFiles(config: Pick<Config, 'backupDir'>): Promise<TBackupInfo[]> {
  const names = await fsp.readdir(config.backupDir).catch(() => [] as string[]);
  const out: TBackupInfo[] = [];
  for (const name of names.filter((n) => NAME.test(n))) {
    const st = await fsp.stat(path.join(config.backupDir, name));
    out.push({ name, size: st.size, createdAt: st.mtime.toISOString() });
  }
  // The name carries the start time, so it sorts as the creation order.
  return out.sort((a, b) => b.name.localeCompare(a.name, 'en'));
}

/**
 * Writes a backup into BACKUP_DIR (0700: it holds password hashes and evidence), then keeps
 * only the newest BACKUP_KEEP. `tx`: the request's or job's transaction (PGlite reads
 * through it; see createBackup).
 */
export async function runBackup(
  database: Database,
  config: Config,
  tx?: Executor,
): Promise<TBackupResult> {
  await fsp.mkdir(config.backupDir, { recursive: true, mode: 0o700 });
  const name = freshName(config.backupDir);
  const file = path.join(config.backupDir, name);
  const manifest = await createBackup(database, fileStoreFor(config), file, tx ? { tx } : {});
  const kept = await listBackupFiles(config);
  for (const old of kept.slice(config.backupKeep)) {
    await fsp.rm(path.join(config.backupDir, old.name), { force: true });
  }
  return {
    name,
    size: (await fsp.stat(file)).size,
    createdAt: manifest.createdAt,
    tables: manifest.tables.length,
    rows: manifest.tables.reduce((n, t) => n + t.rows, 0),
    files: manifest.files.length,
    missingFiles: manifest.missingFiles.length,
  };
}
