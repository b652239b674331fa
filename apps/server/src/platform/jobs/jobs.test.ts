import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { openDatabase, type Database } from '../../db/client.ts';
import { claimJob, completeJob, enqueue } from './queue.ts';
import { createWorker, type Schedule } from './worker.ts';
import {
  createEffectTable,
  databaseUrlOf,
  effectHandler,
  spawnWorkerProcess,
} from './jobs.fixture.ts';

let ctx: TestContext;
const q = async <T extends Record<string, unknown>>(text: string, params: unknown[] = []) =>
  (await ctx.database.pool.query<T>(text, params)).rows;

beforeAll(async () => {
  ctx = await createTestContext();
  await createEffectTable(ctx.database.db);
});
afterAll(() => ctx.close());
beforeEach(async () => {
  await q('delete from job');
  await q('delete from job_test_effect');
});

const quiet = { log: () => {} };

async function enqueueMany(n: number) {
  for (let i = 0; i < n; i++)
    await enqueue(ctx.database.db, { kind: 'test.effect', payload: { i } });
}

/** Every job done exactly once: one effect row per job, none missing, none doubled. */
async function expectEachOnce(n: number) {
  const [jobs] = await q<{ done: number; other: number }>(
    `select count(*) filter (where status = 'done')::int as done,
            count(*) filter (where status <> 'done')::int as other from job`,
  );
  expect(jobs).toEqual({ done: n, other: 0 });
  const [effects] = await q<{ rows: number; distinct: number; missing: number }>(
    `select count(*)::int as rows, count(distinct job_id)::int as distinct,
            (select count(*)::int from job j where not exists
               (select 1 from job_test_effect e where e.job_id = j.id)) as missing
       from job_test_effect`,
  );
  expect(effects).toEqual({ rows: n, distinct: n, missing: 0 });
  return q<{ worker: string; n: number }>(
    'select worker, count(*)::int as n from job_test_effect group by worker order by worker',
  );
}

describe('enqueue', () => {
  it('a dedupe key is enqueued once, however often it is asked', async () => {
    const first = await enqueue(ctx.database.db, {
      kind: 'x',
      dedupeKey: 'reminder-scan:2026-12-01',
    });
    const again = await enqueue(ctx.database.db, {
      kind: 'x',
      dedupeKey: 'reminder-scan:2026-12-01',
    });
    expect(first).toBeTypeOf('number');
    expect(again).toBeNull();
    expect(await q('select id from job')).toHaveLength(1);
  });

  it('a job enqueued in a transaction that rolls back never exists', async () => {
    await expect(
      ctx.database.db.transaction(async (tx) => {
        await enqueue(tx, { kind: 'x' });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await q('select id from job')).toHaveLength(0);
  });
});

describe('retries and leases', () => {
  it('a failing job retries with growing delays, then stops at maxAttempts', async () => {
    let now = new Date('2026-12-01T00:00:00Z');
    let calls = 0;
    const worker = createWorker(ctx.database.db, {
      ...quiet,
      now: () => now,
      handlers: {
        flaky: async () => {
          calls++;
          throw new Error(`hỏng lần ${calls}`);
        },
      },
    });
    await enqueue(ctx.database.db, { kind: 'flaky', maxAttempts: 3, runAt: now });
    expect(await worker.drain()).toBe(1);
    const [first] = await q<{ status: string; attempts: number; last_error: string; run_at: Date }>(
      'select status, attempts, last_error, run_at from job',
    );
    expect(first).toMatchObject({
      status: 'pending',
      attempts: 1,
      last_error: 'Error: hỏng lần 1',
    });
    const delay1 = first!.run_at.getTime() - now.getTime();
    expect(delay1).toBeGreaterThanOrEqual(5_000);
    expect(await worker.drain()).toBe(0); // not due yet
    now = new Date(first!.run_at.getTime());
    expect(await worker.drain()).toBe(1);
    const [second] = await q<{ run_at: Date }>('select run_at from job');
    expect(second!.run_at.getTime() - now.getTime()).toBeGreaterThanOrEqual(10_000);
    now = new Date(second!.run_at.getTime());
    await worker.drain();
    expect(await q('select status, attempts, last_error from job')).toEqual([
      { status: 'failed', attempts: 3, last_error: 'Error: hỏng lần 3' },
    ]);
    now = new Date(now.getTime() + 86_400_000);
    expect(await worker.drain()).toBe(0);
    expect(calls).toBe(3);
  });

  it('work of a failed attempt rolls back with it', async () => {
    const worker = createWorker(ctx.database.db, {
      ...quiet,
      handlers: {
        half: async (tx, job, c) => {
          await effectHandler(tx, job, c);
          throw new Error('sau khi ghi');
        },
      },
    });
    await enqueue(ctx.database.db, { kind: 'half' });
    await worker.drain();
    expect(await q('select * from job_test_effect')).toEqual([]);
  });

  it('a job whose worker died is taken over after the lease; the late worker cannot finish it', async () => {
    const t0 = new Date('2026-12-01T00:00:00Z');
    await enqueue(ctx.database.db, { kind: 'test.effect', runAt: t0 });
    const dead = await claimJob(ctx.database.db, 'dead-worker', ['test.effect'], 60_000, t0);
    expect(dead).not.toBeNull();
    const early = createWorker(ctx.database.db, {
      ...quiet,
      handlers: { 'test.effect': effectHandler },
      now: () => new Date(t0.getTime() + 30_000),
    });
    expect(await early.drain()).toBe(0); // still leased
    const late = createWorker(ctx.database.db, {
      ...quiet,
      id: 'heir',
      handlers: { 'test.effect': effectHandler },
      now: () => new Date(t0.getTime() + 61_000),
    });
    expect(await late.drain()).toBe(1);
    expect(await completeJob(ctx.database.db, dead!.id, 'dead-worker')).toBe(false);
    expect(await expectEachOnce(1)).toEqual([{ worker: 'heir', n: 1 }]);
  });
});

describe('several workers on one database', () => {
  it('two workers draining 150 jobs concurrently run each exactly once', async () => {
    await enqueueMany(150);
    let second: Database | null = null;
    // PostgreSQL: the second worker has its own pool (as another process would). PGlite
    // is one backend: both workers share it, interleaving job by job.
    if (inject('databaseKind') === 'postgres') {
      second = await openDatabase({ databaseUrl: await databaseUrlOf(ctx.database.db) });
    }
    const make = (id: string, db = ctx.database.db) =>
      createWorker(db, { ...quiet, id, handlers: { 'test.effect': effectHandler } });
    const [a, b] = await Promise.all([
      make('a').drain(),
      make('b', second?.db ?? ctx.database.db).drain(),
    ]);
    await second?.close();
    expect(a + b).toBe(150);
    const perWorker = await expectEachOnce(150);
    expect(perWorker.map((r) => r.worker)).toEqual(['a', 'b']); // both took part
  });

  it.runIf(inject('databaseKind') === 'postgres')(
    'a second real node process and this one share 200 jobs, each done once',
    async () => {
      await enqueueMany(200);
      const child = await spawnWorkerProcess(await databaseUrlOf(ctx.database.db));
      const mine = createWorker(ctx.database.db, {
        ...quiet,
        id: 'parent',
        handlers: { 'test.effect': effectHandler },
      });
      child.go();
      const [ran, childRan] = await Promise.all([mine.drain(), child.done]);
      expect(ran + childRan).toBe(200);
      expect(childRan).toBeGreaterThan(0);
      const perWorker = await expectEachOnce(200);
      expect(perWorker).toHaveLength(2);
    },
    30_000,
  );

  it('schedules enqueued by several workers exist once per period', async () => {
    const daily: Schedule = (now) => ({
      kind: 'test.effect',
      dedupeKey: `daily:${now.toISOString().slice(0, 10)}`,
      runAt: now,
    });
    const at = (iso: string) => () => new Date(iso);
    const workers = ['p1', 'p2', 'p3'].map((id) =>
      createWorker(ctx.database.db, {
        ...quiet,
        id,
        schedules: [daily],
        handlers: { 'test.effect': effectHandler },
        now: at('2026-12-01T01:00:00Z'),
      }),
    );
    await Promise.all(workers.map((w) => w.drain()));
    await Promise.all(workers.map((w) => w.drain()));
    await expectEachOnce(1);
    const next = createWorker(ctx.database.db, {
      ...quiet,
      schedules: [daily],
      handlers: { 'test.effect': effectHandler },
      now: at('2026-12-02T01:00:00Z'),
    });
    await next.drain();
    expect(await q('select dedupe_key from job order by id')).toEqual([
      { dedupe_key: 'daily:2026-12-01' },
      { dedupe_key: 'daily:2026-12-02' },
    ]);
  });

  it('the background loop polls, runs new jobs and stops cleanly', async () => {
    const worker = createWorker(ctx.database.db, {
      ...quiet,
      intervalMs: 20,
      handlers: { 'test.effect': effectHandler },
    });
    worker.start();
    await enqueueMany(3);
    for (let i = 0; i < 100 && (await q('select 1 from job_test_effect')).length < 3; i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    await worker.stop();
    await expectEachOnce(3);
    await enqueueMany(1);
    await new Promise((r) => setTimeout(r, 80));
    expect(await q(`select id from job where status = 'pending'`)).toHaveLength(1);
  });
});
