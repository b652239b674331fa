// Builds the web app and the server when either is missing or older than its sources: used
// by `npm start` and by the browser tests' server, so both always run what the sources say.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildServer, SERVER_DIST } from './build-server.mjs';

const root = path.resolve(import.meta.dirname, '..');
export const SERVER_MAIN = path.join(SERVER_DIST, 'main.mjs');

function newestMtime(sources) {
  let newest = 0;
  for (const source of sources) {
    const full = path.join(root, source);
    if (!fs.statSync(full).isDirectory()) {
      newest = Math.max(newest, fs.statSync(full).mtimeMs);
      continue;
    }
    for (const entry of fs.readdirSync(full, { withFileTypes: true, recursive: true })) {
      if (entry.isFile()) {
        newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
      }
    }
  }
  return newest;
}

const stale = (built, sources) =>
  !fs.existsSync(built) || fs.statSync(built).mtimeMs < newestMtime(sources);

export async function ensureBuilt() {
  const shared = ['packages/contracts/src', 'packages/domain/src'];
  const webIndex = path.join(root, 'apps/web/dist/index.html');
  if (stale(webIndex, ['apps/web/src', 'apps/web/index.html', ...shared])) {
    console.log('Đang build giao diện web…');
    const build = spawnSync('npm', ['run', 'build', '-w', '@papi/web'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (build.status !== 0) throw new Error('Build giao diện web không thành công.');
  }
  if (stale(SERVER_MAIN, ['apps/server/src', ...shared])) {
    console.log('Đang build máy chủ…');
    await buildServer();
  }
}
