// `npm run bench` (second part): national-scale data — 34 provinces, 3,321 communes, their
// agencies, ~200,000 tasks — then each question over real HTTP (a server in its own process
// on 127.0.0.1, logged-in keep-alive clients) at concurrency 1 and 16 against the SQL of the
// same question, prepared, on the server's own pool. Answers are compared first (ids,
// counts): any difference fails the bench. Each cell runs until 1,000 samples or 20 s.
// Then the server process's memory over several rounds of the whole load.
// BENCH_SCALE=0.1 for a quick run (fewer tasks; the units are always all of them).
// DATABASE_URL=postgres://… runs it on PostgreSQL (scratch database, dropped at the end).
// BENCH_ONLY=c (a letter, or several: BENCH_ONLY=ce) times only those questions.
import { fork, type ChildProcess } from 'node:child_process';
import { bootstrap } from '../apps/server/src/bootstrap.ts';
import { DEMO_PASSWORD } from '../apps/server/src/seed/demo.ts';
import { NATIONAL_YEAR, generateNational } from '../apps/server/src/seed/national/national.ts';
import { todayVn } from '../apps/server/src/platform/clock.ts';
import { openScratch } from './bench/scratch-db.ts';
import { HttpLoad, type Limits, type LoadResult } from './bench/load.ts';
import { allCases, fixtureOf } from './bench/national-cases.ts';
import type { Command } from './bench/national-server.ts';
import { goalOf, printGoals, slope, type Cell } from './bench/national-report.ts';

const started = performance.now();
const scale = Number(process.env.BENCH_SCALE ?? 1);
const rounds = Math.max(5, Number(process.env.BENCH_ROUNDS ?? 5));
const CELL: Limits = {
  maxRequests: Number(process.env.BENCH_SAMPLES ?? 1000),
  maxMs: Number(process.env.BENCH_CELL_MS ?? 20_000),
};
const REPEAT: Limits = { maxRequests: 1000, maxMs: 1000 };

const { database, drop, where } = await openScratch({ onDisk: true });
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
const { fixture, reporting } = await fixtureOf(database.pool, NATIONAL_YEAR);
const summary = await database.pool.query<{ tasks: number; counts: number }>(
  'select (select count(*) from task_state)::int as tasks, (select count(*) from task_count)::int as counts',
);
console.log(
  `\n${summary.rows[0]!.tasks.toLocaleString('en')} tasks; task_count holds ` +
    `${summary.rows[0]!.counts.toLocaleString('en')} rows.`,
);
// PGlite has one owner: the server process opens the data directory after this one closes it.
await database.close();

const child: ChildProcess = fork(new URL('./bench/national-server.ts', import.meta.url), [], {
  execArgv: ['--import', 'tsx', '--expose-gc'],
  env: { ...process.env, BENCH_SERVER: JSON.stringify({ ...where, fixture, reporting }) },
});
// Whatever ends this process ends the server's too.
process.on('exit', () => child.kill());
let nextId = 1;
const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
const port = await new Promise<number>((resolve, reject) => {
  child.once('exit', (code) => reject(new Error(`server process exited (${code})`)));
  child.on(
    'message',
    (m: { type?: string; port?: number; id?: number; result?: unknown; error?: string }) => {
      if (m.type === 'ready') return resolve(m.port!);
      const p = pending.get(m.id!);
      pending.delete(m.id!);
      if (m.error) p?.reject(new Error(m.error));
      else p?.resolve(m.result);
    },
  );
});
type Ask = Command extends infer C ? (C extends { id: number } ? Omit<C, 'id'> : never) : never;
const ask = <T>(c: Ask) =>
  new Promise<T>((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
    child.send({ ...c, id });
  });

const load = new HttpLoad(port);
const base = `http://127.0.0.1:${port}`;
const cookies = new Map<string, string>();
async function sessionOf(username: string) {
  const known = cookies.get(username);
  if (known) return known;
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  cookies.set(username, cookie);
  return cookie;
}
const getJson = async (path: string, cookie: string) => {
  const res = await fetch(`${base}${path}`, { headers: { cookie } });
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<unknown>;
};

// 1. Answers: the API's rows and counts equal the baseline's (and the recount for (c)).
const cases = allCases(fixture, reporting, todayVn());
// Indices stay those of allCases: the server process asks its own list by index.
const only = process.env.BENCH_ONLY;
const chosen = [...cases.entries()].filter(([, c]) => !only || only.includes(c.name[1]!));
const wrong: string[] = [];
for (const [index, c] of chosen) {
  const cookie = await sessionOf(c.user);
  const same = c.match ?? ((a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b));
  for (let i = 0; i < c.checks; i++) {
    const [api, raw] = await Promise.all([
      getJson(c.paths[i % c.paths.length]!, cookie).then((b) => c.ofApi(b)),
      ask({ type: 'answer', index, request: i }),
    ]).catch((err: unknown) => [String(err), 'failed'] as const);
    if (!same(api, raw)) {
      wrong.push(
        `${c.name} [${c.paths[i % c.paths.length]}]\n  API: ${JSON.stringify(api)}\n  SQL: ${JSON.stringify(raw)}`,
      );
      break;
    }
  }
  if (c.reference) {
    const api = c.ofApi(await getJson(c.paths[0]!, cookie));
    const ref = await ask({ type: 'reference', index });
    if (JSON.stringify(api) !== JSON.stringify(ref)) {
      wrong.push(
        `${c.name}: API ≠ full recount\n  API: ${JSON.stringify(api)}\n  recount: ${JSON.stringify(ref)}`,
      );
    }
  }
}
console.log(
  wrong.length
    ? `\nANSWERS DIFFER (${wrong.length}):\n${wrong.join('\n')}`
    : `\nAnswers checked: every question's API rows and counts equal the SQL's (and (c) a full recount of task_state).`,
);

// 2. Timings.
const cells: Cell[] = [];
for (const [index, c] of chosen) {
  const cookie = await sessionOf(c.user);
  // Warm-up: JIT, prepared statements on every connection, the session cache; not measured.
  await load.run(c.paths, cookie, 16, { maxRequests: 60, maxMs: 2000 });
  await ask({ type: 'sql', index, concurrency: 16, limits: { maxRequests: 60, maxMs: 2000 } });
  await ask({ type: 'count-start' });
  await getJson(c.paths[0]!, cookie);
  const perRequest = await ask<number>({ type: 'count-stop' });
  for (const concurrency of [1, 16]) {
    const api = await load.run(c.paths, cookie, concurrency, CELL);
    const raw = await ask<LoadResult>({ type: 'sql', index, concurrency, limits: CELL });
    cells.push({ c, concurrency, perRequest, api, raw, goal: goalOf(c, api, raw) });
  }
}
printGoals(cells);

// 3. Memory of the server process alone, after each round of the whole API load.
type Mem = { rss: number; heap: number };
const samples: Mem[] = [await ask<Mem>({ type: 'memory' })];
for (let round = 1; round <= rounds; round++) {
  for (const [, c] of chosen) await load.run(c.paths, await sessionOf(c.user), 16, REPEAT);
  samples.push(await ask<Mem>({ type: 'memory' }));
}
const rss = samples.map((s) => s.rss);
const heap = samples.map((s) => s.heap);
// Round 0 is before the rounds; the slope is fitted over rounds 1…n (warm).
const rssSlope = slope(rss.slice(1));
const heapSlope = slope(heap.slice(1));
console.log(
  `\nMemory of the server process alone (after GC), before and after each of ${rounds} rounds ` +
    `(every question, ${REPEAT.maxRequests} requests or ${REPEAT.maxMs / 1000} s each, concurrency 16):\n` +
    `RSS ${rss.map((v) => v.toFixed(0)).join(' → ')} MB; slope ${rssSlope >= 0 ? '+' : ''}${rssSlope.toFixed(2)} MB/round\n` +
    `JS heap ${heap.map((v) => v.toFixed(0)).join(' → ')} MB; slope ${heapSlope >= 0 ? '+' : ''}${heapSlope.toFixed(2)} MB/round ` +
    `(${Math.abs(heapSlope) < 2 ? 'flat' : 'GROWING'})`,
);

await load.close();
await ask({ type: 'close' });
await new Promise((resolve) => child.once('exit', resolve));
await drop();
console.log(
  `\nTotal bench time (${database.kind}): ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
if (wrong.length) {
  console.error('\nThe API and the SQL disagree (see above): failing.');
  process.exit(1);
}
