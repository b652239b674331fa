// Soak (npm run soak): N simulated officers, each with their own agency, task and report,
// for a while against real server processes — two on one PostgreSQL (one of them killed
// with -9 halfway), then one on PGlite. Prints throughput, p50/p99 per operation, errors,
// 5xx and the servers' RSS, checks that every acknowledged write is in the database, and
// exits non-zero when a goal is missed.
//   npm run soak -- --seconds=60 --users=50 --db=postgres|pglite|both --think-ms=1000
//   env: SOAK_SECONDS, SOAK_USERS, SOAK_DB, SOAK_THINK_MS, SOAK_WARMUP_SECONDS,
//        DATABASE_URL (the PostgreSQL server; a fresh database is created on it and dropped)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { rssMb, startServerProcess, type ServerProcess } from './soak-servers.ts';
import { setUpUsers } from './soak-setup.ts';
import { runUser, SoakRecorder, type Target } from './soak-load.ts';
import { verifyWrites, type Verification } from './soak-verify.ts';
import { printRun, type RssRow } from './soak-report.ts';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string' },
    users: { type: 'string' },
    db: { type: 'string' },
    'think-ms': { type: 'string' },
  },
});
const env = process.env;
const users = Number(args.users ?? env.SOAK_USERS ?? 200);
const only = args.db ?? env.SOAK_DB ?? 'both';
const thinkMs = Number(args['think-ms'] ?? env.SOAK_THINK_MS ?? 1000);
const secondsFor = (fallback: number) => Number(args.seconds ?? env.SOAK_SECONDS ?? fallback);
const pgUrl = env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

interface Run {
  kind: 'postgres' | 'pglite';
  seconds: number;
  processes: number;
}
const runs: Run[] = [
  { kind: 'postgres' as const, seconds: secondsFor(600), processes: 2 },
  { kind: 'pglite' as const, seconds: secondsFor(300), processes: 1 },
].filter((r) => only === 'both' || only === r.kind);
if (runs.length === 0) throw new Error(`--db: postgres, pglite or both (not “${only}”)`);

/** A fresh database on the PostgreSQL server, or none for PGlite. */
async function freshDatabase(kind: Run['kind']) {
  if (kind === 'pglite') return { url: '', drop: async () => {} };
  const name = `papihub_soak_${process.pid}_${Math.floor(performance.now())}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const u = new URL(pgUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

const at = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms - performance.now())));

async function soak(run: Run): Promise<boolean> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `papihub-soak-${run.kind}-`));
  const database = await freshDatabase(run.kind);
  const servers: ServerProcess[] = [];
  try {
    console.log(`\n[${run.kind}] khởi động ${run.processes} tiến trình máy chủ…`);
    // One after the other: the first migrates and seeds, the next finds it done.
    for (let i = 0; i < run.processes; i++)
      servers.push(
        await startServerProcess(String.fromCharCode(65 + i), {
          dataDir,
          databaseUrl: database.url,
        }),
      );
    console.log(`[${run.kind}] tạo ${users} người dùng, nhiệm vụ và báo cáo qua API…`);
    const setupStarted = performance.now();
    const people = await setUpUsers(servers[0]!.baseUrl, users);
    console.log(
      `[${run.kind}] chuẩn bị xong sau ${((performance.now() - setupStarted) / 1000).toFixed(0)} s; chạy ${run.seconds} s`,
    );

    const rss: RssRow[] = servers.map((s) => ({ name: s.name, pid: s.pid, points: {} }));
    const sample = (point: keyof RssRow['points']) => {
      for (const [i, s] of servers.entries())
        if (s.alive()) rss[i]!.points[point] = rssMb(s.pid) ?? undefined;
    };
    const targets: Target[] = servers.map((s) => ({ baseUrl: s.baseUrl, dead: false }));
    const rec = new SoakRecorder();
    const started = performance.now();
    const deadline = started + run.seconds * 1000;
    const warmup = Number(env.SOAK_WARMUP_SECONDS ?? Math.max(10, Math.round(run.seconds * 0.15)));
    sample('start');
    const load = Promise.all(people.map((u) => runUser(u, targets, rec, { deadline, thinkMs })));
    const schedule = (async () => {
      await at(started + warmup * 1000);
      sample('warm');
      await at(started + (run.seconds * 1000) / 2);
      sample('middle');
      if (servers.length > 1) {
        // Mark it first: only requests already sent to it may fail.
        targets[1]!.dead = true;
        await servers[1]!.kill9();
        console.log(
          `[${run.kind}] kill -9 tiến trình ${servers[1]!.name} (pid ${servers[1]!.pid})`,
        );
      }
    })();
    await load;
    await schedule;
    sample('end');
    const elapsed = (performance.now() - started) / 1000;
    for (const s of servers) await s.stop();
    const verification: Verification = await verifyWrites(run.kind, database.url, dataDir, rec);
    return printRun(
      {
        title: `${run.kind === 'postgres' ? 'PostgreSQL' : 'PGlite'}, ${run.processes} tiến trình, ${users} người dùng, ${run.seconds} s (khởi động ${warmup} s), nghỉ trung bình ${thinkMs} ms`,
        elapsed,
        killed: servers.length > 1 ? servers[1]!.name : null,
      },
      rec,
      rss,
      verification,
    );
  } catch (err) {
    for (const s of servers) console.error(`--- ${s.name} ---\n${s.tail().slice(-2000)}`);
    throw err;
  } finally {
    for (const s of servers) await s.stop();
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

let passed = true;
for (const run of runs) passed = (await soak(run)) && passed;
console.log(passed ? '\nSoak: đạt mọi mục tiêu.' : '\nSoak: CHƯA ĐẠT (xem bảng trên).');
process.exit(passed ? 0 : 1);
