import { sql, type SQL } from 'drizzle-orm';
import type { RegimeDefinition } from '@papi/domain';
import type { TRegime, TUnitRef } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import { remembered } from '../../platform/cache.ts';

export type RegimeRecord = TRegime & { unitPath: string; definition: RegimeDefinition };

/** A regime row with its unit, as `REGIME_COLUMNS` selects it. */
export interface RegimeRow extends Record<string, unknown> {
  id: number;
  code: string;
  name: string;
  definition: RegimeDefinition;
  active: boolean;
  version: number;
  updated_at: string;
  unit_id: number;
  unit_code: string;
  unit_name: string;
  unit_full_name: string;
  unit_level: TUnitRef['level'];
  unit_path: string;
}

/** The columns of a regime `g` and its unit `u` that `regimeOf` reads. */
export const REGIME_COLUMNS = sql`g.id, g.code, g.name, g.definition, g.active, g.version,
  g.updated_at::text as updated_at, u.id as unit_id, u.code as unit_code, u.name as unit_name,
  u.full_name as unit_full_name, u.level as unit_level, u.path as unit_path`;

export async function selectRegimes(db: Executor, where: SQL): Promise<RegimeRecord[]> {
  const r = await db.execute<RegimeRow>(sql`
    select ${REGIME_COLUMNS}
      from reporting_regime g join admin_unit u on u.id = g.unit_id
     where ${where} order by length(u.path), g.code`);
  return r.rows.map(regimeOf);
}

export function regimeOf(g: RegimeRow): RegimeRecord {
  return {
    id: g.id,
    unit: {
      id: g.unit_id,
      code: g.unit_code,
      name: g.unit_name,
      fullName: g.unit_full_name,
      level: g.unit_level,
    },
    unitPath: g.unit_path,
    code: g.code,
    name: g.name,
    definition: g.definition,
    active: g.active,
    version: g.version,
    updatedAt: new Date(g.updated_at).toISOString(),
  };
}

export async function findRegime(db: Executor, id: number) {
  return (await selectRegimes(db, sql`g.id = ${id}`))[0] ?? null;
}

/**
 * Regimes that apply to a unit: those of the unit itself and of every unit above it.
 * Every monitoring and My work request asks: remembered for a second (platform/cache.ts).
 * Callers must not change the records.
 */
export function regimesApplying(
  db: Executor,
  unitPath: string,
  includeInactive: boolean,
): Promise<readonly RegimeRecord[]> {
  return remembered(db, 'regimes-applying', `${unitPath}|${includeInactive}`, () =>
    selectRegimes(
      db,
      sql`${unitPath} like u.path || '%' ${includeInactive ? sql`` : sql`and g.active`}`,
    ),
  );
}

/** Official results published so far (event-triggered periods); remembered like the above. */
export function publishedResults(db: Executor) {
  return remembered(db, 'published-results', '', async () => {
    const r = await db.execute<{ year: number; published_on: string }>(sql`
      select year, published_on::text as published_on from index_release
       where framework_code = 'PAPI' and published_on is not null`);
    return r.rows.map((x) => ({ indexYear: x.year, publishedOn: x.published_on }));
  });
}
