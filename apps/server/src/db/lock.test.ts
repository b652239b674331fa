import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataDirLock } from './lock.ts';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'papihub-lock-'));

describe('data directory lock', () => {
  it('refuses a directory held by another live process', () => {
    const dir = tempDir();
    // pid 1 is always alive: it stands in for a second server on the same data.
    fs.writeFileSync(path.join(dir, 'papihub.lock'), '1');
    expect(() => acquireDataDirLock(dir)).toThrow(/đang được tiến trình 1 sử dụng/);
  });

  it('takes over a lock left by a dead process and releases it', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'papihub.lock'), '99999999');
    const release = acquireDataDirLock(dir);
    expect(fs.readFileSync(path.join(dir, 'papihub.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(dir, 'papihub.lock'))).toBe(false);
  });
});
