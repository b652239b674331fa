/**
 * What a saved task points at must be the catalogue's and lie in scope: a lead or
 * cooperating agency is stored by id with the catalogue's name (whatever name the client
 * sent), a parent task belongs to a plan of this unit or one above it, a library solution is
 * one the caller may read. Anything else is refused with 400 naming the field, before any
 * write, so a refused save leaves the plan as it was.
 */
import { sql } from 'drizzle-orm';
import { can, type Actor, type AgencyRef } from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import { badRequest } from '../../platform/errors.ts';
import { memberAgencies } from './plan-groups.ts';

interface TaskRefs {
  lead: AgencyRef | null;
  cooperating: AgencyRef[];
  parentTaskId?: number | null;
  solutionId?: number | null;
}

const refused = (field: string, what: string, id: string | number) =>
  badRequest('OUT_OF_SCOPE', `${field}: ${what} không thuộc phạm vi (mã ${id}).`, {
    field,
    id: String(id),
  });

/** Rows of (id, unit path) a lookup answers. */
async function rowsOf(db: Executor, query: ReturnType<typeof sql>) {
  return (await db.execute<{ id: number; path: string | null }>(query)).rows;
}

export async function resolveTaskRefs<T extends TaskRefs>(
  db: Executor,
  actor: Actor,
  p: { unitPath: string },
  tasks: readonly T[],
): Promise<T[]> {
  // The agencies a task of this plan may name: the plan unit's subtree and the units above.
  const names = new Map((await memberAgencies(db, p.unitPath)).map((a) => [a.id, a.name]));
  const parentIds = [...new Set(tasks.flatMap((t) => (t.parentTaskId ? [t.parentTaskId] : [])))];
  const solutionIds = [...new Set(tasks.flatMap((t) => (t.solutionId ? [t.solutionId] : [])))];
  const parents = parentIds.length
    ? await rowsOf(
        db,
        sql`select t.id, u.path from plan_task t join plan pl on pl.id = t.plan_id
              join admin_unit u on u.id = pl.unit_id where t.id = any(${sql.param(parentIds)}::int[])`,
      )
    : [];
  const solutions = solutionIds.length
    ? await rowsOf(
        db,
        sql`select s.id, u.path from plan_solution s left join admin_unit u on u.id = s.unit_id
             where s.id = any(${sql.param(solutionIds)}::int[])`,
      )
    : [];
  // A parent task comes from a plan of this unit or of one it sits under (the cascade).
  const parentOk = new Set(
    parents.filter((r) => r.path !== null && p.unitPath.startsWith(r.path)).map((r) => r.id),
  );
  // Shipped solutions (no unit) are everyone's; a unit's own follow `solution.read`.
  const solutionOk = new Set(
    solutions
      .filter((r) => r.path === null || can(actor, 'solution.read', { unitPath: r.path }))
      .map((r) => r.id),
  );
  const agency = (ref: AgencyRef, field: string): AgencyRef => {
    if (ref.kind !== 'agency') return ref;
    const name = names.get(ref.id);
    if (name === undefined) throw refused(field, 'cơ quan', ref.id);
    return { kind: 'agency', id: ref.id, name };
  };
  return tasks.map((t, i) => {
    const at = `tasks[${i}]`;
    if (t.parentTaskId && !parentOk.has(t.parentTaskId))
      throw refused(`${at}.parentTaskId`, 'nhiệm vụ cấp trên', t.parentTaskId);
    if (t.solutionId && !solutionOk.has(t.solutionId))
      throw refused(`${at}.solutionId`, 'giải pháp', t.solutionId);
    return {
      ...t,
      lead: t.lead ? agency(t.lead, `${at}.lead`) : null,
      cooperating: t.cooperating.map((c, j) => agency(c, `${at}.cooperating[${j}]`)),
    };
  });
}
