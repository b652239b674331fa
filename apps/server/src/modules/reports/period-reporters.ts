import type { ReportPeriod } from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import type { RegimeRecord } from './regimes.repository.ts';
import { expectedReporters } from './reporting-rates.ts';
import { intersectPaths, lineagePaths } from './lineage.ts';

/**
 * Expected reporters of a period of a regime in a subtree (the regime's predecessors'
 * units included): the lineage, then one statement (the stored period is joined by key).
 */
export async function periodReporters(
  db: Executor,
  g: RegimeRecord,
  period: ReportPeriod,
  subtreePaths: string[],
  today: string,
) {
  const roots = await lineagePaths(db, g.unit.id);
  return expectedReporters(db, {
    regimeId: g.id,
    levels: g.definition.levels,
    periods: [period],
    paths: intersectPaths(roots, subtreePaths),
    today,
  });
}

/** "/1/14/3051/" → 14: the unit above, from the materialised path (null at the top). */
export function parentIdOf(path: string): number | null {
  const ids = path.split('/').filter(Boolean).map(Number);
  return ids.length > 1 ? ids[ids.length - 2]! : null;
}
