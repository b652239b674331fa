// Runs PGlite in a worker thread behind a PostgreSQL wire-protocol socket, so that a
// long query never blocks the HTTP event loop and the app speaks `pg` to both databases.
// Plain JavaScript on purpose: a worker entry must load without the TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** @type {{ dataDir?: string, loadDataDir?: Blob }} */
const input = workerData;
const db = await PGlite.create({
  ...(input.dataDir ? { dataDir: input.dataDir } : {}),
  ...(input.loadDataDir ? { loadDataDir: input.loadDataDir } : {}),
});
// The app's pool uses one connection at a time, but pg-pool replaces a connection after a
// query error (client.release(err)) before the server has noticed the old one closing: with
// the default limit of 1 the replacement would be refused ("Too many connections").
const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections: 4 });
await server.start();
const port = Number(server.getServerConn().split(':').pop());
parentPort?.postMessage({ type: 'ready', port });

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
