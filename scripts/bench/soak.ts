// Soak (npm run soak): N simulated officers, each with their own agency, task and report,
// for a while against real server processes — two on one PostgreSQL (one of them killed
// with -9 halfway), then one on PGlite. Prints throughput, p50/p99 per operation, errors,
// 5xx and the servers' RSS, checks that every acknowledged write is in the database, and
// exits non-zero when a goal is missed.
//   npm run soak -- --seconds=60 --users=50 --db=postgres|pglite|both --think-ms=1000
//                   [--no-kill] [--warmup-seconds=60] [--sample-seconds=30]
//   env: SOAK_SECONDS, SOAK_USERS, SOAK_DB, SOAK_THINK_MS, SOAK_WARMUP_SECONDS,
//        DATABASE_URL (the PostgreSQL server; a fresh database is created on it and dropped)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startServerProcess, type ServerProcess } from './soak-servers.ts';
import { setUpUsers } from './soak-setup.ts';
import { runUser, SoakRecorder, type Target } from './soak-load.ts';
import { verifyWrites, type Verification } from './soak-verify.ts';
import { printRun } from './soak-report.ts';
import { MemoryTrack, type Label } from './soak-memory-track.ts';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string' },
    users: { type: 'string' },
    db: { type: 'string' },
    'think-ms': { type: 'string' },
    'no-kill': { type: 'boolean' },
    'warmup-seconds': { type: 'string' },
    'sample-seconds': { type: 'string' },
  },
});
const env = process.env;
const users = Number(args.users ?? env.SOAK_USERS ?? 200);
const only = args.db ?? env.SOAK_DB ?? 'both';
const thinkMs = Number(args['think-ms'] ?? env.SOAK_THINK_MS ?? 1000);
const secondsFor = (fallback: number) => Number(args.seconds ?? env.SOAK_SECONDS ?? fallback);
const noKill = args['no-kill'] ?? false;
const sampleSeconds = Number(args['sample-seconds'] ?? 30);
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

    const targets: Target[] = servers.map((s) => ({
      name: s.name,
      baseUrl: s.baseUrl,
      dead: false,
    }));
    const rec = new SoakRecorder();
    const started = performance.now();
    const deadline = started + run.seconds * 1000;
    // Warm-up: the first minute (JIT, pools, caches filling), less on a short run.
    const warmup = Number(
      args['warmup-seconds'] ??
        env.SOAK_WARMUP_SECONDS ??
        Math.min(60, Math.max(10, Math.round(run.seconds * 0.2))),
    );
    const kill = servers.length > 1 && !noKill;
    const memory = new MemoryTrack(servers, rec, started);
    // One timeline: periodic samples, the labelled ones, and the kill (after its sample).
    const events: { at: number; label?: Label; kill?: boolean }[] = [];
    for (let t = sampleSeconds; t < run.seconds; t += sampleSeconds) events.push({ at: t });
    events.push({ at: warmup, label: 'warm' }, { at: run.seconds / 2, label: 'middle', kill });
    if (kill) events.push({ at: run.seconds / 2 + warmup, label: 'rewarm' });
    events.sort((a, b) => a.at - b.at || (a.label ? -1 : 1));
    await memory.sample('start');
    const load = Promise.all(people.map((u) => runUser(u, targets, rec, { deadline, thinkMs })));
    const schedule = (async () => {
      let last = -1;
      for (const e of events) {
        // A periodic sample within a few seconds of a labelled one adds nothing.
        if (!e.label && Math.abs(e.at - last) < 3) continue;
        await at(started + e.at * 1000);
        if (performance.now() >= deadline) break;
        await memory.sample(e.label);
        last = e.at;
        if (e.kill) {
          // Mark it first: only requests already sent to it may fail.
          targets[1]!.dead = true;
          await servers[1]!.kill9();
          console.log(
            `[${run.kind}] kill -9 tiến trình ${servers[1]!.name} (pid ${servers[1]!.pid})`,
          );
        }
      }
    })();
    await load;
    const elapsed = (performance.now() - started) / 1000;
    await schedule;
    await memory.sample('end');
    for (const s of servers) await s.stop();
    const verification: Verification = await verifyWrites(run.kind, database.url, dataDir, rec);
    return printRun(
      {
        title: `${run.kind === 'postgres' ? 'PostgreSQL' : 'PGlite'}, ${run.processes} tiến trình, ${users} người dùng, ${run.seconds} s (khởi động ${warmup} s), nghỉ trung bình ${thinkMs} ms${kill ? ', kill -9 giữa chừng' : ''}`,
        elapsed,
        killed: kill ? servers[1]!.name : null,
      },
      rec,
      memory,
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
