import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { TBackupResult } from '@papi/contracts';
import type { Database } from './client.ts';
import type { Config } from '../config.ts';
import { runBackup } from '../modules/system/backups.service.ts';

/**
 * How `npm run cli -- backup` reaches a running server on PGlite, whose data directory only
 * that server may open: a Unix socket DATA_DIR/run/control.sock (0600 in a 0700 directory),
 * so only the OS user that owns the data — who could read the database files anyway — can
 * ask. It answers one request, POST /backup, with the backup's summary.
 */
export const controlSocketPath = (dataDir: string) => path.join(dataDir, 'run', 'control.sock');

export async function startControlSocket(
  database: Database,
  config: Config,
): Promise<http.Server | null> {
  const socketPath = controlSocketPath(config.dataDir);
  // Unix socket paths are limited to ~104 bytes; the admin endpoint remains.
  if (socketPath.length > 100) return null;
  fs.mkdirSync(path.dirname(socketPath), { recursive: true, mode: 0o700 });
  fs.rmSync(socketPath, { force: true });
  let running: Promise<unknown> = Promise.resolve();
  const server = http.createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/backup') {
      res.writeHead(404).end();
      return;
    }
    // One backup at a time; the next waits for the one in hand.
    const job = running.then(() => runBackup(database, config));
    running = job.catch(() => {});
    job.then(
      (result) =>
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result)),
      (err: unknown) =>
        res
          .writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ message: err instanceof Error ? err.message : String(err) })),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });
  fs.chmodSync(socketPath, 0o600);
  return server;
}

/** Asks the server holding `dataDir` for a backup (CLI side). */
export function requestServerBackup(dataDir: string): Promise<TBackupResult> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { socketPath: controlSocketPath(dataDir), method: 'POST', path: '/backup' },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = JSON.parse(
            Buffer.concat(chunks).toString('utf8') || '{}',
          ) as TBackupResult & {
            message?: string;
          };
          if (res.statusCode === 200) resolve(body);
          else reject(new Error(`Máy chủ không sao lưu được: ${body.message ?? res.statusCode}`));
        });
      },
    );
    req.on('error', (err) =>
      reject(
        new Error(
          `Không liên lạc được máy chủ đang giữ ${dataDir} qua ${controlSocketPath(dataDir)} ` +
            `(${err.message}). Hãy dùng chức năng sao lưu của quản trị hệ thống (POST /api/system/backups).`,
        ),
      ),
    );
    req.end();
  });
}
