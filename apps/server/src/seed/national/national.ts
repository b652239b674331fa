/**
 * Synthetic national-scale data for `npm run bench` and `npm run cli -- seed-national`:
 * the real 34 provinces and 3,321 communes, their agencies and accounts, one issued PAPI
 * improvement plan per unit (~200,000 tasks at scale 1). Bulk rows are produced by the
 * database itself (INSERT … SELECT over generate_series), so memory stays bounded and
 * both PGlite and PostgreSQL load at their own speed. Deterministic for a given seed.
 */
import type pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import * as schema from '../../db/schema.ts';
import { editionFor } from '@papi/domain';
import { hashPassword } from '../../platform/auth/password-hash.ts';
import { findFramework } from '../../modules/indices/indices.repository.ts';
import { DEMO_PASSWORD } from '../demo.ts';
import { insertAgencies, insertUsers, loadCurrentUnits } from './agencies.ts';
import { insertPlans, insertTasks } from './plans.ts';
import { insertProgress, insertTaskStates } from './progress.ts';
import { insertReports } from './reports.ts';

export interface NationalOptions {
  /** 1 = full national scale; 0.1 for a quick run. Scales tasks (units are always all). */
  scale?: number;
  seed?: number;
  year?: number;
  /** The day the history runs to (default 30/11 of the year: the annual window's end). */
  asOf?: string;
  /** Every generated account's password. */
  password?: string;
}

export interface GenerationStep {
  table: string;
  rows: number;
  ms: number;
}

export const NATIONAL_YEAR = 2026;

export async function generateNational(
  pool: pg.Pool,
  options: NationalOptions = {},
): Promise<GenerationStep[]> {
  const scale = options.scale ?? 1;
  const seed = options.seed ?? 1;
  const year = options.year ?? NATIONAL_YEAR;
  const asOf = options.asOf ?? `${year}-11-30`;
  const steps: GenerationStep[] = [];
  const client = await pool.connect();
  const step = async (table: string, run: () => Promise<number>) => {
    const t = performance.now();
    const rows = await run();
    steps.push({ table, rows, ms: performance.now() - t });
  };
  try {
    const existing = await client.query<{ n: number }>(
      'select count(*)::int as n from plan where year = $1',
      [year],
    );
    if (existing.rows[0]!.n > 0)
      throw new Error(
        `Đã có kế hoạch năm ${year}: dữ liệu quốc gia chỉ tạo trên CSDL chưa có kế hoạch năm đó.`,
      );
    const passwordHash = await hashPassword(options.password ?? DEMO_PASSWORD);
    await client.query('begin');
    const { units, rootId } = await loadCurrentUnits(client);
    // Bulk load without the per-row foreign-key triggers (as pg_restore does): every row
    // references what this transaction just inserted, and the generator's test checks it.
    // Needs a superuser (PGlite, a scratch PostgreSQL); otherwise the checks simply run.
    await client.query('savepoint fk');
    await client
      .query('set local session_replication_role = replica')
      .catch(() => client.query('rollback to savepoint fk'));
    await step('agency', () => insertAgencies(client, units));
    await step('app_user', () => insertUsers(client, units, rootId, passwordHash));
    // The app's own helpers run on this client: on PGlite the pool has one connection.
    const db = drizzle(client, { schema });
    const framework = await findFramework(db, 'PAPI');
    const edition = framework && editionFor(framework, year);
    if (!edition) throw new Error(`Chưa có khung Chỉ số PAPI cho năm ${year}.`);
    await step('plan', () => insertPlans(client, units, year, scale, edition.dimensions));
    await step('plan_task', () => insertTasks(client, year, seed));
    await step('task_progress', () => insertProgress(client, db, year, seed, asOf));
    await step('task_state', () => insertTaskStates(client, asOf));
    let versions = 0;
    await step('report', async () => {
      const r = await insertReports(client, db, year, seed, asOf);
      versions = r.versions;
      return r.reports;
    });
    steps.push({ table: 'report_version', rows: versions, ms: 0 });
    await client.query('commit');
    // Fresh statistics (the planner would guess on tables that just grew 100×), the
    // visibility map for index-only scans and GIN pending lists flushed: the steady state
    // autovacuum reaches on PostgreSQL, and that PGlite (no autovacuum) would never reach.
    await step('vacuum analyze', async () => {
      await client.query(
        'vacuum analyze agency, app_user, plan, plan_task, task_progress, task_state, task_count, report, report_version',
      );
      return 0;
    });
    return steps;
  } catch (err) {
    await client.query('rollback').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
