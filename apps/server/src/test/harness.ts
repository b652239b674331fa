import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { Hono } from 'hono';
import { openDatabase, type Database } from '../db/client.ts';
import { createApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import type { AppEnv } from '../platform/http.ts';
import { TestClient } from './client.ts';
import { forgetRemembered } from '../platform/cache.ts';
import { withDatabase } from './global-setup.ts';

export { TestClient, type TestResponse } from './client.ts';

export interface TestContext {
  app: Hono<AppEnv>;
  database: Database;
  client: () => TestClient;
  /** DATA_DIR of this context's app (uploaded files live under files/). */
  dataDir: string;
  /** A client logged in as a demo account (password already changed in the snapshot). */
  as: (username: string) => Promise<TestClient>;
  /**
   * SQL as another server process would send it: what this process remembered (sessions,
   * units; platform/cache.ts) is not forgotten, so the one-second bound shows.
   */
  queryElsewhere: (text: string, params?: unknown[]) => Promise<pg.QueryResult>;
  /** Id of a unit by era/level/code, e.g. unitId('post2025', 'province', '14'). */
  unitId: (era: string, level: string, code: string) => Promise<number>;
  close: () => Promise<void>;
}

/** A fresh copy of the prepared test database and an app bound to it, per test file. */
export async function createTestContext(): Promise<TestContext> {
  let database: Database;
  let dropDatabase = async () => {};
  if (inject('databaseKind') === 'postgres') {
    const url = process.env.DATABASE_URL!;
    const name = `papihub_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name} template ${inject('postgresTemplate')}`);
    database = await openDatabase({ databaseUrl: withDatabase(url, name) });
    dropDatabase = async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  } else {
    const snapshot = new Blob([fs.readFileSync(inject('pgliteSnapshot'))]);
    database = await openDatabase({ snapshot });
  }
  // Uploaded files (evidence) go to DATA_DIR/files: a fresh directory per test file.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'papi-test-'));
  const app = createApp(database, loadConfig({ DATA_DIR: dataDir }));
  // Tests build their world with SQL (fixtures) and expect the app to see it at once, not
  // within the second that remembered lookups may lag another process's writes: any
  // statement that is not a plain select forgets them.
  const pool = database.pool as unknown as { query: (...a: unknown[]) => Promise<pg.QueryResult> };
  const query = pool.query.bind(pool);
  pool.query = (...a: unknown[]) => {
    const q = a[0] as string | { text: string };
    if (!/^\s*select\b/i.test(typeof q === 'string' ? q : q.text)) forgetRemembered(database.db);
    return query(...a);
  };
  return {
    app,
    database,
    client: () => new TestClient(app),
    dataDir,
    queryElsewhere: (text, params) => query(text, params),
    as: async (username) => {
      const client = new TestClient(app);
      const res = await client.login(username);
      if (res.status !== 200) throw new Error(`login ${username}: ${JSON.stringify(res.body)}`);
      return client;
    },
    unitId: async (era, level, code) => {
      const r = await database.pool.query<{ id: number }>(
        'select id from admin_unit where era = $1 and level = $2 and code = $3',
        [era, level, code],
      );
      if (!r.rows[0]) throw new Error(`no unit ${era}/${level}/${code}`);
      return r.rows[0].id;
    },
    close: async () => {
      await database.close();
      await dropDatabase();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
