import { sql, type SQL } from 'drizzle-orm';
import { foldVietnamese } from '@papi/domain';
import type { TAgency } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import { pagedTotal } from '../../db/paging.ts';
import { inScopeSql } from '../units/units.repository.ts';

interface AgencyRow extends Record<string, unknown> {
  id: number;
  unit_id: number;
  unit_name: string;
  unit_path: string;
  name: string;
  short_name: string;
  kind: TAgency['kind'];
  active: boolean;
  version: number;
  total: number;
}

export type AgencyRecord = TAgency & { unitPath: string };

const present = (r: AgencyRow): AgencyRecord => ({
  id: r.id,
  unitId: r.unit_id,
  unitName: r.unit_name,
  unitPath: r.unit_path,
  name: r.name,
  shortName: r.short_name,
  kind: r.kind,
  active: r.active,
  version: r.version,
});

async function selectAgencies(db: Executor, where: SQL, limit: number, offset: number) {
  const result = await db.execute<AgencyRow>(sql`
    select a.id, a.unit_id, u.full_name as unit_name, u.path as unit_path, a.name, a.short_name,
           a.kind, a.active, a.version, count(*) over ()::int as total
      from agency a join admin_unit u on u.id = a.unit_id
     where ${where}
     order by length(u.path), a.search, a.id
     limit ${limit} offset ${offset}`);
  const total = await pagedTotal(
    db,
    result.rows,
    offset,
    sql`agency a join admin_unit u on u.id = a.unit_id`,
    where,
  );
  return { items: result.rows.map(present), total };
}

export interface AgencyFilter {
  scopePaths: string[];
  unitId?: number | undefined;
  q?: string | undefined;
  includeInactive: boolean;
  page: number;
  pageSize: number;
}

export function listAgencies(db: Executor, f: AgencyFilter) {
  const conditions: SQL[] = [inScopeSql(sql`u.path`, f.scopePaths)];
  if (f.unitId) conditions.push(sql`a.unit_id = ${f.unitId}`);
  if (!f.includeInactive) conditions.push(sql`a.active`);
  for (const word of foldVietnamese(f.q ?? '')
    .split(' ')
    .filter(Boolean)) {
    conditions.push(sql`a.search like ${`%${word}%`}`);
  }
  return selectAgencies(
    db,
    sql.join(conditions, sql` and `),
    f.pageSize,
    (f.page - 1) * f.pageSize,
  );
}

export async function findAgency(db: Executor, id: number) {
  const { items } = await selectAgencies(db, sql`a.id = ${id}`, 1, 0);
  return items[0] ?? null;
}

export const agencySearchText = (name: string, shortName: string) =>
  foldVietnamese(`${name} ${shortName}`);
