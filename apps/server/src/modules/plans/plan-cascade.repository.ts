import { sql, type SQL } from 'drizzle-orm';
import type { TPlanRef, TUnitRef } from '@papi/contracts';
import type { Deadline, PlanStatus } from '@papi/domain';
import { executeMaybeNamed } from '../../db/named.ts';
import type { Executor } from '../../db/client.ts';
import { inScopeSql } from '../units/units.repository.ts';
import { documentNumberOf } from './plans.repository.ts';

/** Columns of a plan reference, prefixed (`p_…`) so one query can carry two plans. */
export const planRefColumns = (p: string, u: string, as: string) =>
  sql.raw(`${p}.id as ${as}_id, ${p}.status as ${as}_status, ${p}.number as ${as}_number,
    ${p}.symbol as ${as}_symbol, ${p}.title as ${as}_title, ${p}.issued_on::text as ${as}_issued_on,
    ${u}.id as ${as}_unit_id, ${u}.code as ${as}_unit_code, ${u}.name as ${as}_unit_name,
    ${u}.full_name as ${as}_unit_full_name, ${u}.level as ${as}_unit_level, ${u}.path as ${as}_unit_path`);

export type RefWithPath = TPlanRef & { unitPath: string };

export function planRefOf(r: Record<string, unknown>, as: string): RefWithPath | null {
  if (r[`${as}_id`] === null || r[`${as}_id`] === undefined) return null;
  const v = (k: string) => r[`${as}_${k}`];
  return {
    id: v('id') as number,
    status: v('status') as PlanStatus,
    documentNumber: documentNumberOf(v('number') as number | null, v('symbol') as string),
    title: v('title') as string,
    issuedOn: v('issued_on') as string | null,
    unit: {
      id: v('unit_id') as number,
      code: v('unit_code') as string,
      name: v('unit_name') as string,
      fullName: v('unit_full_name') as string,
      level: v('unit_level') as TUnitRef['level'],
    },
    unitPath: v('unit_path') as string,
  };
}

export const stripPath = (ref: RefWithPath | null): TPlanRef | null => {
  if (!ref) return null;
  const { unitPath: _path, ...rest } = ref;
  return rest;
};

export interface ObligationRecord {
  id: number;
  obligationId: string;
  addressees: string;
  deadline: Deadline | null;
  due: string | null;
  unit: TUnitRef;
  /** The obliged sở/ban/ngành of the unit, when the obligation is the agency's. */
  agency: { id: number; name: string } | null;
  unitPath: string;
  parent: RefWithPath;
  child: RefWithPath | null;
  lastRemindedAt: string | null;
  createdAt: string;
}

export interface ObligationFilter {
  /** Units the caller's scope covers; omitted: no scope filter (the board of a readable plan). */
  scopePaths?: string[];
  unitId?: number | undefined;
  parentPlanId?: number | undefined;
  id?: number;
}

/** Obligation rows with their parent and child plans, oldest parent first. */
export async function listObligationRows(
  db: Executor,
  f: ObligationFilter,
): Promise<ObligationRecord[]> {
  const where: SQL[] = [sql`true`];
  if (f.scopePaths) where.push(inScopeSql(sql`u.path`, f.scopePaths));
  if (f.unitId) where.push(sql`o.unit_id = ${f.unitId}`);
  if (f.parentPlanId) where.push(sql`o.parent_plan_id = ${f.parentPlanId}`);
  if (f.id) where.push(sql`o.id = ${f.id}`);
  const query = sql`
    select o.id, o.obligation_id, o.due::text as due, o.last_reminded_at, o.created_at,
           o.agency_id, oa.name as agency_name,
           u.id as unit_id, u.code as unit_code, u.name as unit_name,
           u.full_name as unit_full_name, u.level as unit_level, u.path as unit_path,
           (select ob from jsonb_array_elements(pp.body->'obligations') ob
             where ob->>'id' = o.obligation_id limit 1) as obligation,
           ${planRefColumns('pp', 'pu', 'parent')}, ${planRefColumns('cp', 'cu', 'child')}
      from plan_obligation o
      join admin_unit u on u.id = o.unit_id
      left join agency oa on oa.id = o.agency_id
      join plan pp on pp.id = o.parent_plan_id
      join admin_unit pu on pu.id = pp.unit_id
      left join plan cp on cp.id = o.child_plan_id
      left join admin_unit cu on cu.id = cp.unit_id
     where ${sql.join(where, sql` and `)}
     order by pp.issued_on, pp.id, o.due nulls last, u.search, oa.search nulls first, o.id`;
  // One unit's obligations are in every My work request: a named statement (six joins
  // planned in ~1 ms, run in 0.1 ms; npm run bench (g)).
  const onlyUnit = f.unitId !== undefined && !f.scopePaths && !f.parentPlanId && !f.id;
  const r = await executeMaybeNamed<Record<string, unknown>>(
    db,
    onlyUnit ? 'obligations-of-unit' : undefined,
    query,
  );
  return r.rows.map((row) => {
    const ob = (row.obligation ?? null) as { addressees?: string; deadline?: Deadline } | null;
    return {
      id: row.id as number,
      obligationId: row.obligation_id as string,
      addressees: ob?.addressees ?? '',
      deadline: ob?.deadline ?? null,
      due: row.due as string | null,
      unit: {
        id: row.unit_id as number,
        code: row.unit_code as string,
        name: row.unit_name as string,
        fullName: row.unit_full_name as string,
        level: row.unit_level as TUnitRef['level'],
      },
      agency:
        row.agency_id === null || row.agency_id === undefined
          ? null
          : { id: row.agency_id as number, name: row.agency_name as string },
      unitPath: row.unit_path as string,
      parent: planRefOf(row, 'parent')!,
      child: planRefOf(row, 'child'),
      lastRemindedAt: row.last_reminded_at
        ? new Date(String(row.last_reminded_at)).toISOString()
        : null,
      createdAt: new Date(String(row.created_at)).toISOString(),
    };
  });
}

/** Units by id with their path and validity, to check the units an obligation names. */
export async function unitsByIds(db: Executor, ids: number[]) {
  if (ids.length === 0) return [];
  const r = await db.execute<{ id: number; path: string; valid_to: string | null }>(sql`
    select id, path, valid_to::text as valid_to from admin_unit
     where id = any(${sql.param(ids)}::int[])`);
  return r.rows;
}

/** Agency ids of units (as text, the way plan tasks name agencies), per unit. */
export async function agencyIdsByUnit(db: Executor, unitIds: number[]) {
  const out = new Map<number, string[]>();
  if (unitIds.length === 0) return out;
  const r = await db.execute<{ id: number; unit_id: number }>(sql`
    select id, unit_id from agency where unit_id = any(${sql.param(unitIds)}::int[])`);
  for (const row of r.rows) {
    const list = out.get(row.unit_id) ?? [];
    list.push(String(row.id));
    out.set(row.unit_id, list);
  }
  return out;
}

/** Agencies by id with their unit's path, to check the agencies an obligation names. */
export async function agenciesByIds(db: Executor, ids: number[]) {
  if (ids.length === 0) return [];
  const r = await db.execute<{
    id: number;
    unit_id: number;
    kind: string;
    active: boolean;
    path: string;
  }>(sql`
    select a.id, a.unit_id, a.kind, a.active, u.path from agency a
      join admin_unit u on u.id = a.unit_id
     where a.id = any(${sql.param(ids)}::int[])`);
  return r.rows;
}

/** A unit's active agencies, the People's Committee first: a child plan's leads come from them. */
export async function agenciesOfUnit(db: Executor, unitId: number) {
  const r = await db.execute<{ id: number; name: string; kind: string }>(sql`
    select id, name, kind from agency where unit_id = ${unitId} and active
     order by (kind = 'ubnd') desc, id`);
  return r.rows.map((a) => ({ id: String(a.id), name: a.name, kind: a.kind }));
}
