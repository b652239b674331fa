import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { drizzle, type NodePgDatabase, type NodePgQueryResultHKT } from 'drizzle-orm/node-postgres';
import { PgTransaction, type PgDatabase } from 'drizzle-orm/pg-core';
import * as schema from './schema.ts';
import { acquireDataDirLock } from './lock.ts';
import { SERVER_ROOT } from '../paths.ts';

export type Db = NodePgDatabase<typeof schema>;
/** The database or an open transaction: services take this so callers choose the boundary. */
export type Executor = PgDatabase<NodePgQueryResultHKT, typeof schema>;

/**
 * Runs independent reads together on the pool, but one after another inside a transaction:
 * a transaction is one client, and pg only queues (pg@9 refuses) overlapping queries on it.
 */
export async function readTogether<T extends readonly unknown[]>(
  db: Executor,
  reads: { [K in keyof T]: () => Promise<T[K]> },
): Promise<T> {
  if (!(db instanceof PgTransaction))
    return (await Promise.all(reads.map((r) => r()))) as unknown as T;
  const out: unknown[] = [];
  for (const read of reads) out.push(await read());
  return out as unknown as T;
}
export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  kind: DatabaseKind;
  pool: pg.Pool;
  db: Db;
  /** PGlite only: the directory of its Unix socket (`.s.PGSQL.5432`, password per start). */
  socketDir?: string;
  /** PGlite only: the whole data directory as a tarball (test snapshots). */
  dump?: () => Promise<Blob>;
  close: () => Promise<void>;
}

// DATE columns come back as 'YYYY-MM-DD' strings, not JS Dates shifted by the time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export interface OpenOptions {
  databaseUrl?: string | undefined;
  dataDir?: string;
  /** PGlite: start from a snapshot tarball instead of a directory (tests). */
  snapshot?: Blob;
  /** PGlite: an in-memory database that is gone when closed (building test snapshots). */
  memory?: boolean;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    let closing = false;
    // An idle client whose server connection drops must not crash the process (pg docs).
    pool.on('error', (err) => {
      if (!closing) console.error('Lỗi kết nối PostgreSQL:', err.message);
    });
    await pool.query('select 1');
    return {
      kind: 'postgres',
      pool,
      db: drizzle(pool, { schema }),
      close: () => {
        closing = true;
        return pool.end();
      },
    };
  }
  return openPglite(options);
}

/**
 * PGlite keeps its one backend when the pool replaces a broken connection, and with it the
 * named statements the old client prepared ("load-session"); the new client would prepare
 * them again and fail with "already exists" on every request from then on. So each client
 * clears them before the pool hands it out.
 */
class FreshClient extends pg.Client {
  override connect(): Promise<pg.Client>;
  override connect(callback: ((err: Error) => void) | ((err: null, c: pg.Client) => void)): void;
  override connect(
    callback?: ((err: Error) => void) | ((err: null, c: pg.Client) => void),
  ): Promise<pg.Client> | void {
    const ready = super.connect().then(async () => {
      await this.query('deallocate all');
      return this as pg.Client;
    });
    if (!callback) return ready;
    const done = callback as (err: Error | null, c?: pg.Client) => void;
    ready.then(
      (c) => done(null, c),
      (err: Error) => done(err),
    );
  }
}

/** Longest Unix socket path Linux and macOS accept is ~104 bytes; leave room. */
const MAX_SOCKET_DIR = 80;

/**
 * The directory of PGlite's Unix socket, only this user's (0700): DATA_DIR/run, or a fresh
 * temporary one for in-memory databases and for a DATA_DIR whose path is too long.
 */
function socketDirFor(root: string | undefined): { dir: string; remove: () => void } {
  const inRoot = root ? path.join(root, 'run') : undefined;
  if (inRoot && inRoot.length <= MAX_SOCKET_DIR) {
    fs.mkdirSync(inRoot, { recursive: true, mode: 0o700 });
    fs.chmodSync(inRoot, 0o700);
    return { dir: inRoot, remove: () => {} };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'papi-db-'));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

async function openPglite(options: OpenOptions): Promise<Database> {
  let release = () => {};
  let dataDir: string | undefined;
  let root: string | undefined;
  if (!options.snapshot && !options.memory) {
    root = options.dataDir ?? path.resolve('data');
    // The database files and evidence live here: nobody else may read them.
    fs.mkdirSync(root, { recursive: true, mode: 0o700 });
    fs.chmodSync(root, 0o700);
    release = acquireDataDirLock(root);
    dataDir = path.join(root, 'pglite');
  }
  const socket = socketDirFor(root);
  const secret = randomBytes(24).toString('base64url');
  const worker = new Worker(path.join(SERVER_ROOT, 'src/db/pglite-worker.mjs'), {
    workerData: { dataDir, loadDataDir: options.snapshot, socketDir: socket.dir, secret },
  });
  await new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (m: { type: string }) => {
      if (m.type === 'ready') resolve();
    });
  });
  // PGlite is one backend: a single connection keeps transactions from interleaving.
  const pool = new pg.Pool({
    host: socket.dir,
    port: 5432,
    password: secret,
    user: 'postgres',
    database: 'postgres',
    max: 1,
    Client: FreshClient,
    // Keep the one connection: a reconnect costs `deallocate all` (FreshClient) and
    // re-preparing the named statements.
    idleTimeoutMillis: 0,
  });
  const request = <T>(type: string, reply: string) =>
    new Promise<T>((resolve) => {
      const onMessage = (m: { type: string; blob?: T }) => {
        if (m.type !== reply) return;
        worker.off('message', onMessage);
        resolve(m.blob as T);
      };
      worker.on('message', onMessage);
      worker.postMessage({ type });
    });
  return {
    kind: 'pglite',
    pool,
    db: drizzle(pool, { schema }),
    socketDir: socket.dir,
    dump: () => request<Blob>('dump', 'dump'),
    close: async () => {
      await pool.end();
      await request('stop', 'stopped');
      await worker.terminate();
      socket.remove();
      release();
    },
  };
}
