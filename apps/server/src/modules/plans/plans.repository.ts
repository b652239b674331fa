import { sql, type SQL } from 'drizzle-orm';
import { foldVietnamese, type AgencyRef, type Deadline, type PlanStatus } from '@papi/domain';
import {
  ZPlanBody,
  type TPlanBody,
  type TPlanReturn,
  type TPlanSummary,
  type TPlanWaiver,
  type TPlanTask,
  type TUnitRef,
} from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import { pagedTotal } from '../../db/paging.ts';
import { inScopeSql } from '../units/units.repository.ts';

export type PlanRecord = TPlanSummary & {
  unitPath: string;
  unitId: number;
  body: TPlanBody;
  returned: TPlanReturn | null;
  waivers: TPlanWaiver[];
};
export type TaskRecord = TPlanTask & { key: string };

interface PlanRow extends Record<string, unknown> {
  id: number;
  unit_id: number;
  agency_id: number | null;
  unit_code: string;
  unit_name: string;
  unit_full_name: string;
  unit_level: TUnitRef['level'];
  unit_path: string;
  plan_type: string;
  status: PlanStatus;
  version_no: number;
  amends_plan_id: number | null;
  parent_plan_id: number | null;
  number: number | null;
  symbol: string;
  issued_on: string | null;
  year: number;
  title: string;
  period_from: string;
  period_to: string;
  body: unknown;
  created_by: string | null;
  return_reason: string | null;
  returned_at: string | null;
  returned_by: string | null;
  rule_waivers: { rule: string; reason: string; byName: string; at: string }[];
  version: number;
  updated_at: string;
  total: number;
}

/** "426/KH-UBND"; numbers below 10 take a leading zero; "/KH-UBND" before issuance. */
export const documentNumberOf = (number: number | null, symbol: string) =>
  `${number === null ? '' : String(number).padStart(2, '0')}/${symbol}`;

const present = (r: PlanRow): PlanRecord => ({
  id: r.id,
  unitId: r.unit_id,
  agencyId: r.agency_id,
  unitPath: r.unit_path,
  unit: {
    id: r.unit_id,
    code: r.unit_code,
    name: r.unit_name,
    fullName: r.unit_full_name,
    level: r.unit_level,
  },
  planType: r.plan_type,
  status: r.status,
  versionNo: r.version_no,
  amendsPlanId: r.amends_plan_id,
  parentPlanId: r.parent_plan_id,
  number: r.number,
  symbol: r.symbol,
  documentNumber: documentNumberOf(r.number, r.symbol),
  issuedOn: r.issued_on,
  year: r.year,
  title: r.title,
  period: { from: r.period_from, to: r.period_to },
  body: ZPlanBody.parse(r.body),
  createdBy: r.created_by,
  returned:
    r.return_reason === null
      ? null
      : {
          reason: r.return_reason,
          by: r.returned_by,
          at: r.returned_at === null ? null : new Date(r.returned_at).toISOString(),
        },
  waivers: r.rule_waivers.map((w) => ({ rule: w.rule, reason: w.reason, by: w.byName, at: w.at })),
  version: r.version,
  updatedAt: new Date(r.updated_at).toISOString(),
});

const FROM = sql`plan p join admin_unit u on u.id = p.unit_id`;

async function selectPlans(db: Executor, where: SQL, limit: number, offset: number) {
  const r = await db.execute<PlanRow>(sql`
    select p.id, p.unit_id, p.agency_id, u.code as unit_code, u.name as unit_name,
           u.full_name as unit_full_name, u.level as unit_level, u.path as unit_path,
           p.plan_type, p.status, p.version_no, p.amends_plan_id, p.parent_plan_id, p.number,
           p.symbol, p.issued_on::text as issued_on, p.year, p.title,
           p.period_from::text as period_from, p.period_to::text as period_to, p.body,
           au.full_name as created_by, p.return_reason, p.returned_at::text as returned_at,
           ru.full_name as returned_by, p.rule_waivers, p.version,
           p.updated_at::text as updated_at, count(*) over ()::int as total
      from ${FROM} left join app_user au on au.id = p.created_by
      left join app_user ru on ru.id = p.returned_by
     where ${where}
     order by p.year desc, p.updated_at desc, p.id desc
     limit ${limit} offset ${offset}`);
  const total = await pagedTotal(db, r.rows, offset, FROM, where);
  return { items: r.rows.map(present), total };
}

export async function findPlan(db: Executor, id: number): Promise<PlanRecord | null> {
  const { items } = await selectPlans(db, sql`p.id = ${id}`, 1, 0);
  return items[0] ?? null;
}

/** Several plans by id in one statement (any order). */
export async function findPlans(db: Executor, ids: readonly number[]): Promise<PlanRecord[]> {
  if (ids.length === 0) return [];
  const { items } = await selectPlans(
    db,
    sql`p.id = any(${sql.param([...ids])}::int[])`,
    ids.length,
    0,
  );
  return items;
}

export interface PlanFilter {
  scopePaths: string[];
  status?: PlanStatus | undefined;
  year?: number | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

export function listPlans(db: Executor, f: PlanFilter) {
  const conditions: SQL[] = [inScopeSql(sql`u.path`, f.scopePaths)];
  if (f.status) conditions.push(sql`p.status = ${f.status}`);
  if (f.year) conditions.push(sql`p.year = ${f.year}`);
  for (const word of foldVietnamese(f.q ?? '')
    .split(' ')
    .filter(Boolean)) {
    conditions.push(sql`p.search like ${`%${word}%`}`);
  }
  return selectPlans(db, sql.join(conditions, sql` and `), f.pageSize, (f.page - 1) * f.pageSize);
}

/** The folded text the list's search runs on: title and number. */
export const planSearch = (p: { title: string; number: number | null; symbol: string }) =>
  foldVietnamese(`${p.title} ${documentNumberOf(p.number, p.symbol)}`);

interface TaskRow extends Record<string, unknown> {
  id: number;
  task_key: string;
  position: number;
  number: string;
  title: string | null;
  content: string;
  dimension_codes: string[];
  lead: AgencyRef | null;
  cooperating: AgencyRef[];
  deadline: Deadline | null;
  expected_result: string | null;
  budget: string | null;
  budget_source: string | null;
  parent_task_id: number | null;
  solution_id: number | null;
  group_key: string | null;
}

export async function listTasks(db: Executor, planId: number): Promise<TaskRecord[]> {
  return (await listTasksOfPlans(db, [planId])).get(planId) ?? [];
}

/** The tasks of several plans in one statement, per plan in document order. */
export async function listTasksOfPlans(
  db: Executor,
  planIds: readonly number[],
): Promise<Map<number, TaskRecord[]>> {
  const out = new Map<number, TaskRecord[]>();
  if (planIds.length === 0) return out;
  const r = await db.execute<TaskRow & { plan_id: number }>(sql`
    select plan_id, id, task_key, position, number, title, content, dimension_codes, lead,
           cooperating, deadline, expected_result, budget::text as budget, budget_source,
           parent_task_id, solution_id, group_key
      from plan_task where plan_id = any(${sql.param([...planIds])}::int[])
     order by plan_id, position, id`);
  for (const t of r.rows) {
    const list = out.get(t.plan_id) ?? [];
    list.push({
      id: t.id,
      key: t.task_key,
      position: t.position,
      number: t.number,
      title: t.title,
      content: t.content,
      dimensionCodes: t.dimension_codes,
      lead: t.lead,
      cooperating: t.cooperating,
      deadline: t.deadline,
      expectedResult: t.expected_result,
      budget: t.budget === null ? null : Number(t.budget),
      budgetSource: t.budget_source,
      parentTaskId: t.parent_task_id,
      solutionId: t.solution_id,
      groupKey: t.group_key,
    });
    out.set(t.plan_id, list);
  }
  return out;
}

/** Agencies a plan of this unit may name: its subtree's and its ancestors'. */
export async function agenciesAround(db: Executor, unitPath: string) {
  const r = await db.execute<{ id: number; name: string; active: boolean }>(sql`
    select a.id, a.name, a.active from agency a join admin_unit u on u.id = a.unit_id
     where u.path like ${`${unitPath}%`} or ${unitPath} like u.path || '%'`);
  return r.rows.map((a) => ({ id: String(a.id), name: a.name, active: a.active }));
}

/**
 * Numbers the unit already gave in a register year ("12/KH-UBND"): the year of the signing
 * date (Decree 30 numbers run per calendar year), falling back to the plan year.
 */
export async function takenNumbers(db: Executor, unitId: number, year: number) {
  const r = await db.execute<{ number: number; symbol: string }>(sql`
    select number, symbol from plan
     where unit_id = ${unitId} and number is not null
       and coalesce(extract(year from issued_on)::int, year) = ${year}`);
  return r.rows.map((row) => ({
    unitId: String(unitId),
    year,
    documentNumber: documentNumberOf(row.number, row.symbol),
  }));
}
