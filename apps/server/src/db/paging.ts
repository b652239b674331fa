import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from './client.ts';

/**
 * Total rows of a paged list. Pages carry `count(*) over ()` on each row; past the last
 * page there is no row to ride on, so the count is asked separately over `from`/`where`.
 */
export async function pagedTotal(
  db: Executor,
  rows: readonly { total: number }[],
  offset: number,
  from: SQL,
  where: SQL,
): Promise<number> {
  if (rows[0]) return rows[0].total;
  if (offset === 0) return 0;
  const r = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from ${from} where ${where}`,
  );
  return r.rows[0]!.n;
}
