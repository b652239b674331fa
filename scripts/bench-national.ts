// `npm run bench` (second part): national-scale data — 34 provinces, 3,321 communes, their
// agencies, ~200,000 tasks — then each question over real HTTP (a server on 127.0.0.1, an
// ephemeral port, logged-in clients) at concurrency 1 and 16 against the raw SQL of the same
// question on the same pool, and the process memory across repeated rounds.
// BENCH_SCALE=0.1 for a quick run (fewer tasks; the units are always all of them).
// DATABASE_URL=postgres://… runs it on PostgreSQL (scratch database, dropped at the end).
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { bootstrap } from '../apps/server/src/bootstrap.ts';
import { createApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { DEMO_PASSWORD } from '../apps/server/src/seed/demo.ts';
import { NATIONAL_YEAR, generateNational } from '../apps/server/src/seed/national/national.ts';
import { openScratch } from './bench/scratch-db.ts';
import { HttpLoad, localLoad, type Limits, type LoadResult } from './bench/load.ts';
import {
  executionCases,
  inboxCases,
  pickFixture,
  pickReporting,
  reportingCases,
  type BenchCase,
} from './bench/national-cases.ts';

const scale = Number(process.env.BENCH_SCALE ?? 1);
const rounds = Math.max(2, Number(process.env.BENCH_ROUNDS ?? 3));
const LIMITS: Record<number, Limits> = {
  1: { maxRequests: 300, maxMs: 2500 },
  16: { maxRequests: 3000, maxMs: 3000 },
};
const REPEAT: Limits = { maxRequests: 1000, maxMs: 1000 };

const { database, drop } = await openScratch({ onDisk: true });
const t0 = performance.now();
await bootstrap(database, { demo: true });
console.log(
  `\nPAPI Hub national bench — ${database.kind}, scale ${scale} ` +
    `(bootstrap ${(performance.now() - t0).toFixed(0)} ms)\n`,
);
const steps = await generateNational(database.pool, { scale });
console.log('| generated | rows | ms | rows/s |\n|---|---:|---:|---:|');
for (const s of steps) {
  const rate = s.rows ? Math.round((s.rows * 1000) / s.ms).toLocaleString('en') : '';
  console.log(`| ${s.table} | ${s.rows.toLocaleString('en')} | ${s.ms.toFixed(0)} | ${rate} |`);
}

const app = createApp(database, loadConfig({ DATA_DIR: '/nonexistent' }));
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise<void>((resolve) => server.once('listening', resolve));
const port = (server.address() as AddressInfo).port;
const load = new HttpLoad(port);

// Counts the statements one request sends (fixed per-request costs show up here).
// BENCH_TRACE=1 also prints each statement of that request with its time.
let statements = 0;
let trace: string[] | null = null;
const poolQuery = database.pool.query.bind(database.pool) as (...a: unknown[]) => Promise<unknown>;
(database.pool as unknown as { query: (...a: unknown[]) => unknown }).query = (...a) => {
  statements++;
  const start = performance.now();
  const result = poolQuery(...a);
  const log = trace;
  if (log) {
    const q = a[0] as string | { text: string };
    const text = (typeof q === 'string' ? q : q.text).replace(/\s+/g, ' ').trim().slice(0, 90);
    void result.then(() => log.push(`  ${(performance.now() - start).toFixed(2)} ms  ${text}`));
  }
  return result;
};
async function statementsOf(path: string, cookie: string) {
  const before = statements;
  if (process.env.BENCH_TRACE) trace = [];
  const start = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { cookie } });
  await res.arrayBuffer();
  if (trace) {
    console.log(`${path}: ${(performance.now() - start).toFixed(2)} ms\n${trace.join('\n')}`);
    trace = null;
  }
  return statements - before;
}

const cookies = new Map<string, string>();
async function sessionOf(username: string) {
  const known = cookies.get(username);
  if (known) return known;
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  cookies.set(username, cookie);
  return cookie;
}

const fixture = await pickFixture(database, NATIONAL_YEAR);
const reporting = await pickReporting(database, NATIONAL_YEAR);
const cases: BenchCase[] = [
  ...executionCases(database, fixture),
  ...reportingCases(database, fixture, reporting, NATIONAL_YEAR),
  ...inboxCases(database, fixture),
];

const ms = (v: number) => v.toFixed(v < 10 ? 2 : 1);
const rps = (r: LoadResult) => Math.round(r.rps).toLocaleString('en');
const rowsOut: string[] = [];
for (const c of cases) {
  const cookie = await sessionOf(c.user);
  // Warm-up: JIT, plan caches, the session cache; not measured.
  await load.run(c.path, cookie, 4, { maxRequests: 30, maxMs: 1500 });
  await localLoad(c.sql, 4, { maxRequests: 30, maxMs: 1500 });
  const perRequest = await statementsOf(c.path, cookie);
  for (const concurrency of [1, 16]) {
    const api = await load.run(c.path, cookie, concurrency, LIMITS[concurrency]!);
    const raw = await localLoad(c.sql, concurrency, LIMITS[concurrency]!);
    const fail = api.failures || raw.failures ? ` ⚠ ${api.failures + raw.failures} failed` : '';
    rowsOut.push(
      `| ${c.name}${fail} | ${concurrency} | ${perRequest} | ${rps(api)} | ${ms(api.p50)} | ${ms(api.p99)} | ` +
        `${rps(raw)} | ${ms(raw.p50)} | ${ms(raw.p99)} | ${(api.p50 / raw.p50).toFixed(2)}× | ` +
        `${(raw.rps / api.rps).toFixed(2)}× |`,
    );
  }
}
console.log(
  `\nAPI = HTTP on 127.0.0.1 (keep-alive, logged in); SQL = the same question on the same pool. ` +
    `ms; ratio = API/SQL.\n`,
);
console.log(
  '| question | conc. | SQL/req | API req/s | API p50 | API p99 | SQL req/s | SQL p50 | SQL p99 | p50 ratio | throughput ratio |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rowsOut) console.log(r);

// Memory: the whole API load again, several times; the server's heap must not grow with it.
const memory = () => {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return { rss: m.rss / 1e6, heap: m.heapUsed / 1e6 };
};
const samples = [memory()];
for (let round = 2; round <= rounds; round++) {
  for (const c of cases) await load.run(c.path, await sessionOf(c.user), 16, REPEAT);
  samples.push(memory());
}
const gcNote = (globalThis as { gc?: unknown }).gc ? 'after GC' : 'no --expose-gc';
console.log(
  `\nMemory of the process serving HTTP (${gcNote}), after round 1…${rounds}: ` +
    `RSS ${samples.map((s) => s.rss.toFixed(0)).join(' → ')} MB, ` +
    `JS heap ${samples.map((s) => s.heap.toFixed(0)).join(' → ')} MB`,
);
const growth = samples.at(-1)!.heap - samples[1]!.heap;
console.log(
  `JS heap change from round 2 to round ${rounds}: ${growth >= 0 ? '+' : ''}${growth.toFixed(1)} MB ` +
    `(${Math.abs(growth) < 20 ? 'flat' : 'GROWING'})`,
);

await load.close();
await new Promise<void>((resolve) => server.close(() => resolve()));
await database.close();
await drop();
