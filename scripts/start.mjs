// `npm start`: builds the web app when it is missing or older than its sources, then
// runs the server (TypeScript through tsx) with migrations and first-start demo data.
import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';

const root = path.resolve(import.meta.dirname, '..');
const builtIndex = path.join(root, 'apps/web/dist/index.html');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

const sources = [
  'apps/web/src',
  'apps/web/index.html',
  'packages/contracts/src',
  'packages/domain/src',
];
const newestSource = Math.max(
  ...sources.map((s) => {
    const full = path.join(root, s);
    return fs.statSync(full).isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs;
  }),
);
if (!fs.existsSync(builtIndex) || fs.statSync(builtIndex).mtimeMs < newestSource) {
  console.log('Đang build giao diện web…');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
