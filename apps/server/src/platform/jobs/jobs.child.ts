/**
 * A second, real server process for the queue tests: opens the database named by
 * DATABASE_URL with its own pool and drains jobs, then prints how many it ran.
 * CHILD_NOW set: the application's real jobs and schedules at that instant (mail logged);
 * otherwise the queue test's `test.effect` jobs.
 */
import { openDatabase } from '../../db/client.ts';
import { createTransport } from '../mail/mailer.ts';
import { jobHandlers, jobSchedules } from '../../modules/reminders/reminders.jobs.ts';
import { createWorker } from './worker.ts';
import { effectHandler } from './jobs.fixture.ts';

const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL! });
const at = process.env.CHILD_NOW;
const transport = createTransport({ smtpUrl: undefined, mailFrom: 'x@y' }, () => {});
const worker = createWorker(database.db, {
  id: `child-${process.pid}`,
  log: () => {},
  ...(at
    ? {
        handlers: jobHandlers({ publicUrl: 'https://papi.example', transport }),
        schedules: jobSchedules(),
        now: () => new Date(at),
      }
    : { handlers: { 'test.effect': effectHandler } }),
});
// Wait for the parent's go signal on stdin so both start together.
await new Promise((resolve) => process.stdin.once('data', resolve));
process.stdin.destroy();
const ran = await worker.drain();
await database.close();
process.stdout.write(`${JSON.stringify({ ran })}\n`);
