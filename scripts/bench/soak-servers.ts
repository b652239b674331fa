// Server processes for the soak: the built server (what `npm start` runs) as real child
// processes on one DATA_DIR and database, all on the test clock, with their memory read
// from /proc and, on request, from the process itself (soak-memory.mjs, loaded first).
import fs from 'node:fs';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { ensureBuilt, SERVER_MAIN } from '../ensure-built.mjs';
import { freePort } from '../test-server.ts';
import { TEST_NOW } from '../../apps/server/src/test/test-clock.ts';

const root = path.resolve(import.meta.dirname, '../..');

export interface ServerProcess {
  name: string;
  baseUrl: string;
  pid: number;
  /** Last output lines, for a failure message. */
  tail: () => string;
  alive: () => boolean;
  stop: () => Promise<void>;
  kill9: () => Promise<void>;
  /** The process's own memory figures (null when it does not answer in 10 s). */
  memory: () => Promise<MemorySample | null>;
}

/** MB, as soak-memory.mjs reports them. */
export interface MemorySample {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  heapUsedAfterGc: number;
}

const MEMORY_HOOK = path.join(import.meta.dirname, 'soak-memory.mjs');

/** Resident memory of one process, MB (VmRSS of /proc/<pid>/status). */
export function rssMb(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return null;
  }
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((r) => child.once('exit', () => r()));

/** Starts one server and resolves once it listens (migrations and demo seed done). */
export async function startServerProcess(
  name: string,
  env: { dataDir: string; databaseUrl: string },
): Promise<ServerProcess> {
  await ensureBuilt();
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', MEMORY_HOOK, SERVER_MAIN], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: env.dataDir,
      DATABASE_URL: env.databaseUrl,
      PAPI_NOW: TEST_NOW,
      BACKUP_HOUR: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  // Answers of the memory hook, one line each, handed to whoever asked.
  const waiting: { prefix: string; resolve: (rest: string) => void }[] = [];
  let partial = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop()!;
    for (const line of lines) {
      const i = waiting.findIndex((w) => line.startsWith(w.prefix));
      if (i < 0) continue;
      const [w] = waiting.splice(i, 1);
      w!.resolve(line.slice(w!.prefix.length));
    }
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start:\n${output}`)), 300_000);
    const onData = () => {
      if (output.includes('Tài liệu API')) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code}):\n${output}`));
    });
  });
  const alive = () => child.exitCode === null && child.signalCode === null;
  const ask = (signal: NodeJS.Signals, prefix: string, timeoutMs: number) =>
    new Promise<string | null>((resolve) => {
      if (!alive()) return resolve(null);
      const entry = {
        prefix,
        resolve: (rest: string) => {
          clearTimeout(timer);
          resolve(rest);
        },
      };
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(entry), 1);
        resolve(null);
      }, timeoutMs);
      waiting.push(entry);
      child.kill(signal);
    });
  return {
    name,
    baseUrl: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    tail: () => output,
    alive,
    stop: async () => {
      if (alive()) child.kill('SIGTERM');
      await exited(child);
    },
    kill9: async () => {
      child.kill('SIGKILL');
      await exited(child);
    },
    memory: async () => {
      const json = await ask('SIGUSR2', 'SOAK_MEMORY ', 10_000);
      return json === null ? null : (JSON.parse(json) as MemorySample);
    },
  };
}
