import { sql } from 'drizzle-orm';
import type { ReportPeriod } from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import type { RegimeRecord } from './regimes.repository.ts';
import { expectedReporters } from './reporting-rates.ts';

/** Expected reporters of a period of a regime in a subtree, the period looked up if stored. */
export async function periodReporters(
  db: Executor,
  g: RegimeRecord,
  period: ReportPeriod,
  subtreePaths: string[],
  today: string,
) {
  const stored = await db.execute<{ id: number }>(
    sql`select id from report_period where regime_id = ${g.id} and key = ${period.key}`,
  );
  return expectedReporters(db, g, period, stored.rows[0]?.id ?? null, subtreePaths, today);
}

/** "/1/14/3051/" → 14: the unit above, from the materialised path (null at the top). */
export function parentIdOf(path: string): number | null {
  const ids = path.split('/').filter(Boolean).map(Number);
  return ids.length > 1 ? ids[ids.length - 2]! : null;
}
