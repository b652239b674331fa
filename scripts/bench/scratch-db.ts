// A throw-away database for a bench run: PGlite (in memory, or in a temporary data
// directory like a real installation) or, with DATABASE_URL, a scratch PostgreSQL database
// that is created and dropped.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../../apps/server/src/db/client.ts';

export async function openScratch(options: { onDisk?: boolean } = {}): Promise<{
  database: Database;
  drop: () => Promise<void>;
  /** How another process opens the same database (after this one closed it, for PGlite). */
  where: { dataDir?: string; databaseUrl?: string };
}> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    if (!options.onDisk)
      return { database: await openDatabase({ memory: true }), drop: async () => {}, where: {} };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'papihub-bench-'));
    return {
      database: await openDatabase({ dataDir: dir }),
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
      where: { dataDir: dir },
    };
  }
  const name = `papihub_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: u.toString() });
  return {
    database,
    where: { databaseUrl: u.toString() },
    drop: async () => {
      await admin.query(`drop database ${name} with (force)`);
      await admin.end();
    },
  };
}
