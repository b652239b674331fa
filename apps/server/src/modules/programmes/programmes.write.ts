import { eq, sql } from 'drizzle-orm';
import { foldVietnamese } from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import { badRequest, staleVersion } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import { now } from '../../platform/clock.ts';
import { loadIndexData } from '../indices/indices.cache.ts';
import { catalogueAround } from '../plans/plan-appendix.import.ts';
import { programme, programmeAssignment } from './programmes.table.ts';
import { listAssignments } from './programmes.assignments.repository.ts';
import type { ProgrammeRecord } from './programmes.repository.ts';
import { elementNames, programmeEdition } from './programmes.service.ts';

export interface ProgrammeFields {
  title: string;
  yearFrom: number;
  yearTo: number;
  decisionNumber: string;
  decisionDate: string | null;
  planIds: number[];
}

/** Plans the programme groups must exist and belong to its unit's subtree (400 naming the field). */
async function checkPlans(db: Executor, unitPath: string, planIds: number[]) {
  if (!planIds.length) return;
  const r = await db.execute<{ id: number }>(sql`
    select p.id from plan p join admin_unit u on u.id = p.unit_id
     where p.id = any(${sql.param(planIds)}::int[]) and u.path like ${`${unitPath}%`}`);
  const found = new Set(r.rows.map((x) => x.id));
  const i = planIds.findIndex((id) => !found.has(id));
  if (i >= 0)
    throw badRequest(
      'INVALID_PLAN',
      `planIds[${i}]: kế hoạch ${planIds[i]} không có hoặc không thuộc đơn vị của chương trình.`,
    );
}

const values = (f: ProgrammeFields) => ({
  title: f.title,
  yearFrom: f.yearFrom,
  yearTo: f.yearTo,
  decisionNumber: f.decisionNumber,
  decisionDate: f.decisionDate,
  planIds: [...new Set(f.planIds)],
  search: foldVietnamese(`${f.title} ${f.decisionNumber}`),
});

export async function insertProgramme(
  db: Executor,
  session: Session,
  unit: { id: number; path: string },
  f: ProgrammeFields,
): Promise<number> {
  await checkPlans(db, unit.path, f.planIds);
  const [row] = await db
    .insert(programme)
    .values({ unitId: unit.id, createdBy: session.userId, ...values(f) })
    .returning({ id: programme.id });
  await recordAudit(db, session, {
    action: 'create',
    entity: 'programme',
    entityId: row!.id,
    unitPath: unit.path,
    summary: `Tạo chương trình "${f.title}" (${f.yearFrom}–${f.yearTo})`,
    after: values(f),
  });
  return row!.id;
}

/** Bumps the programme's version if it still is `version` (409 otherwise). */
export async function bumpProgramme(db: Executor, p: ProgrammeRecord, version: number) {
  const r = await db.execute<{ id: number }>(sql`
    update programme set version = version + 1, updated_at = ${now()}
     where id = ${p.id} and version = ${version} returning id`);
  if (!r.rows.length) throw staleVersion(p.version);
}

export async function updateProgramme(
  db: Executor,
  session: Session,
  p: ProgrammeRecord,
  version: number,
  f: ProgrammeFields,
) {
  await checkPlans(db, p.unitPath, f.planIds);
  await bumpProgramme(db, p, version);
  await db.update(programme).set(values(f)).where(eq(programme.id, p.id));
  await recordAudit(db, session, {
    action: 'update',
    entity: 'programme',
    entityId: p.id,
    unitPath: p.unitPath,
    summary: `Sửa chương trình "${f.title}"`,
    before: { title: p.title, yearFrom: p.yearFrom, yearTo: p.yearTo, planIds: p.planIds },
    after: values(f),
  });
}

export interface AssignmentInput {
  elementCode: string;
  leadAgencyId: number;
  cooperatingAgencyIds: number[];
  note: string;
}

/**
 * Replaces the assignment table. Elements must belong to the index edition of the
 * programme's last year and appear once; agencies must be active ones the unit's plans may
 * name (its subtree's and its ancestors'). Any problem: 400 naming the row, nothing saved.
 */
export async function replaceAssignments(
  db: Executor,
  session: Session,
  p: ProgrammeRecord,
  version: number,
  rows: AssignmentInput[],
  how: 'update' | 'import' = 'update',
) {
  const data = await loadIndexData(db, p.frameworkCode);
  const names = elementNames(data ? programmeEdition(data.framework, p) : null);
  const catalogue = new Set((await catalogueAround(db, p.unitPath)).map((a) => a.id));
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const at = `rows[${i}]`;
    if (!names.has(row.elementCode))
      throw badRequest(
        'INVALID_ELEMENT',
        `${at}.elementCode: ${row.elementCode} không có trong bộ chỉ số.`,
      );
    if (seen.has(row.elementCode))
      throw badRequest(
        'DUPLICATE_ELEMENT',
        `${at}.elementCode: ${row.elementCode} đã được phân công ở dòng trước.`,
      );
    seen.add(row.elementCode);
    const ids = [row.leadAgencyId, ...row.cooperatingAgencyIds];
    const bad = ids.find((id) => !catalogue.has(id));
    if (bad !== undefined)
      throw badRequest(
        'INVALID_AGENCY',
        `${at}: cơ quan ${bad} không có hoặc không thuộc phạm vi của chương trình.`,
      );
  });
  const before = await listAssignments(db, { programmeId: p.id });
  await bumpProgramme(db, p, version);
  await db.delete(programmeAssignment).where(eq(programmeAssignment.programmeId, p.id));
  if (rows.length)
    await db.insert(programmeAssignment).values(
      rows.map((r, position) => ({
        programmeId: p.id,
        elementCode: r.elementCode,
        leadAgencyId: r.leadAgencyId,
        cooperatingAgencyIds: [...new Set(r.cooperatingAgencyIds)].filter(
          (id) => id !== r.leadAgencyId,
        ),
        note: r.note,
        position,
      })),
    );
  await recordAudit(db, session, {
    action: how,
    entity: 'programme_assignment',
    entityId: p.id,
    unitPath: p.unitPath,
    summary: `${how === 'import' ? 'Nhập' : 'Lưu'} bảng phân công ${rows.length} nội dung của chương trình "${p.title}"`,
    before: before.map((a) => ({ elementCode: a.elementCode, lead: a.leadAgencyId })),
    after: rows.map((a) => ({ elementCode: a.elementCode, lead: a.leadAgencyId })),
  });
}
