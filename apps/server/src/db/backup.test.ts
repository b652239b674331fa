import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { createGunzip, createGzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import tar from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { getTableName, isTable } from 'drizzle-orm';
import type { TEvidence, TProgressEntry, TReport, TTaskDetail } from '@papi/contracts';
import { createTestContext, TestClient, type TestContext } from '../test/harness.ts';
import { withDatabase } from '../test/global-setup.ts';
import { openDatabase, type Database } from './client.ts';
import { runMigrations } from './migrate.ts';
import { createBackup, restoreBackup, type BackupManifest } from './backup.ts';
import { exportTable, foreignKeyOrder, listTables, onPg } from './backup-schema.ts';
import { EVIDENCE_PDF, fillEveryTable, tableCounts, type FilledWorld } from './backup.fixture.ts';
import { createApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { fileStoreFor } from '../platform/files/file-store.ts';
import * as schema from './schema.ts';

let ctx: TestContext;
let world: FilledWorld;
let work: string;
let archive: string;
let manifest: BackupManifest;
/** The store of the app under test (DATA_DIR/files of the test context). */
const store = () => fileStoreFor(loadConfig({ DATA_DIR: ctx.dataDir }));

/** A migrated, empty database in its own new place (data directory or PostgreSQL database). */
async function freshDatabase(
  dir: string,
): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (inject('databaseKind') === 'postgres') {
    const url = process.env.DATABASE_URL!;
    const name = `papihub_restore_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const database = await openDatabase({ databaseUrl: withDatabase(url, name) });
    await runMigrations(database);
    return {
      database,
      drop: async () => {
        await database.close();
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  }
  const database = await openDatabase({ dataDir: dir });
  await runMigrations(database);
  return { database, drop: () => database.close() };
}

async function digests(database: Database) {
  const client = await database.pool.connect();
  try {
    await client.query('begin');
    const out: Record<string, string> = {};
    for (const t of await listTables(onPg(client))) {
      const d = await exportTable(onPg(client), t.name);
      out[t.name] = `${d.rows}:${d.sha256}`;
    }
    await client.query('commit');
    return out;
  } finally {
    client.release();
  }
}

beforeAll(async () => {
  ctx = await createTestContext();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'papi-backup-test-'));
  world = await fillEveryTable(ctx);
  archive = path.join(work, 'full.tar.gz');
}, 240_000);
afterAll(async () => {
  await ctx.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('what a backup covers', () => {
  it('lists exactly the tables of the drizzle schema, parents before children', async () => {
    const live = (await listTables(onPg(ctx.database.pool))).map((t) => t.name);
    const declared = Object.values(schema)
      .filter((v) => isTable(v))
      .map((t) => getTableName(t as Parameters<typeof getTableName>[0]));
    expect([...live].sort()).toEqual([...new Set(declared)].sort());
    expect(live.indexOf('plan')).toBeLessThan(live.indexOf('plan_task'));
    expect(live.indexOf('report')).toBeLessThan(live.indexOf('report_version'));
  });

  it('has a row in every table before the backup, so the round trip proves each one', async () => {
    const empty = Object.entries(await tableCounts(ctx))
      .filter(([, n]) => n === 0)
      .map(([t]) => t);
    // A new table fails here until fillEveryTable puts a row in it.
    expect(empty, `bảng trống: ${empty.join(', ')}`).toEqual([]);
  });

  it('orders tables by foreign keys and refuses a cycle', () => {
    expect(
      foreignKeyOrder(
        ['c', 'b', 'a'],
        [
          { child: 'c', parent: 'b' },
          { child: 'b', parent: 'a' },
        ],
      ),
    ).toEqual(['a', 'b', 'c']);
    expect(() =>
      foreignKeyOrder(
        ['a', 'b'],
        [
          { child: 'a', parent: 'b' },
          { child: 'b', parent: 'a' },
        ],
      ),
    ).toThrow('vòng tròn');
  });
});

describe('backup, then restore into a fresh place', () => {
  it('brings back every row of every table and every file, and the app reads them', async () => {
    const started = performance.now();
    manifest = await createBackup(ctx.database, store(), archive);
    const backupMs = performance.now() - started;
    expect(manifest.files).toHaveLength(await countEvidence(ctx.database));
    expect(manifest.missingFiles).toEqual([]);
    const before = await digests(ctx.database);
    expect(
      Object.fromEntries(manifest.tables.map((t) => [t.name, `${t.rows}:${t.sha256}`])),
    ).toEqual(before);

    const targetDir = path.join(work, 'restored');
    const target = await freshDatabase(targetDir);
    try {
      const config = loadConfig({ DATA_DIR: targetDir });
      const t0 = performance.now();
      await restoreBackup(target.database, fileStoreFor(config), archive);
      const restoreMs = performance.now() - t0;
      console.log(
        `sao lưu ${backupMs.toFixed(0)} ms, khôi phục ${restoreMs.toFixed(0)} ms, ` +
          `${(fs.statSync(archive).size / 1024).toFixed(0)} KB, ${manifest.tables.reduce((s, t) => s + t.rows, 0)} dòng`,
      );
      expect(await digests(target.database)).toEqual(before);
      for (const f of manifest.files) {
        const bytes = fs.readFileSync(path.join(targetDir, 'files', f.key));
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(f.sha256);
      }

      const app = createApp(target.database, config);
      const xa = new TestClient(app);
      expect((await xa.login('xa')).status).toBe(200);
      const task = await xa.get<TTaskDetail>(`/api/tasks/${world.taskId}`);
      expect(task.status).toBe(200);
      expect(task.body.percent).toBe(60);
      const progress = await xa.get<{ items: TProgressEntry[] }>(
        `/api/tasks/${world.taskId}/progress`,
      );
      const update = progress.body.items.find((p) => p.percent === 60)!;
      expect(update.evidence.map((e) => e.id)).toEqual([world.evidenceId]);
      const files = await xa.get<{ items: TEvidence[] }>(`/api/tasks/${world.taskId}/evidence`);
      expect(files.body.items.map((e) => e.id)).toContain(world.evidenceId);
      const download = await app.request(`/api/evidence/${world.evidenceId}/download`, {
        headers: { cookie: xa.cookie },
      });
      expect(download.status).toBe(200);
      expect(new Uint8Array(await download.arrayBuffer())).toEqual(EVIDENCE_PDF);
      const report = await xa.get<TReport>(`/api/reports/${world.reportId}`);
      expect(report.body).toMatchObject({ status: 'accepted', versionNo: 2 });
      // Sequences continue after the restored ids: a new upload does not collide.
      const again = new TestClient(app);
      await again.login('admin');
      const province = await ctx.unitId('post2025', 'province', '14');
      const created = await again.post('/api/agencies', {
        unitId: province,
        name: 'Sở mới',
        kind: 'so',
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
    } finally {
      await target.drop();
    }
  }, 240_000);
});

async function countEvidence(database: Database) {
  const r = await database.pool.query<{ n: number }>(
    `select (select count(*) from evidence_file)::int + (select count(*) from feedback_file)::int as n`,
  );
  return r.rows[0]!.n;
}

/**
 * Rewrites the archive with one entry changed; with `fixManifest` its checksum and row count
 * in the manifest are updated too, so only the database can notice.
 */
async function tamper(
  from: string,
  to: string,
  entryName: string,
  change: (text: string) => string,
  fixManifest = false,
) {
  const extract = tar.extract();
  const entries: { name: string; body: Buffer }[] = [];
  const reading = pipeline(fs.createReadStream(from), createGunzip(), extract);
  for await (const entry of extract) {
    const chunks: Buffer[] = [];
    for await (const c of entry) chunks.push(c as Buffer);
    entries.push({ name: entry.header.name, body: Buffer.concat(chunks) });
  }
  await reading;
  const changed = entries.find((e) => e.name === entryName)!;
  changed.body = Buffer.from(change(changed.body.toString('utf8')));
  if (fixManifest) {
    const m = entries.find((e) => e.name === 'manifest.json')!;
    const parsed = JSON.parse(m.body.toString('utf8')) as BackupManifest;
    const t = parsed.tables.find((x) => `tables/${x.name}.jsonl` === entryName)!;
    t.sha256 = createHash('sha256').update(changed.body).digest('hex');
    m.body = Buffer.from(JSON.stringify(parsed));
  }
  const pack = tar.pack();
  const writing = pipeline(pack, createGzip(), fs.createWriteStream(to));
  for (const e of entries) {
    await new Promise<void>((r, j) =>
      pack.entry({ name: e.name, size: e.body.length }, e.body, (err) => (err ? j(err) : r())),
    );
  }
  pack.finalize();
  await writing;
}

const filesNow = () => fs.readdirSync(path.join(ctx.dataDir, 'files'), { recursive: true }).sort();

describe('a damaged or foreign archive', () => {
  it('is refused before anything changes: data and files stay as they were', async () => {
    const bad = path.join(work, 'bad.tar.gz');
    await tamper(archive, bad, 'tables/admin_unit.jsonl', (t) => t.replace('Sơn La', 'Sơn Lá'));
    const before = await digests(ctx.database);
    const filesBefore = filesNow();
    await expect(restoreBackup(ctx.database, store(), bad)).rejects.toThrow(
      'tables/admin_unit.jsonl sai mã kiểm tra',
    );
    fs.writeFileSync(path.join(work, 'junk.tar.gz'), 'không phải bản sao lưu');
    await expect(
      restoreBackup(ctx.database, store(), path.join(work, 'junk.tar.gz')),
    ).rejects.toThrow('Không đọc được tệp sao lưu');
    expect(await digests(ctx.database)).toEqual(before);
    expect(filesNow()).toEqual(filesBefore);
  });

  it('rolls back a restore the database refuses halfway (a row breaking a foreign key)', async () => {
    await ctx.database.pool.query(
      `update agency set name = name || ' (sau sao lưu)' where id = (select min(id) from agency)`,
    );
    const bad = path.join(work, 'fk.tar.gz');
    await tamper(
      archive,
      bad,
      'tables/plan_task.jsonl',
      (t) => t.replace(/"plan_id": \d+/, '"plan_id": 987654'),
      true,
    );
    // The current files move to other keys, so the restore must add the archive's files
    // first — and take them away again when the database refuses.
    const { rows } = await ctx.database.pool.query<{ id: number; key: string }>(
      'select id, storage_key as key from evidence_file',
    );
    for (const r of rows) {
      const from = path.join(ctx.dataDir, 'files', r.key);
      fs.renameSync(from, `${from}-moved`);
      await ctx.database.pool.query(`update evidence_file set storage_key = $2 where id = $1`, [
        r.id,
        `${r.key}-moved`,
      ]);
    }
    const before = await digests(ctx.database);
    const filesBefore = filesNow();
    await expect(restoreBackup(ctx.database, store(), bad)).rejects.toThrow(
      /foreign key|khóa ngoại/,
    );
    expect(await digests(ctx.database)).toEqual(before);
    expect(filesNow()).toEqual(filesBefore);
  });

  it('refuses an archive that lacks a table of the schema', async () => {
    const partial = path.join(work, 'partial.tar.gz');
    await tamper(archive, partial, 'manifest.json', (t) => {
      const m = JSON.parse(t) as BackupManifest;
      m.tables = m.tables.filter((x) => x.name !== 'task_progress');
      return JSON.stringify(m);
    });
    await expect(restoreBackup(ctx.database, store(), partial)).rejects.toThrow(
      'thiếu task_progress',
    );
  });

  it('refuses an archive of another schema version', async () => {
    const other = path.join(work, 'other.tar.gz');
    await tamper(archive, other, 'manifest.json', (t) =>
      t.replace(/"migration": "[^"]+"/, '"migration": "20990101000000_future"'),
    );
    await expect(restoreBackup(ctx.database, store(), other)).rejects.toThrow('phiên bản CSDL');
  });
});
