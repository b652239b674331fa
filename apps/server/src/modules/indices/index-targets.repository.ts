import { sql } from 'drizzle-orm';
import type { TTarget } from '@papi/contracts';
import type { PerformanceGroup, TargetKind } from '@papi/domain';
import type { Executor } from '../../db/client.ts';

export type TargetRecord = TTarget & { unitPath: string };

interface Row extends Record<string, unknown> {
  id: number;
  framework_code: string;
  unit_id: number;
  unit_path: string;
  year: number;
  kind: TargetKind;
  element_code: string | null;
  value: number | null;
  group_code: PerformanceGroup | null;
  note: string;
  created_by: string | null;
  version: number;
  updated_at: string;
}

const present = (r: Row): TargetRecord => ({
  id: r.id,
  frameworkCode: r.framework_code,
  unitId: r.unit_id,
  unitPath: r.unit_path,
  year: r.year,
  kind: r.kind,
  elementCode: r.element_code,
  value: r.value,
  groupCode: r.group_code,
  note: r.note,
  createdBy: r.created_by,
  version: r.version,
  updatedAt: new Date(r.updated_at).toISOString(),
});

// Kinds in a fixed reading order: the overall aims first, then dimensions D1, D2…
const ORDER = sql`case t.kind when 'group' then 0 when 'total_rank' then 1 when 'rank_improvement' then 2
  when 'total_score' then 3 else 4 end, length(t.element_code), t.element_code`;

const select = (where: ReturnType<typeof sql>) => sql`
  select t.id, t.framework_code, t.unit_id, u.path as unit_path, t.year, t.kind, t.element_code,
         t.value, t.group_code, t.note, au.full_name as created_by, t.version,
         t.updated_at::text as updated_at
    from index_target t
    join admin_unit u on u.id = t.unit_id
    left join app_user au on au.id = t.created_by
   where ${where}
   order by ${ORDER}, t.id`;

export async function findTarget(db: Executor, id: number): Promise<TargetRecord | null> {
  const r = await db.execute<Row>(select(sql`t.id = ${id}`));
  return r.rows[0] ? present(r.rows[0]) : null;
}

export async function listTargets(
  db: Executor,
  code: string,
  unitId: number,
  year: number,
): Promise<TargetRecord[]> {
  const r = await db.execute<Row>(
    select(sql`t.framework_code = ${code} and t.unit_id = ${unitId} and t.year = ${year}`),
  );
  return r.rows.map(present);
}

export async function findDuplicate(
  db: Executor,
  t: { code: string; unitId: number; year: number; kind: TargetKind; elementCode: string | null },
): Promise<boolean> {
  const r = await db.execute(sql`
    select 1 from index_target
     where framework_code = ${t.code} and unit_id = ${t.unitId} and year = ${t.year}
       and kind = ${t.kind} and element_code is not distinct from ${t.elementCode}`);
  return r.rows.length > 0;
}

/** Units the given one was formed from in 2025 (old → new succession). */
export async function predecessorIds(db: Executor, unitId: number): Promise<number[]> {
  const r = await db.execute<{ id: number }>(
    sql`select old_unit_id as id from unit_succession where new_unit_id = ${unitId}`,
  );
  return r.rows.map((row) => row.id);
}
