import { sql, type SQL } from 'drizzle-orm';
import { foldVietnamese } from '@papi/domain';
// The seed carries the transcribed seed plans: kept out of the main entry the web app imports.
import { SOLUTION_SEED } from '@papi/domain/solution-seed';
import type { TPlanSolution, TUnitRef } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import { pagedTotal } from '../../db/paging.ts';
import { planSolution } from './plan-solutions.table.ts';

export type SolutionRecord = Omit<TPlanSolution, 'editable'> & { unitPath: string | null };

export const solutionSearch = (s: { title: string; content: string; dimensionCode: string }) =>
  foldVietnamese(`${s.dimensionCode} ${s.title} ${s.content}`);

/** Shipped solutions from the seed plans: inserted once, refreshed by their seed key. */
export async function seedSolutions(db: Executor): Promise<number> {
  const rows = SOLUTION_SEED.map((s) => ({ ...s, search: solutionSearch(s) }));
  await db
    .insert(planSolution)
    .values(rows)
    .onConflictDoUpdate({
      target: planSolution.seedKey,
      set: {
        title: sql`excluded.title`,
        content: sql`excluded.content`,
        dimensionCode: sql`excluded.dimension_code`,
        source: sql`excluded.source`,
        search: sql`excluded.search`,
      },
      // Every start runs this: rows the seed did not change are left alone (no rewrite).
      setWhere: sql`(plan_solution.title, plan_solution.content, plan_solution.dimension_code,
        plan_solution.source, plan_solution.search) is distinct from (excluded.title,
        excluded.content, excluded.dimension_code, excluded.source, excluded.search)`,
    });
  return rows.length;
}

const FROM = sql`plan_solution s left join admin_unit u on u.id = s.unit_id`;

export interface SolutionFilter {
  /** Unit paths whose solutions are visible: the scope and the units above it. */
  visible: (unitPath: SQL) => SQL;
  q?: string | undefined;
  framework?: string | undefined;
  dimension?: string | undefined;
  origin?: 'shipped' | 'own' | undefined;
  id?: number;
  page: number;
  pageSize: number;
}

export async function listSolutions(db: Executor, f: SolutionFilter) {
  const where: SQL[] = [sql`(s.unit_id is null or ${f.visible(sql`u.path`)})`];
  if (f.id) where.push(sql`s.id = ${f.id}`);
  if (f.framework) where.push(sql`s.framework_code = ${f.framework}`);
  if (f.dimension)
    where.push(
      f.dimension.includes('.')
        ? sql`s.dimension_code = ${f.dimension}`
        : sql`(s.dimension_code = ${f.dimension} or s.dimension_code like ${`${f.dimension}.%`})`,
    );
  if (f.origin === 'shipped') where.push(sql`s.unit_id is null`);
  if (f.origin === 'own') where.push(sql`s.unit_id is not null`);
  for (const word of foldVietnamese(f.q ?? '')
    .split(' ')
    .filter(Boolean))
    where.push(sql`s.search like ${`%${word}%`}`);
  const cond = sql.join(where, sql` and `);
  const offset = (f.page - 1) * f.pageSize;
  const r = await db.execute<Record<string, unknown>>(sql`
    select s.id, s.framework_code, s.dimension_code, s.title, s.content, s.expected_result,
           s.suggested_lead, s.source, s.unit_id, u.code as unit_code, u.name as unit_name,
           u.full_name as unit_full_name, u.level as unit_level, u.path as unit_path,
           au.full_name as created_by, s.version, s.updated_at,
           (select count(distinct t.plan_id) from plan_task t where t.solution_id = s.id)::int
             as used_in_plans,
           count(*) over ()::int as total
      from ${FROM} left join app_user au on au.id = s.created_by
     where ${cond}
     order by s.framework_code, string_to_array(substr(s.dimension_code, 2), '.')::int[],
              s.unit_id nulls first, s.seed_key, s.id
     limit ${f.pageSize} offset ${offset}`);
  const total = await pagedTotal(db, r.rows as { total: number }[], offset, FROM, cond);
  return { items: r.rows.map(present), total };
}

function present(r: Record<string, unknown>): SolutionRecord {
  const unit: TUnitRef | null =
    r.unit_id === null
      ? null
      : {
          id: r.unit_id as number,
          code: r.unit_code as string,
          name: r.unit_name as string,
          fullName: r.unit_full_name as string,
          level: r.unit_level as TUnitRef['level'],
        };
  return {
    id: r.id as number,
    frameworkCode: r.framework_code as string,
    dimensionCode: r.dimension_code as string,
    title: r.title as string,
    content: r.content as string,
    expectedResult: r.expected_result as string | null,
    suggestedLead: r.suggested_lead as string | null,
    source: r.source as string | null,
    unit,
    unitPath: (r.unit_path as string | null) ?? null,
    shipped: r.unit_id === null,
    createdBy: r.created_by as string | null,
    usedInPlans: r.used_in_plans as number,
    version: r.version as number,
    updatedAt: new Date(String(r.updated_at)).toISOString(),
  };
}
