import { sql } from 'drizzle-orm';
import { DEFAULT_REGIMES } from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import { getInstallationSetting, installationRootId } from '../system/settings.service.ts';
import { reportingRegime } from './reports.table.ts';

/** The default regimes (seed plans, Decree 09/2019, after results), once, at the installation root. */
export async function seedDefaultRegimes(db: Executor): Promise<number> {
  const n = (await db.execute<{ n: number }>(sql`select count(*)::int as n from reporting_regime`))
    .rows[0]!.n;
  if (n > 0) return 0;
  const unitId = await installationRootId(db, await getInstallationSetting(db));
  await db.insert(reportingRegime).values(
    DEFAULT_REGIMES.map((r, i) => ({
      unitId,
      code: r.code,
      name: r.name,
      definition: r.definition,
      // Only the seed plans' regime is on by default; the others are ready alternatives.
      active: i === 0 || r.definition.trigger === 'event',
    })),
  );
  return DEFAULT_REGIMES.length;
}
