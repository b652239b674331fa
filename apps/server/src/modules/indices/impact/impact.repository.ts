import { sql } from 'drizzle-orm';
import type { TaskStatus } from '@papi/domain';
import type { TUnitRef } from '@papi/contracts';
import type { Executor } from '../../../db/client.ts';
import { statusSql } from '../../execution/tasks.repository.ts';
import { inScopeSql } from '../../units/units.repository.ts';

/** A task's province: the second id of its plan's unit path ('/root/province/…'). */
const PROVINCE_OF = sql`nullif(split_part(s.plan_unit_path, '/', 3), '')::int`;

/** Province (pre- or post-2025) → the old provinces it was formed from (province level only). */
export async function provincePredecessors(db: Executor): Promise<Map<number, number[]>> {
  const r = await db.execute<{ new_id: number; old_id: number }>(sql`
    select us.new_unit_id as new_id, us.old_unit_id as old_id
      from unit_succession us
      join admin_unit o on o.id = us.old_unit_id and o.level = 'province'
      join admin_unit n on n.id = us.new_unit_id and n.level = 'province'`);
  const map = new Map<number, number[]>();
  for (const row of r.rows) map.set(row.new_id, [...(map.get(row.new_id) ?? []), row.old_id]);
  return map;
}

export interface TaskCoverage {
  /** Provinces whose plans hold any task at all (issued plans: task_state rows). */
  provinces: Set<number>;
  /** Per province: element codes listed by a task completed in the window. */
  doneCodes: Map<number, string[]>;
}

/** Which provinces have task data, and which element codes each completed in the window. */
export async function taskCoverage(
  db: Executor,
  window: { from: string; to: string },
): Promise<TaskCoverage> {
  const any = await db.execute<{ province_id: number | null }>(
    sql`select distinct ${PROVINCE_OF} as province_id from task_state s`,
  );
  const done = await db.execute<{ province_id: number | null; code: string }>(sql`
    select distinct ${PROVINCE_OF} as province_id, d.code
      from task_state s join plan_task t on t.id = s.task_id, unnest(t.dimension_codes) d(code)
     where s.completed_on between ${window.from}::date and ${window.to}::date`);
  const doneCodes = new Map<number, string[]>();
  for (const row of done.rows) {
    if (row.province_id === null) continue;
    doneCodes.set(row.province_id, [...(doneCodes.get(row.province_id) ?? []), row.code]);
  }
  return {
    provinces: new Set(any.rows.flatMap((r) => (r.province_id === null ? [] : [r.province_id]))),
    doneCodes,
  };
}

export interface UnitTask {
  id: number;
  title: string;
  codes: string[];
  planId: number;
  planTitle: string;
  status: TaskStatus;
  completedOn: string | null;
  evidence: number;
}

/**
 * Tasks with element codes of the plans in these subtrees that were alive during the window:
 * completed in it, or of a plan whose period overlaps it and not completed before it.
 */
export async function unitTasks(
  db: Executor,
  paths: string[],
  window: { from: string; to: string },
  today: string,
): Promise<UnitTask[]> {
  const r = await db.execute<{
    id: number;
    title: string;
    codes: string[];
    plan_id: number;
    plan_title: string;
    status: TaskStatus;
    completed_on: string | null;
    evidence: number;
  }>(sql`
    select t.id, coalesce(nullif(t.title, ''), left(t.content, 200)) as title,
           t.dimension_codes as codes, p.id as plan_id, p.title as plan_title,
           ${statusSql(today)} as status, s.completed_on::text as completed_on,
           (select count(*) from evidence_file e
             where e.task_id = t.id or e.task_id = any(s.history_task_ids))::int as evidence
      from task_state s
      join plan_task t on t.id = s.task_id
      join plan p on p.id = s.plan_id
     where ${inScopeSql(sql`s.plan_unit_path`, paths)}
       and cardinality(t.dimension_codes) > 0
       and p.period_from <= ${window.to}::date and p.period_to >= ${window.from}::date
       and (s.completed_on is null or s.completed_on >= ${window.from}::date)
     order by s.completed_on nulls last, t.id`);
  return r.rows.map((row) => ({
    id: row.id,
    title: row.title,
    codes: row.codes,
    planId: row.plan_id,
    planTitle: row.plan_title,
    status: row.status,
    completedOn: row.completed_on,
    evidence: row.evidence,
  }));
}

/** Paths of units by id (the unit and its predecessors, for the task scope). */
export async function unitPaths(db: Executor, ids: number[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const r = await db.execute<{ path: string }>(sql`
    select path from admin_unit
     where id in (select jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)::int)`);
  return r.rows.map((row) => row.path);
}

/** A unit of either era by id (index results name pre-2025 provinces too), with its path. */
export async function findUnitRecord(db: Executor, id: number) {
  const r = await db.execute<{
    id: number;
    code: string;
    name: string;
    full_name: string;
    level: TUnitRef['level'];
    path: string;
  }>(sql`select id, code, name, full_name, level, path from admin_unit where id = ${id}`);
  const row = r.rows[0];
  return row
    ? {
        id: row.id,
        code: row.code,
        name: row.name,
        fullName: row.full_name,
        level: row.level,
        path: row.path,
      }
    : null;
}
