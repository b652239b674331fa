// The server of the national bench, in its own process so that its memory is the server's
// alone (the load generator and the bench's bookkeeping live in the parent). It also runs
// the SQL baselines, on the app's own pool (same connections and settings; PGlite has one
// owner process). Driven over IPC by bench-national.ts; loopback only, ephemeral port.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../apps/server/src/app.ts';
import { loadConfig } from '../../apps/server/src/config.ts';
import { openDatabase } from '../../apps/server/src/db/client.ts';
import { todayVn } from '../../apps/server/src/platform/clock.ts';
import { allCases } from './national-cases.ts';
import type { Fixture, ReportingFixture } from './national-fixture.ts';
import { localLoad, type Limits } from './load.ts';

export type Command =
  | { id: number; type: 'sql'; index: number; concurrency: number; limits: Limits }
  | { id: number; type: 'answer'; index: number; request: number }
  | { id: number; type: 'reference'; index: number }
  | { id: number; type: 'count-start' | 'count-stop' | 'memory' | 'close' };

const input = JSON.parse(process.env.BENCH_SERVER!) as {
  databaseUrl?: string;
  dataDir?: string;
  fixture: Fixture;
  reporting: ReportingFixture;
};
const database = await openDatabase(
  input.databaseUrl ? { databaseUrl: input.databaseUrl } : { dataDir: input.dataDir! },
);
const app = createApp(database, loadConfig({ DATA_DIR: '/nonexistent' }));
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise<void>((resolve) => server.once('listening', resolve));
const cases = allCases(input.fixture, input.reporting, todayVn());

// Counts the statements of one request (fixed per-request costs show up here).
let statements = 0;
const poolQuery = database.pool.query.bind(database.pool) as (...a: unknown[]) => Promise<unknown>;
(database.pool as unknown as { query: (...a: unknown[]) => unknown }).query = (...a) => {
  statements++;
  return poolQuery(...a);
};

const send = (m: unknown) => process.send!(m);
async function handle(c: Command): Promise<unknown> {
  switch (c.type) {
    case 'sql': {
      const k = cases[c.index]!;
      return localLoad((i) => k.sql(database.pool, i), c.concurrency, c.limits);
    }
    case 'answer': {
      const k = cases[c.index]!;
      return k.ofSql(await k.sql(database.pool, c.request));
    }
    case 'reference':
      return (await cases[c.index]!.reference?.(database.pool)) ?? null;
    case 'count-start':
      statements = 0;
      return null;
    case 'count-stop':
      return statements;
    case 'memory': {
      (globalThis as { gc?: () => void }).gc?.();
      const m = process.memoryUsage();
      return { rss: m.rss / 1e6, heap: m.heapUsed / 1e6 };
    }
    case 'close':
      (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
      return null;
  }
}
process.on('message', (c: Command) => {
  handle(c).then(
    (result) => {
      send({ id: c.id, result });
      if (c.type === 'close') process.disconnect();
    },
    (err: unknown) => send({ id: c.id, error: String((err as Error).stack ?? err) }),
  );
});
// The bench died (an error, Ctrl-C): nobody will ask for `close`; do not stay behind.
process.on('disconnect', () => process.exit(0));
send({ type: 'ready', port: (server.address() as AddressInfo).port });
