import fs from 'node:fs';
import path from 'node:path';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Two processes on one PGlite directory silently lose writes, so the first one takes
 * a lock file with its pid. A lock left by a dead process is taken over.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  const file = path.join(dataDir, 'papihub.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number(fs.readFileSync(file, 'utf8'));
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new Error(
          `Thư mục dữ liệu ${dataDir} đang được tiến trình ${owner} sử dụng. ` +
            'Hãy dừng tiến trình đó hoặc dùng DATA_DIR khác.',
          { cause: err },
        );
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Không lấy được khóa thư mục dữ liệu ${dataDir}`);
}

/** The pid of the live process holding the data directory, or null when it is free. */
export function lockHolder(dataDir: string): number | null {
  try {
    const owner = Number(fs.readFileSync(path.join(dataDir, 'papihub.lock'), 'utf8'));
    return owner && owner !== process.pid && isAlive(owner) ? owner : null;
  } catch {
    return null;
  }
}
