/**
 * A second, real server process for the queue test: opens the database named by
 * DATABASE_URL, drains `test.effect` jobs with its own pool, prints how many it ran.
 */
import { openDatabase } from '../../db/client.ts';
import { createWorker } from './worker.ts';
import { effectHandler } from './jobs.fixture.ts';

const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL! });
const worker = createWorker(database.db, {
  id: `child-${process.pid}`,
  handlers: { 'test.effect': effectHandler },
  log: () => {},
});
// Wait for the parent's go signal on stdin so both start together.
await new Promise((resolve) => process.stdin.once('data', resolve));
process.stdin.destroy();
const ran = await worker.drain();
await database.close();
process.stdout.write(`${JSON.stringify({ ran })}\n`);
