import fs from 'node:fs/promises';
import path from 'node:path';

/** Where evidence bytes live. Keys are ours ("evidence/2026/06/<uuid>"), never user input. */
export interface FileStore {
  readonly kind: 'local' | 's3';
  put(key: string, body: Uint8Array, contentType: string): Promise<void>;
  /** Stores a file already on disk (an upload in DATA_DIR/incoming); the source is gone after. */
  putFile(key: string, sourcePath: string, contentType: string): Promise<void>;
  get(key: string): Promise<Uint8Array>;
  delete(key: string): Promise<void>;
  /** Every stored key with its last change (local store only: see files.sweep). */
  list?(): AsyncIterable<{ key: string; modifiedMs: number }>;
}

/** Files under DATA_DIR/files (the default). */
export function localFileStore(root: string): FileStore {
  const full = (key: string) => {
    const p = path.resolve(root, key);
    if (!p.startsWith(path.resolve(root) + path.sep))
      throw new Error(`Khóa tệp không hợp lệ: ${key}`);
    return p;
  };
  return {
    kind: 'local',
    async put(key, body) {
      const p = full(key);
      await fs.mkdir(path.dirname(p), { recursive: true });
      // Write then rename: a crash never leaves a half-written file under the final name.
      try {
        await fs.writeFile(`${p}.part`, body);
        await fs.rename(`${p}.part`, p);
      } catch (err) {
        // A full disk leaves a truncated .part behind: it would only fill the disk further.
        await fs.rm(`${p}.part`, { force: true }).catch(() => {});
        throw err;
      }
    },
    async putFile(key, sourcePath, contentType) {
      const p = full(key);
      await fs.mkdir(path.dirname(p), { recursive: true });
      try {
        // DATA_DIR/incoming and DATA_DIR/files share a disk: a rename, atomic and free.
        await fs.rename(sourcePath, p);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
        await this.put(key, await fs.readFile(sourcePath), contentType);
        await fs.rm(sourcePath, { force: true });
      }
    },
    async get(key) {
      return new Uint8Array(await fs.readFile(full(key)));
    },
    async delete(key) {
      await fs.rm(full(key), { force: true });
    },
    async *list() {
      let names: string[];
      try {
        names = (await fs.readdir(root, { recursive: true })) as string[];
      } catch {
        return; // nothing stored yet
      }
      for (const name of names) {
        const stat = await fs.stat(path.join(root, name)).catch(() => null);
        if (stat?.isFile()) yield { key: name.split(path.sep).join('/'), modifiedMs: stat.mtimeMs };
      }
    },
  };
}
