// Runs PGlite in a worker thread behind a PostgreSQL wire-protocol socket, so that a
// long query never blocks the HTTP event loop and the app speaks `pg` to both databases.
// The socket is a Unix socket in a directory only this user can enter (0700, socket 0600),
// and every connection must give a password chosen at random for this start: no TCP port,
// no other local user, and no process that does not know the secret reaches the data.
// Plain JavaScript on purpose: a worker entry must load without the TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import fs from 'node:fs';
import path from 'node:path';
import { AuthenticatedSocketServer } from './pglite-auth.mjs';

/** @type {{ dataDir?: string, loadDataDir?: Blob, socketDir: string, secret: string }} */
const input = workerData;
const db = await PGlite.create({
  ...(input.dataDir ? { dataDir: input.dataDir } : {}),
  ...(input.loadDataDir ? { loadDataDir: input.loadDataDir } : {}),
});
// The app's pool uses one connection at a time, but pg-pool replaces a connection after a
// query error (client.release(err)) before the server has noticed the old one closing: with
// the default limit of 1 the replacement would be refused ("Too many connections").
const socketPath = path.join(input.socketDir, '.s.PGSQL.5432');
// A socket file left by a killed process would make listen() fail with EADDRINUSE.
fs.rmSync(socketPath, { force: true });
const server = new AuthenticatedSocketServer({
  db,
  path: socketPath,
  secret: input.secret,
  maxConnections: 4,
});
await server.start();
fs.chmodSync(socketPath, 0o600);
parentPort?.postMessage({ type: 'ready' });

parentPort?.on('message', (/** @type {{type: string}} */ msg) => {
  void (async () => {
    if (msg.type === 'dump') {
      const blob = await db.dumpDataDir('none');
      parentPort?.postMessage({ type: 'dump', blob });
    } else if (msg.type === 'stop') {
      await server.stop();
      await db.close();
      parentPort?.postMessage({ type: 'stopped' });
    }
  })();
});
