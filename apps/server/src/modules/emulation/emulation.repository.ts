import { and, desc, eq, sql } from 'drizzle-orm';
import type { ManualEntry } from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import { inScopeSql } from '../units/units.repository.ts';
import { emulationCriteriaSet, emulationManualEntry, emulationRun } from './emulation.table.ts';
import { subjectKey, type EmulationSubjectRow } from './emulation.measures.ts';

/**
 * Who a unit's emulation scores: its sở, ban, ngành and other agencies (not its own People's
 * Committee, which runs the emulation) and the communes and wards valid on `asOf` below it.
 */
export async function listSubjects(
  db: Executor,
  unit: { id: number; path: string },
  asOf: string,
): Promise<EmulationSubjectRow[]> {
  const rows = await db.execute<EmulationSubjectRow>(sql`
    select 'agency' as kind, a.id, a.name, ${unit.path} as path
      from agency a where a.unit_id = ${unit.id} and a.active and a.kind <> 'ubnd'
    union all
    select 'commune', u.id, u.full_name, u.path from admin_unit u
     where u.level = 'commune' and u.id <> ${unit.id}
       and ${inScopeSql(sql`u.path`, [unit.path])}
       and (u.valid_from is null or u.valid_from <= ${asOf}::date)
       and (u.valid_to is null or ${asOf}::date <= u.valid_to)`);
  return rows.rows;
}

export async function findCriteriaSet(db: Executor, unitId: number, year: number) {
  const [row] = await db
    .select()
    .from(emulationCriteriaSet)
    .where(and(eq(emulationCriteriaSet.unitId, unitId), eq(emulationCriteriaSet.year, year)));
  return row ?? null;
}

export async function councilUsers(db: Executor, ids: number[]) {
  if (ids.length === 0) return [];
  const rows = await db.execute<{
    id: number;
    full_name: string;
    username: string;
    unit_id: number;
    active: boolean;
  }>(sql`select id, full_name, username, unit_id, active from app_user
          where id in (${sql.join(
            ids.map((i) => sql`${i}`),
            sql`, `,
          )}) order by id`);
  return rows.rows;
}

/** The council's marks for a unit's year, per subject key and code. */
export async function manualEntries(db: Executor, unitId: number, year: number) {
  const rows = await db.execute<{
    subject_kind: string;
    subject_id: number;
    code: string;
    points: number;
    comment: string;
    by: string;
  }>(sql`
    select e.subject_kind, e.subject_id, e.code, e.points, e.comment, u.full_name as by
      from emulation_manual_entry e join app_user u on u.id = e.entered_by
     where e.unit_id = ${unitId} and e.year = ${year}
     order by e.subject_kind, e.subject_id, e.code`);
  const out = new Map<string, Record<string, ManualEntry>>();
  for (const r of rows.rows) {
    const key = subjectKey(r.subject_kind, r.subject_id);
    const marks = out.get(key) ?? {};
    marks[r.code] = { points: Number(r.points), comment: r.comment, by: r.by };
    out.set(key, marks);
  }
  return out;
}

export async function upsertManualEntry(db: Executor, v: typeof emulationManualEntry.$inferInsert) {
  await db
    .insert(emulationManualEntry)
    .values(v)
    .onConflictDoUpdate({
      target: [
        emulationManualEntry.unitId,
        emulationManualEntry.year,
        emulationManualEntry.subjectKind,
        emulationManualEntry.subjectId,
        emulationManualEntry.code,
      ],
      set: { points: v.points, comment: v.comment, enteredBy: v.enteredBy, enteredAt: v.enteredAt },
    });
}

export interface RunRow extends Record<string, unknown> {
  id: number;
  unit_id: number;
  unit_path: string;
  unit_name: string;
  year: number;
  version_no: number;
  status: 'draft' | 'approved';
  as_of: string;
  inputs_hash: string;
  computed_at: Date;
  computed_by: string;
  approved_at: Date | null;
  approved_by: string | null;
  lists_edited_by: string | null;
  version: number;
}

const RUN_COLUMNS = sql`r.id, r.unit_id, r.unit_path, un.full_name as unit_name, r.year,
  r.version_no, r.status, r.as_of, r.inputs_hash, r.computed_at, cb.full_name as computed_by,
  r.approved_at, ab.full_name as approved_by, lb.full_name as lists_edited_by, r.version`;
const RUN_JOINS = sql`join admin_unit un on un.id = r.unit_id
  join app_user cb on cb.id = r.computed_by
  left join app_user ab on ab.id = r.approved_by
  left join app_user lb on lb.id = r.lists_edited_by`;

export async function listRuns(db: Executor, unitId: number, year: number) {
  const rows = await db.execute<RunRow>(sql`
    select ${RUN_COLUMNS} from emulation_run r ${RUN_JOINS}
     where r.unit_id = ${unitId} and r.year = ${year} order by r.version_no desc`);
  return rows.rows;
}

export async function findRun(db: Executor, id: number) {
  const rows = await db.execute<RunRow>(sql`
    select ${RUN_COLUMNS} from emulation_run r ${RUN_JOINS} where r.id = ${id}`);
  return rows.rows[0] ?? null;
}

/** The frozen results and lists of a run (kept apart: large on a national run). */
export async function runContent(db: Executor, id: number) {
  const [row] = await db
    .select({ results: emulationRun.results, lists: emulationRun.lists })
    .from(emulationRun)
    .where(eq(emulationRun.id, id));
  return row!;
}

export const latestRuns = (db: Executor, unitId: number, year: number) =>
  db
    .select({ id: emulationRun.id, version: emulationRun.versionNo, status: emulationRun.status })
    .from(emulationRun)
    .where(and(eq(emulationRun.unitId, unitId), eq(emulationRun.year, year)))
    .orderBy(desc(emulationRun.versionNo));
