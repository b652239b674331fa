import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { TIndexFramework, TUnitRef } from '@papi/contracts';
import { ZIndexFramework } from '@papi/contracts';
import { namedInYear } from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import { ADMIN_UNITS_DIR } from '../units/units.import.ts';

export interface ResultRow {
  year: number;
  unit: TUnitRef;
  regionId: number | null;
  successor: TUnitRef | null;
  assessed: boolean;
  scores: Record<string, number>;
  total: number | null;
}

export interface Release {
  id: number;
  year: number;
  publishedOn: string | null;
}

const REGIONS: Map<number, string> = new Map(
  (
    JSON.parse(
      fs.readFileSync(path.join(ADMIN_UNITS_DIR, 'pre2025/administrative_regions.json'), 'utf8'),
    ) as { Id: number; Name: string }[]
  ).map((r) => [r.Id, r.Name]),
);

export const regionName = (id: number | null) => (id === null ? null : (REGIONS.get(id) ?? null));

export async function findFramework(db: Executor, code: string): Promise<TIndexFramework | null> {
  const r = await db.execute<{ definition: unknown }>(
    sql`select definition from index_framework where code = ${code}`,
  );
  return r.rows[0] ? ZIndexFramework.parse(r.rows[0].definition) : null;
}

export async function listFrameworkCodes(db: Executor): Promise<string[]> {
  const r = await db.execute<{ code: string }>(sql`select code from index_framework order by code`);
  return r.rows.map((row) => row.code);
}

export async function listReleases(db: Executor, code: string) {
  const r = await db.execute<{
    id: number;
    year: number;
    published_on: string | null;
    assessed: number;
    surveyed: number;
  }>(sql`
    select r.id, r.year, r.published_on,
           count(x.unit_id) filter (where x.assessed)::int as assessed, count(x.unit_id)::int as surveyed
      from index_release r left join index_result x on x.release_id = r.id
     where r.framework_code = ${code}
     group by r.id order by r.year`);
  return r.rows;
}

interface Row extends Record<string, unknown> {
  year: number;
  id: number;
  code: string;
  name: string;
  full_name: string;
  level: TUnitRef['level'];
  region_id: number | null;
  s_id: number | null;
  s_code: string | null;
  s_name: string | null;
  s_full_name: string | null;
  assessed: boolean;
  scores: Record<string, number>;
  total: number | null;
}

/** Every result of an index, all years, with units and their post-2025 successors: one query. */
export async function loadAllResults(db: Executor, code: string): Promise<ResultRow[]> {
  const r = await db.execute<Row>(sql`
    select rel.year, u.id, u.code, u.name, u.full_name, u.level, u.region_id,
           s.id as s_id, s.code as s_code, s.name as s_name, s.full_name as s_full_name,
           x.assessed, x.scores, x.total
      from index_result x
      join index_release rel on rel.id = x.release_id
      join admin_unit u on u.id = x.unit_id
      left join unit_succession us on us.old_unit_id = u.id and u.level = 'province'
      left join admin_unit s on s.id = us.new_unit_id and s.level = 'province'
     where rel.framework_code = ${code}
     order by rel.year, u.code`);
  return r.rows.map((row) => ({
    year: row.year,
    // The name the province had that year (Thừa Thiên Huế before 2025).
    unit: namedInYear(
      { id: row.id, code: row.code, name: row.name, fullName: row.full_name, level: row.level },
      row.year,
    ),
    regionId: row.region_id,
    successor:
      row.s_id === null
        ? null
        : {
            id: row.s_id,
            code: row.s_code!,
            name: row.s_name!,
            fullName: row.s_full_name!,
            level: 'province',
          },
    assessed: row.assessed,
    scores: row.scores,
    total: row.total,
  }));
}
