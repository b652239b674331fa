import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/harness.ts';
import { subscribeExecution } from '../modules/execution/execution.events.ts';
import { subscribe, transactionWithEvents, type StoredEvent } from './events.ts';

let one: TestContext;
let other: TestContext;
beforeAll(async () => {
  [one, other] = await Promise.all([createTestContext(), createTestContext()]);
});
afterAll(() => Promise.all([one.close(), other.close()]));

const publish = (ctx: TestContext, year: number) =>
  transactionWithEvents(ctx.database.db, (_tx, emit) =>
    emit('index.published', {
      code: 'PAPI',
      year,
      releaseId: 0,
      publishedOn: null,
      replaced: false,
    }),
  );

describe('domain events in this process', () => {
  it('reach handlers of their own database and process-wide ones, not another database', async () => {
    const seen: string[] = [];
    const stops = [
      subscribe('index.published', (e) => void seen.push(`one:${e.payload.year}`), one.database.db),
      subscribe(
        'index.published',
        (e) => void seen.push(`other:${e.payload.year}`),
        other.database.db,
      ),
      subscribe('index.published', (e: StoredEvent) => void seen.push(`all:${e.id > 0}`)),
    ];
    await publish(one, 2031);
    await publish(other, 2032);
    stops.forEach((stop) => stop());
    await publish(one, 2033);
    expect(seen).toEqual(['all:true', 'one:2031', 'all:true', 'other:2032']);
  });

  it('subscribes the execution handler once per database, however many apps serve it', () => {
    // The harness's app already subscribed: a second app on the same database gets the same.
    const first = subscribeExecution(one.database);
    expect(subscribeExecution(one.database)).toBe(first);
    expect(subscribeExecution(other.database)).not.toBe(first);
  });

  it('dispatches nothing when the transaction rolls back', async () => {
    const seen: number[] = [];
    const stop = subscribe(
      'index.published',
      (e) => void seen.push(e.payload.year),
      one.database.db,
    );
    await expect(
      transactionWithEvents(one.database.db, async (_tx, emit) => {
        await emit('index.published', {
          code: 'PAPI',
          year: 2034,
          releaseId: 0,
          publishedOn: null,
          replaced: false,
        });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    stop();
    expect(seen).toEqual([]);
  });
});
