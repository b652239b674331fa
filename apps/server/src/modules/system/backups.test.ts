import fs from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { loadConfig } from '../../config.ts';
import { createWorker } from '../../platform/jobs/worker.ts';
import { backupJobs } from './backups.jobs.ts';
import { listBackupFiles } from './backups.service.ts';
import { startControlSocket, controlSocketPath } from '../../db/control-socket.ts';
import { setClock } from '../../platform/clock.ts';
import { useTestClock } from '../../test/test-clock.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('scheduled backups', () => {
  it('makes one backup per day at BACKUP_HOUR through the job queue and keeps BACKUP_KEEP', async () => {
    const config = loadConfig({ DATA_DIR: ctx.dataDir, BACKUP_HOUR: '2', BACKUP_KEEP: '1' });
    const jobs = backupJobs(ctx.database, config, () => {});
    const lines: string[] = [];
    try {
      for (const [i, day] of ['2026-11-25', '2026-11-26'].entries()) {
        // 01:00 Vietnam time: not yet due; 02:30: due, and a second drain adds nothing.
        for (const [hour, made] of [
          ['01', i],
          ['02:30', i + 1],
          ['03', i + 1],
        ] as const) {
          const at = new Date(`${day}T${hour.length === 2 ? `${hour}:00` : hour}:00+07:00`);
          setClock(at);
          const worker = createWorker(ctx.database.db, {
            ...jobs,
            now: () => at,
            log: (l) => lines.push(l),
          });
          await worker.drain();
          const { rows } = await ctx.database.pool.query<{ n: number }>(
            `select count(*)::int as n from job where kind = 'backup.scheduled' and status = 'done'`,
          );
          expect(rows[0]!.n, `${day} ${hour}: ${lines.join('\n')}`).toBe(made);
        }
      }
    } finally {
      useTestClock();
    }
    const kept = await listBackupFiles(config);
    expect(kept.map((b) => b.name)).toEqual(['papihub-20261125-193000.tar.gz']);
    expect(fs.statSync(config.backupDir).mode & 0o777).toBe(0o700);
  }, 60_000);

  it('is off with BACKUP_HOUR=off', () => {
    const jobs = backupJobs(
      ctx.database,
      loadConfig({ DATA_DIR: ctx.dataDir, BACKUP_HOUR: 'off' }),
    );
    expect(jobs.schedules).toEqual([]);
    expect(() => loadConfig({ BACKUP_HOUR: '25' })).toThrow('BACKUP_HOUR');
  });
});

describe('backup of a running PGlite server from the command line', () => {
  it('asks the server over its owner-only control socket when the data directory is locked', async () => {
    if (ctx.database.kind !== 'pglite') return;
    const config = loadConfig({ DATA_DIR: ctx.dataDir });
    const server = await startControlSocket(ctx.database, config);
    // This process plays the server holding the directory.
    fs.writeFileSync(path.join(ctx.dataDir, 'papihub.lock'), String(process.pid));
    try {
      expect(fs.statSync(controlSocketPath(ctx.dataDir)).mode & 0o777).toBe(0o600);
      const out = path.join(ctx.dataDir, 'tu-dong-lenh.tar.gz');
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', path.resolve('apps/server/src/cli.ts'), 'backup', out],
        { env: { ...process.env, DATA_DIR: ctx.dataDir, DATABASE_URL: '' } },
      );
      expect(stdout).toContain(`tiến trình ${process.pid}`);
      expect(fs.statSync(out).size).toBeGreaterThan(10_000);
    } finally {
      fs.rmSync(path.join(ctx.dataDir, 'papihub.lock'), { force: true });
      server?.close();
    }
  }, 60_000);
});
