/**
 * Members of the collectives a plan names ("UBND các xã, phường"): the agencies they may
 * list, the members the wording suggests, and the check and fill applied when tasks are
 * saved, so a group lead reaches every member's My work and the cascade.
 */
import { sql } from 'drizzle-orm';
import {
  compareVietnamese,
  foldVietnamese,
  suggestGroupMembers,
  withSuggestedMembers,
  type AgencyRef,
  type MemberCandidate,
  type UnitLevel,
} from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import { badRequest } from '../../platform/errors.ts';
import { inScopeSql } from '../units/units.repository.ts';

export type MemberAgency = MemberCandidate & { unitName: string; active: boolean };

/** The plan unit, as the suggestion needs it. */
export interface GroupScope {
  unitPath: string;
  unit: { level: UnitLevel };
}

/**
 * Agencies a group of a plan of this unit may list: the unit's subtree and the units above
 * it, as for a single agency (a commune plan may name the province's departments). The
 * unit's own and the higher ones come first, then the communes alphabetically.
 */
export async function memberAgencies(db: Executor, unitPath: string): Promise<MemberAgency[]> {
  const r = await db.execute<{
    id: number;
    name: string;
    kind: string;
    active: boolean;
    level: UnitLevel;
    type: string;
    path: string;
    unit_name: string;
  }>(sql`
    select a.id, a.name, a.kind, a.active, u.level, u.type, u.path, u.full_name as unit_name
      from agency a join admin_unit u on u.id = a.unit_id
     where ${inScopeSql(sql`u.path`, [unitPath])} or ${unitPath} like u.path || '%'`);
  const depth = (path: string) => path.split('/').length;
  return r.rows
    .map((a) => ({
      id: String(a.id),
      name: a.name,
      kind: a.kind,
      active: a.active,
      unitLevel: a.level,
      unitType: a.type,
      unitPath: a.path,
      unitName: a.unit_name,
    }))
    .sort(
      (x, y) =>
        depth(x.unitPath) - depth(y.unitPath) ||
        compareVietnamese(x.unitName, y.unitName) ||
        Number(x.id) - Number(y.id),
    );
}

/** A memoised suggestion per label for one plan (a file repeats the same few wordings). */
export function suggester(p: GroupScope, agencies: readonly MemberAgency[]) {
  const memo = new Map<string, string[] | null>();
  const unit = { unitPath: p.unitPath, unitLevel: p.unit.level };
  return (label: string) => {
    let hit = memo.get(label);
    if (hit === undefined) memo.set(label, (hit = suggestGroupMembers(label, unit, agencies)));
    return hit;
  };
}

interface TaskRefs {
  number: string;
  lead: AgencyRef | null;
  cooperating: AgencyRef[];
}

/**
 * Checks the members a client sent (each must be an agency in the plan unit's scope: 400
 * naming the task otherwise) and fills groups sent without members from their wording.
 * Runs before anything is written, so a refused save leaves the plan as it was.
 */
export async function resolveTaskGroups<T extends TaskRefs>(
  db: Executor,
  p: GroupScope,
  tasks: readonly T[],
): Promise<T[]> {
  if (!tasks.some((t) => [t.lead, ...t.cooperating].some((r) => r?.kind === 'group')))
    return [...tasks];
  const agencies = await memberAgencies(db, p.unitPath);
  const known = new Set(agencies.map((a) => a.id));
  const suggest = suggester(p, agencies);
  const resolve = (t: T, ref: AgencyRef, field: string): AgencyRef => {
    if (ref.kind !== 'group') return ref;
    for (const id of ref.memberIds)
      if (!known.has(id))
        throw badRequest(
          'UNKNOWN_MEMBER',
          `${field}: nhiệm vụ ${t.number}, nhóm “${ref.label}” có cơ quan thành viên mã ${id} không có hoặc không thuộc phạm vi của kế hoạch.`,
          { field, taskNumber: t.number, label: ref.label, memberId: id },
        );
    return withSuggestedMembers({ ...ref, memberIds: [...new Set(ref.memberIds)] }, suggest);
  };
  return tasks.map((t, i) => ({
    ...t,
    lead: t.lead ? resolve(t, t.lead, `tasks[${i}].lead`) : null,
    cooperating: t.cooperating.map((r, j) => resolve(t, r, `tasks[${i}].cooperating[${j}]`)),
  }));
}

/**
 * Active agencies a task of a plan of this unit may name (its subtree and the units above),
 * every word of `q` matched without accents; the plan's own unit and the ones above first.
 */
export async function searchPlanAgencies(db: Executor, unitPath: string, q: string, limit: number) {
  const words = foldVietnamese(q).split(' ').filter(Boolean);
  const match = words.length
    ? sql.join(
        words.map((w) => sql`a.search like ${`%${w}%`}`),
        sql` and `,
      )
    : sql`true`;
  const r = await db.execute<{
    id: number;
    name: string;
    short_name: string;
    unit_name: string;
    total: number;
  }>(sql`
    select a.id, a.name, a.short_name, u.full_name as unit_name, count(*) over () as total
      from agency a join admin_unit u on u.id = a.unit_id
     where a.active and (${inScopeSql(sql`u.path`, [unitPath])} or ${unitPath} like u.path || '%')
       and ${match}
     order by (u.path = ${unitPath}) desc, length(u.path), u.name, a.name, a.id
     limit ${limit}`);
  return {
    items: r.rows.map((a) => ({
      id: a.id,
      name: a.name,
      shortName: a.short_name,
      unitName: a.unit_name,
    })),
    total: Number(r.rows[0]?.total ?? 0),
  };
}
