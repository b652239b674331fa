import { createHash } from 'node:crypto';
import type pg from 'pg';

/**
 * What a backup carries is read from the live, migrated database (pg_catalog), never from a
 * hand-kept list: a table a new migration creates is backed up and restored without any
 * change here.
 */
export interface TableInfo {
  name: string;
  /** Columns a restore inserts (generated columns are computed again). */
  columns: string[];
}

export interface SequenceInfo {
  name: string;
  lastValue: number;
  isCalled: boolean;
}

/** The one thing these functions need: a pg client, a pool or a drizzle transaction adapter. */
export interface Queryable {
  query<R extends object = Record<string, unknown>>(
    text: string,
    params?: unknown[],
  ): Promise<{ rows: R[] }>;
}

/** A pg client or pool as a Queryable. */
export const onPg = (c: pg.ClientBase | pg.Pool): Queryable => ({
  query: async <R extends object>(text: string, params?: unknown[]) =>
    (await c.query(text, params)) as unknown as { rows: R[] },
});

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Every ordinary table of the public schema, parents before children (FK order). */
export async function listTables(client: Queryable): Promise<TableInfo[]> {
  const { rows: tables } = await client.query<{ name: string; columns: string[] }>(`
    select c.relname as name,
           array_agg(a.attname::text order by a.attnum) filter (where a.attgenerated = '') as columns
      from pg_class c
      join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
     where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and not c.relispartition
     group by c.relname`);
  const { rows: edges } = await client.query<{ child: string; parent: string }>(`
    select ch.relname as child, pa.relname as parent
      from pg_constraint k
      join pg_class ch on ch.oid = k.conrelid
      join pg_class pa on pa.oid = k.confrelid
     where k.contype = 'f' and k.connamespace = 'public'::regnamespace`);
  const order = foreignKeyOrder(
    tables.map((t) => t.name),
    edges,
  );
  const byName = new Map(tables.map((t) => [t.name, t]));
  return order.map((name) => ({ name, columns: byName.get(name)!.columns }));
}

/**
 * Kahn's topological sort, ties broken by name so the order is the same on every run.
 * A table's reference to itself is ignored (its rows are inserted in one statement); a
 * cycle between tables cannot be restored table by table and is refused.
 */
export function foreignKeyOrder(
  names: readonly string[],
  edges: readonly { child: string; parent: string }[],
): string[] {
  const parents = new Map(names.map((n) => [n, new Set<string>()]));
  for (const e of edges) if (e.child !== e.parent) parents.get(e.child)?.add(e.parent);
  const done: string[] = [];
  const left = new Set(names);
  while (left.size > 0) {
    const ready = [...left].filter((n) => [...parents.get(n)!].every((p) => !left.has(p))).sort();
    if (ready.length === 0) {
      throw new Error(`Khóa ngoại vòng tròn giữa các bảng: ${[...left].sort().join(', ')}`);
    }
    for (const n of ready) {
      done.push(n);
      left.delete(n);
    }
  }
  return done;
}

/** Every sequence of the public schema with its position (ids continue after a restore). */
export async function readSequences(client: Queryable): Promise<SequenceInfo[]> {
  const { rows } = await client.query<{ name: string }>(
    `select relname as name from pg_class
      where relnamespace = 'public'::regnamespace and relkind = 'S' order by relname`,
  );
  const out: SequenceInfo[] = [];
  for (const { name } of rows) {
    const r = await client.query<{ last_value: string | number; is_called: boolean }>(
      `select last_value, is_called from ${quoteIdent(name)}`,
    );
    out.push({ name, lastValue: Number(r.rows[0]!.last_value), isCalled: r.rows[0]!.is_called });
  }
  return out;
}

/**
 * Fixes every setting that shapes a row's text (time zone, date and float output), so a
 * table exported here and again after a restore gives byte-identical lines on both
 * databases. Call inside the transaction.
 */
export async function setStableOutput(client: Queryable): Promise<void> {
  for (const setting of [
    `timezone to 'UTC'`,
    `datestyle to 'ISO, YMD'`,
    `intervalstyle to 'postgres'`,
    'extra_float_digits to 1',
    `bytea_output to 'hex'`,
  ]) {
    await client.query(`set local ${setting}`);
  }
}

export interface TableDigest {
  rows: number;
  sha256: string;
}

/**
 * Streams a table as JSON lines (one to_jsonb per row: jsonb text never holds a raw line
 * break; sorted by the bytes of the text, so the same rows always give the same lines) through a cursor, calling `onChunk` per batch.
 * The digest is the sha256 of the lines joined by "\n", each line ended by "\n".
 */
export async function exportTable(
  client: Queryable,
  table: string,
  onChunk?: (text: string) => Promise<void> | void,
): Promise<TableDigest> {
  const hash = createHash('sha256');
  let rows = 0;
  const cursor = `papi_export_${table}`;
  await client.query(
    `declare ${quoteIdent(cursor)} no scroll cursor for
       select r from (select to_jsonb(t)::text as r from ${quoteIdent(table)} t) s
        order by r collate "C"`,
  );
  for (;;) {
    const { rows: batch } = await client.query<{ r: string }>(
      `fetch forward 2000 from ${quoteIdent(cursor)}`,
    );
    if (batch.length === 0) break;
    const text = batch.map((b) => `${b.r}\n`).join('');
    hash.update(text);
    rows += batch.length;
    await onChunk?.(text);
  }
  await client.query(`close ${quoteIdent(cursor)}`);
  return { rows, sha256: hash.digest('hex') };
}
