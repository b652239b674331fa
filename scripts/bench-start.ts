// Start-up bench (npm run bench): time from launching the server to a healthy /api/health,
// for a fresh start with demo data (empty DATA_DIR: migrations, unit import, demo seed) and
// a restart on that data, and the serving process's memory. The built server (what `npm
// start` now becomes) is set beside the TypeScript sources run through tsx, the way the
// server started before it was built, measured in the same run as the baseline.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { ensureBuilt } from './ensure-built.mjs';
import { freePort } from './test-server.ts';

const root = path.resolve(import.meta.dirname, '..');
const ROUNDS = Number(process.env.BENCH_START_ROUNDS ?? 3);

async function healthy(port: number, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode})`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** Starts one server on dataDir, waits for health, returns seconds and RSS, stops it. */
async function startOnce(args: string[], dataDir: string) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: '' },
    stdio: 'ignore',
  });
  await healthy(port, child);
  const seconds = (performance.now() - started) / 1000;
  const rss = rssMb(child.pid!);
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  return { seconds, rss };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

await ensureBuilt();
const variants = [
  { name: 'built (npm start)', args: ['scripts/start.mjs'] },
  { name: 'tsx sources (before)', args: ['--import', 'tsx', 'apps/server/src/main.ts'] },
];
const rows: string[][] = [];
const results = new Map<string, { fresh: number; restart: number; rss: number }>();
for (const v of variants) {
  const fresh: number[] = [];
  const restart: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'papihub-start-'));
    try {
      fresh.push((await startOnce(v.args, dataDir)).seconds);
      const again = await startOnce(v.args, dataDir);
      restart.push(again.seconds);
      rss.push(again.rss);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
  results.set(v.name, { fresh: median(fresh), restart: median(restart), rss: median(rss) });
}
const base = results.get('tsx sources (before)')!;
for (const [name, r] of results) {
  rows.push([
    name,
    r.fresh.toFixed(2),
    (r.fresh / base.fresh).toFixed(2),
    r.restart.toFixed(2),
    (r.restart / base.restart).toFixed(2),
    r.rss.toFixed(0),
  ]);
}
console.log(`\nStart-up (PGlite, median of ${ROUNDS}; goals: restart ≤ 2 s, fresh start ≤ 10 s)`);
console.log(
  '| server | fresh start with demo (s) | ratio | restart (s) | ratio | RSS after restart (MB) |',
);
console.log('|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
const built = results.get('built (npm start)')!;
console.log(
  `restart ≤ 2 s: ${built.restart <= 2 ? 'đạt' : 'CHƯA ĐẠT'}; fresh ≤ 10 s: ${built.fresh <= 10 ? 'đạt' : 'CHƯA ĐẠT'}`,
);
