import { describe, expect, it } from 'vitest';
import {
  memoryOutbox,
  outcomeOfFailure,
  syncOutbox,
  type PendingResponse,
  type SendOutcome,
} from './outbox.ts';

const form = (n: number): PendingResponse => ({
  clientId: `00000000-0000-4000-8000-00000000000${n}`,
  runId: 1,
  runName: 'Đợt 1',
  stratumCode: 'A',
  stratumName: 'Phường A',
  answers: { q: String(n) },
  savedAt: `2026-12-0${n}T08:00:00.000Z`,
  attempts: 0,
});

describe('syncing forms kept on the device', () => {
  it('sends oldest first and stops at a lost connection, keeping the rest', async () => {
    const store = memoryOutbox();
    for (const n of [3, 1, 2]) await store.put(form(n));
    const sent: string[] = [];
    const summary = await syncOutbox(store, async (item) => {
      sent.push(item.answers.q as string);
      return item.answers.q === '2'
        ? { kind: 'retry', message: 'Mất kết nối' }
        : { kind: 'stored', duplicate: false };
    });
    expect(sent).toEqual(['1', '2']);
    expect(summary).toEqual({
      stored: 1,
      duplicates: 0,
      refused: 0,
      waiting: 2,
      lastError: 'Mất kết nối',
    });
    const left = (await store.all()).map((i) => [i.answers.q, i.attempts]);
    expect(left.sort()).toEqual([
      ['2', 1],
      ['3', 0],
    ]);
  });

  it('a send whose answer was lost is stored once: the retry comes back as a duplicate', async () => {
    const store = memoryOutbox();
    for (const n of [1, 2, 3]) await store.put(form(n));
    const server = new Set<string>();
    let dropNext = true;
    const send = async (item: PendingResponse): Promise<SendOutcome> => {
      const duplicate = server.has(item.clientId);
      server.add(item.clientId);
      if (dropNext) {
        dropNext = false; // the server stored it, the answer never arrived
        return { kind: 'retry', message: 'Kết nối bị ngắt' };
      }
      return { kind: 'stored', duplicate };
    };
    expect((await syncOutbox(store, send)).waiting).toBe(3);
    const second = await syncOutbox(store, send);
    expect(second).toMatchObject({ stored: 2, duplicates: 1, waiting: 0 });
    expect(server.size).toBe(3);
    expect(await store.all()).toEqual([]);
  });

  it('keeps a refused form with the reason and skips it next time', async () => {
    const store = memoryOutbox();
    await store.put(form(1));
    await syncOutbox(store, async () => ({ kind: 'refused', message: 'Đợt khảo sát đã kết thúc' }));
    const [kept] = await store.all();
    expect(kept!.refused).toBe('Đợt khảo sát đã kết thúc');
    let calls = 0;
    await syncOutbox(store, async () => {
      calls++;
      return { kind: 'stored', duplicate: false };
    });
    expect(calls).toBe(0);
  });

  it('retries lost connections, server errors and expired sessions; refuses the rest', () => {
    expect(outcomeOfFailure(null, 'x').kind).toBe('retry');
    expect(outcomeOfFailure(401, 'x').kind).toBe('retry');
    expect(outcomeOfFailure(503, 'x').kind).toBe('retry');
    expect(outcomeOfFailure(400, 'x').kind).toBe('refused');
    expect(outcomeOfFailure(409, 'x').kind).toBe('refused');
    expect(outcomeOfFailure(403, 'x').kind).toBe('refused');
  });
});
