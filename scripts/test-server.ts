// A private PAPI Hub server on a fresh PGlite data dir (built web app, demo accounts), for
// browser runs that must not share first logins with other suites: the web bench and the
// plans browser test, and the e2e global setup.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { spawn } from 'node:child_process';
import { ensureBuilt, SERVER_MAIN } from './ensure-built.mjs';
import { TEST_NOW } from '../apps/server/src/test/test-clock.ts';

const root = path.resolve(import.meta.dirname, '..');

/** A port nobody listens on now (the OS picks it), for a server of our own. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * `now`: the instant the server's clock starts at (PAPI_NOW). Browser runs start on the
 * server tests' fixed instant unless told otherwise (null: the real clock), so no browser
 * test depends on the real date.
 */
export async function startServer(options: { now?: string | null } = {}) {
  const now = options.now === undefined ? TEST_NOW : options.now;
  // The built server and web app, as `npm start` runs them (rebuilt when stale).
  await ensureBuilt();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'papihub-server-'));
  const port = await freePort();
  // PAPI_SERVER_NODE_ARGS="--cpu-prof" profiles the server process of a bench or test.
  const nodeArgs = (process.env.PAPI_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const server = spawn(process.execPath, [...nodeArgs, SERVER_MAIN], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      ...(now ? { PAPI_NOW: now } : {}),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    // Seconds on a quiet machine; minutes when the machine is shared and busy (seen: >120 s).
    const limit = Number(process.env.PAPI_TEST_START_TIMEOUT_MS ?? 300_000);
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), limit);
    server.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Tài liệu API')) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.on('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stop: async () => {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
