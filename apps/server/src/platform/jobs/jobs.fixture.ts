import { spawn } from 'node:child_process';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import type { JobHandler } from './worker.ts';
import { now } from '../clock.ts';

/** A side-effect table with no unique constraint: a job run twice shows as two rows. */
export const createEffectTable = (db: Executor) =>
  db.execute(
    sql`create table if not exists job_test_effect (job_id int not null, worker text not null)`,
  );

/** Records which worker ran the job, after a short pause so concurrent workers overlap. */
export const effectHandler: JobHandler = async (tx, job, ctx) => {
  await tx.execute(sql`select pg_sleep(0.002)`);
  await tx.execute(sql`insert into job_test_effect values (${job.id}, ${ctx.workerId})`);
};

/**
 * Starts jobs.child.ts as another node process on the test database; `go()` lets it
 * start draining (after its connection is up), `done` resolves with how many jobs it ran.
 */
export async function spawnWorkerProcess(databaseUrl: string, env: Record<string, string> = {}) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', new URL('./jobs.child.ts', import.meta.url).pathname],
    {
      // The other process keeps this one's clock (the test clock), or each would judge the
      // other's leases by a different "now" and take jobs the other still holds.
      env: { ...process.env, PAPI_NOW: now().toISOString(), ...env, DATABASE_URL: databaseUrl },
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const done = new Promise<number>((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0
        ? resolve((JSON.parse(out.trim()) as { ran: number }).ran)
        : reject(new Error(`worker process exited with ${code}`)),
    ),
  );
  // Loading tsx and connecting takes about a second; the child waits for the signal.
  await new Promise((r) => setTimeout(r, 1500));
  return { go: () => child.stdin.end('go\n'), done };
}

/** The URL of the database a test context is on (PostgreSQL only). */
export async function databaseUrlOf(db: Executor): Promise<string> {
  const r = await db.execute<{ name: string }>(sql`select current_database() as name`);
  const u = new URL(process.env.DATABASE_URL!);
  u.pathname = `/${r.rows[0]!.name}`;
  return u.toString();
}
