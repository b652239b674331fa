import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import type { JobHandler } from './worker.ts';

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
