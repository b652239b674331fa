import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createTestContext, type TestContext } from '../test/harness.ts';
import { openDatabase } from './client.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('database client', () => {
  it('keeps the event loop free while a slow query runs', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    await ctx.database.pool.query('select pg_sleep(0.5)');
    clearInterval(timer);
    // In-thread PGlite would freeze the loop for the whole query (ticks ≈ 0).
    expect(ticks).toBeGreaterThan(20);
  });

  it('returns DATE columns as ISO strings, not shifted Date objects', async () => {
    const { rows } = await ctx.database.pool.query(`select date '2025-07-01' as d`);
    expect(rows[0].d).toBe('2025-07-01');
  });
});

describe('after a failed query', () => {
  it('serves the next query on a fresh connection', async () => {
    // pg-pool drops a connection that saw an error; PGlite must accept its replacement.
    await expect(ctx.database.pool.query('select 1/0')).rejects.toThrow('division by zero');
    const { rows } = await ctx.database.pool.query('select 2 as x');
    expect(rows[0].x).toBe(2);
  });
});

/** TCP sockets in LISTEN state (0A) whose inode belongs to one of this process's fds. */
function listeningTcpSocketsOfThisProcess(): string[] {
  const mine = new Set(
    fs
      .readdirSync('/proc/self/fd')
      .map((fd) => {
        try {
          return /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/self/fd/${fd}`))?.[1];
        } catch {
          return undefined;
        }
      })
      .filter(Boolean),
  );
  return ['/proc/net/tcp', '/proc/net/tcp6']
    .flatMap((f) => fs.readFileSync(f, 'utf8').split('\n').slice(1))
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols[3] === '0A' && mine.has(cols[9]))
    .map((cols) => cols[1]!);
}

describe('the embedded database channel (PGlite)', () => {
  const pglite = () => ctx.database.kind === 'pglite';
  const connect = async (password?: string) => {
    const client = new pg.Client({
      host: ctx.database.socketDir,
      port: 5432,
      user: 'postgres',
      database: 'postgres',
      ...(password !== undefined ? { password } : {}),
    });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.query('select password_hash from app_user limit 1');
      return 'connected';
    } catch (err) {
      return (err as { code?: string; message: string }).code ?? (err as Error).message;
    } finally {
      await client.end().catch(() => {});
    }
  };

  it('refuses a second client without the per-start password, or with a wrong one', async () => {
    if (!pglite()) return;
    expect(await connect('')).not.toBe('connected');
    expect(await connect('postgres')).toBe('28P01');
    expect(await connect('x'.repeat(32))).toBe('28P01');
    // The app's own connection still works afterwards.
    const { rows } = await ctx.database.pool.query('select 1 as x');
    expect(rows[0].x).toBe(1);
  });

  it('listens on a Unix socket only its user may open, inside DATA_DIR/run, not on TCP', async () => {
    if (!pglite()) return;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'papi-chan-'));
    fs.chmodSync(dataDir, 0o755);
    const database = await openDatabase({ dataDir });
    try {
      expect(database.socketDir).toBe(path.join(dataDir, 'run'));
      const mode = (p: string) => fs.statSync(p).mode & 0o777;
      expect(mode(dataDir)).toBe(0o700);
      expect(mode(database.socketDir!)).toBe(0o700);
      expect(mode(path.join(database.socketDir!, '.s.PGSQL.5432'))).toBe(0o600);
      const { rows } = await database.pool.query('select count(*)::int as n from pg_class');
      expect(rows[0].n).toBeGreaterThan(0);
      expect(listeningTcpSocketsOfThisProcess()).toEqual([]);
    } finally {
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
