import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/client.ts';
import { bootstrap } from '../bootstrap.ts';
import { useTestClock } from './test-clock.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshot: string;
    postgresTemplate: string;
    databaseKind: 'pglite' | 'postgres';
  }
}

/**
 * Builds one migrated database with the administrative units and demo data, once per run:
 * a PGlite data-dir tarball, or a PostgreSQL template database. Each test file then
 * starts from a copy in well under a second instead of ~5 s of migrate + import.
 */
export default async function setup(project: TestProject) {
  useTestClock();
  const url = process.env.DATABASE_URL;
  if (url) {
    const template = `papihub_tpl_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${template}`);
    await admin.query(`create database ${template}`);
    const database = await openDatabase({ databaseUrl: withDatabase(url, template) });
    await prepare(database);
    await database.close();
    project.provide('databaseKind', 'postgres');
    project.provide('postgresTemplate', template);
    project.provide('pgliteSnapshot', '');
    return async () => {
      await admin.query(`drop database if exists ${template} with (force)`);
      await admin.end();
    };
  }
  const database = await openDatabase({ memory: true });
  await prepare(database);
  const blob = await database.dump!();
  await database.close();
  const file = path.join(os.tmpdir(), `papihub-snapshot-${process.pid}.tar`);
  fs.writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
  project.provide('databaseKind', 'pglite');
  project.provide('pgliteSnapshot', file);
  project.provide('postgresTemplate', '');
  return () => fs.rmSync(file, { force: true });
}

async function prepare(database: Awaited<ReturnType<typeof openDatabase>>) {
  await bootstrap(database, { demo: true });
  // API tests log in directly; the forced change is tested on purpose where it matters.
  await database.pool.query('update app_user set must_change_password = false');
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
