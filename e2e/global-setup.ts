import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { spawn, spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

const root = path.resolve(import.meta.dirname, '..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Starts the real server (built web app, fresh PGlite data with demo accounts). */
export default async function setup(project: TestProject) {
  if (!fs.existsSync(CHROMIUM)) {
    if (process.env.CI === 'true') {
      throw new Error(`Chromium không có tại ${CHROMIUM}: CI bắt buộc chạy kiểm thử trình duyệt.`);
    }
    console.warn(
      `\n*** BỎ QUA kiểm thử trình duyệt: không có Chromium tại ${CHROMIUM} ` +
        '(cài: apt-get install -y chromium). Browser tests SKIPPED. ***\n',
    );
    project.provide('chromiumPath', '');
    project.provide('baseUrl', '');
    return;
  }
  if (!fs.existsSync(path.join(root, 'apps/web/dist/index.html'))) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('Build web thất bại');
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'papihub-e2e-'));
  const port = await freePort();
  const server = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Máy chủ không khởi động:\n${output}`)),
      90_000,
    );
    server.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Tài liệu API')) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.on('exit', (code) => reject(new Error(`Máy chủ dừng (${code}):\n${output}`)));
  });
  project.provide('chromiumPath', CHROMIUM);
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  return async () => {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
