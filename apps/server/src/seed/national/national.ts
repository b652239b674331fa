/**
 * Synthetic national-scale data for `npm run bench` and `npm run cli -- seed-national`:
 * the real 34 provinces and 3,321 communes, their agencies and accounts, one issued PAPI
 * improvement plan per unit (~200,000 tasks at scale 1). Bulk rows are produced by the
 * database itself (INSERT … SELECT over generate_series), so memory stays bounded and
 * both PGlite and PostgreSQL load at their own speed. Deterministic for a given seed.
 */
import type pg from 'pg';
import { hashPassword } from '../../platform/auth/password-hash.ts';
import { DEMO_PASSWORD } from '../demo.ts';
import { insertAgencies, insertUsers, loadCurrentUnits } from './agencies.ts';
import { insertPlans, insertTasks } from './plans.ts';

export interface NationalOptions {
  /** 1 = full national scale; 0.1 for a quick run. Scales tasks (units are always all). */
  scale?: number;
  seed?: number;
  year?: number;
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
    await step('agency', () => insertAgencies(client, units));
    await step('app_user', () => insertUsers(client, units, rootId, passwordHash));
    await step('plan', () => insertPlans(client, units, year, scale));
    await step('plan_task', () => insertTasks(client, year, seed));
    await client.query('commit');
    // Fresh statistics: without them the planner guesses on tables that just grew 100×.
    await step('analyze', async () => {
      await client.query('analyze agency, app_user, plan, plan_task');
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
