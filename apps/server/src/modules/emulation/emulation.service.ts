import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import {
  DEFAULT_CRITERIA_SET,
  asOfDay,
  can,
  canonicalJson,
  checkCriteriaSet,
  nextRun,
  proposeLists,
  rankSubjects,
  scoreSubject,
  type CriteriaSet,
  type MeasureId,
  type Target,
} from '@papi/domain';
import type { TCriteriaSet, TEmulationYear } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import { badRequest, conflict, forbidden, notFound, staleVersion } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import { now, todayVn } from '../../platform/clock.ts';
import { findUnitById } from '../units/units.repository.ts';
import { getInUseSince } from '../system/in-use-since.ts';
import { emulationCriteriaSet, emulationRun, type EmulationResults } from './emulation.table.ts';
import { gatherMeasures, subjectKey } from './emulation.measures.ts';
import * as repo from './emulation.repository.ts';
import { presentRun, summary } from './emulation.runs.ts';

const invalid = (issues: { path: string; message: string }[]) =>
  badRequest('VALIDATION', issues[0]!.message, { issues });

/** The unit whose emulation is asked about: 404 when the actor may not read it at all. */
export async function emulationUnit(db: Executor, session: Session, unitId: number) {
  const unit = await findUnitById(db, unitId, todayVn());
  if (!unit || !can(session.actor, 'emulation.read', { unitPath: unit.path }))
    throw notFound('Đơn vị');
  return unit;
}

async function criteriaOf(db: Executor, unitId: number, year: number) {
  const row = await repo.findCriteriaSet(db, unitId, year);
  return {
    criteria: (row?.document ?? DEFAULT_CRITERIA_SET) as CriteriaSet,
    council: row?.councilUserIds ?? [],
    version: row?.version ?? 0,
    saved: row !== null,
  };
}

function rights(session: Session, unitPath: string, council: number[]) {
  const t: Target = { unitPath, member: council.includes(session.userId) };
  return {
    configure: can(session.actor, 'emulation.configure', t),
    compute: can(session.actor, 'emulation.compute', t),
    score: can(session.actor, 'emulation.score', t),
    editLists: can(session.actor, 'emulation.lists', t),
    approve: can(session.actor, 'emulation.approve', t),
  };
}

export async function yearView(
  db: Executor,
  session: Session,
  unitId: number,
  year: number,
): Promise<TEmulationYear> {
  const unit = await emulationUnit(db, session, unitId);
  const set = await criteriaOf(db, unit.id, year);
  const council = await repo.councilUsers(db, set.council);
  return {
    unit: { id: unit.id, name: unit.fullName },
    year,
    criteria: set.criteria as TCriteriaSet,
    saved: set.saved,
    criteriaVersion: set.version,
    council: council.map((u) => ({ id: u.id, fullName: u.full_name, username: u.username })),
    runs: (await repo.listRuns(db, unit.id, year)).map(summary),
    rights: rights(session, unit.path, set.council),
  };
}

export async function saveCriteria(
  db: Executor,
  session: Session,
  body: {
    unitId: number;
    year: number;
    criteria: TCriteriaSet;
    councilUserIds: number[];
    version: number;
  },
) {
  const unit = await emulationUnit(db, session, body.unitId);
  if (!can(session.actor, 'emulation.configure', { unitPath: unit.path }))
    throw forbidden('Chỉ quản trị, đầu mối Nội vụ của đơn vị lập bộ tiêu chí thi đua.');
  const issues = checkCriteriaSet(body.criteria).map((i) => ({ ...i, path: `criteria.${i.path}` }));
  const ids = [...new Set(body.councilUserIds)];
  const users = await repo.councilUsers(db, ids);
  ids.forEach((id, i) => {
    const u = users.find((x) => x.id === id);
    if (!u || u.unit_id !== unit.id || !u.active)
      issues.push({
        path: `councilUserIds[${i}]`,
        message: `Thành viên hội đồng thi đua phải là tài khoản đang hoạt động của ${unit.fullName}.`,
      });
  });
  if (issues.length) throw invalid(issues);
  const current = await repo.findCriteriaSet(db, unit.id, body.year);
  if ((current?.version ?? 0) !== body.version) throw staleVersion(current?.version ?? 0);
  if (current)
    await db
      .update(emulationCriteriaSet)
      .set({
        document: body.criteria,
        councilUserIds: ids,
        updatedBy: session.userId,
        updatedAt: now(),
        version: current.version + 1,
      })
      .where(eq(emulationCriteriaSet.id, current.id));
  else
    await db.insert(emulationCriteriaSet).values({
      unitId: unit.id,
      year: body.year,
      document: body.criteria,
      councilUserIds: ids,
      updatedBy: session.userId,
    });
  await recordAudit(db, session, {
    action: current ? 'update' : 'create',
    entity: 'emulation_criteria',
    entityId: `${unit.id}-${body.year}`,
    unitPath: unit.path,
    summary: `Lưu bộ tiêu chí thi đua năm ${body.year} của ${unit.fullName} (${body.criteria.criteria.length} tiêu chí, hội đồng ${ids.length} người)`,
    before: current ? { document: current.document, council: current.councilUserIds } : undefined,
    after: { document: body.criteria, council: ids },
  });
  return yearView(db, session, unit.id, body.year);
}

/** Measures a set needs: those its criteria and per-miss adjustments name. */
const measuresOf = (set: CriteriaSet): MeasureId[] => [
  ...new Set([
    ...set.criteria.flatMap((c) => (c.kind === 'measured' ? [c.measure] : [])),
    ...set.adjustments.flatMap((a) => (a.kind === 'perMiss' ? [a.measure] : [])),
  ]),
];

/**
 * Scores every subject of the unit's year from the records as they are now, ranks them per
 * kind, and stores the run: the latest draft is replaced, an approved run stays frozen and
 * the new computation becomes the next version. Audited.
 */
export async function compute(
  db: Executor,
  session: Session,
  body: { unitId: number; year: number },
) {
  const unit = await emulationUnit(db, session, body.unitId);
  if (!can(session.actor, 'emulation.compute', { unitPath: unit.path }))
    throw forbidden('Chỉ quản trị, đầu mối Nội vụ, lãnh đạo của đơn vị tính điểm thi đua.');
  const today = todayVn();
  if (body.year > Number(today.slice(0, 4)))
    throw invalid([{ path: 'year', message: `Năm ${body.year} chưa bắt đầu.` }]);
  const { results, inputsHash } = await scoreYear(db, unit, body.year, today);
  const lists = proposeLists(results.subjects);
  const plan = nextRun(await repo.latestRuns(db, unit.id, body.year));
  const values = {
    asOf: results.asOf,
    inputsHash,
    results,
    lists,
    listsEditedBy: null,
    computedBy: session.userId,
    computedAt: now(),
  };
  let id: number;
  if (plan.action === 'replace') {
    const [row] = await db
      .update(emulationRun)
      .set({ ...values, version: sql`${emulationRun.version} + 1` })
      .where(
        and(
          eq(emulationRun.unitId, unit.id),
          eq(emulationRun.year, body.year),
          eq(emulationRun.versionNo, plan.version),
          eq(emulationRun.status, 'draft'),
        ),
      )
      .returning({ id: emulationRun.id, version: emulationRun.version });
    if (!row) throw conflict('Kết quả thi đua vừa được phê duyệt; hãy tải lại trang.');
    id = row.id;
  } else {
    const [row] = await db
      .insert(emulationRun)
      .values({
        ...values,
        unitId: unit.id,
        unitPath: unit.path,
        year: body.year,
        versionNo: plan.version,
      })
      .returning({ id: emulationRun.id });
    id = row!.id;
  }
  await recordAudit(db, session, {
    action: plan.action === 'create' ? 'create' : 'update',
    entity: 'emulation_run',
    entityId: id,
    unitPath: unit.path,
    summary: `Tính điểm thi đua năm ${body.year} của ${unit.fullName} (phiên bản ${plan.version}, ${results.subjects.length} đối tượng)`,
    after: { version: plan.version, inputsHash, asOf: results.asOf },
  });
  return presentRun(db, session, (await repo.findRun(db, id))!);
}

/** The pure part of a computation over the records read now: results and their hash. */
export async function scoreYear(
  db: Executor,
  unit: { id: number; path: string },
  year: number,
  today: string,
) {
  const { criteria } = await criteriaOf(db, unit.id, year);
  const asOf = asOfDay(year, today);
  const inUseSince = await getInUseSince(db);
  const subjects = await repo.listSubjects(db, unit, asOf);
  const measures = await gatherMeasures(
    db,
    { unitId: unit.id, unitPath: unit.path, year, asOf, inUseSince, subjects },
    measuresOf(criteria),
  );
  const manual = await repo.manualEntries(db, unit.id, year);
  const scored = subjects.map((s) => {
    const key = subjectKey(s.kind, s.id);
    return { ...s, score: scoreSubject(criteria, measures.get(key) ?? {}, manual.get(key) ?? {}) };
  });
  const paths = new Map(scored.map((s) => [subjectKey(s.kind, s.id), s.path]));
  const ranked = (['agency', 'commune'] as const).flatMap((kind) =>
    rankSubjects(scored.filter((s) => s.kind === kind).map(({ path: _p, ...s }) => s)),
  );
  const results: EmulationResults = {
    criteria,
    asOf,
    inUseSince,
    subjects: ranked.map((s) => ({ ...s, path: paths.get(subjectKey(s.kind, s.id))! })),
  };
  const inputsHash = createHash('sha256').update(canonicalJson(results)).digest('hex');
  return { results, inputsHash };
}

export async function saveEntry(
  db: Executor,
  session: Session,
  body: {
    unitId: number;
    year: number;
    subject: { kind: 'agency' | 'commune'; id: number };
    code: string;
    points: number;
    comment: string;
  },
) {
  const unit = await emulationUnit(db, session, body.unitId);
  const set = await criteriaOf(db, unit.id, body.year);
  const member = set.council.includes(session.userId);
  if (!can(session.actor, 'emulation.score', { unitPath: unit.path, member }))
    throw forbidden('Chỉ thành viên hội đồng thi đua của năm chấm các tiêu chí này.');
  const item = [...set.criteria.criteria, ...set.criteria.adjustments].find(
    (c) => c.code === body.code && c.kind === 'manual',
  );
  if (!item)
    throw invalid([
      { path: 'code', message: `“${body.code}” không phải tiêu chí do hội đồng chấm.` },
    ]);
  if (body.points > item.maxPoints)
    throw invalid([
      { path: 'points', message: `Điểm tối đa của “${item.name}” là ${item.maxPoints}.` },
    ]);
  const subjects = await repo.listSubjects(db, unit, asOfDay(body.year, todayVn()));
  const subject = subjects.find((s) => s.kind === body.subject.kind && s.id === body.subject.id);
  if (!subject)
    throw invalid([{ path: 'subject', message: 'Cơ quan, đơn vị không thuộc đối tượng thi đua.' }]);
  await repo.upsertManualEntry(db, {
    unitId: unit.id,
    year: body.year,
    subjectKind: subject.kind,
    subjectId: subject.id,
    code: item.code,
    points: body.points,
    comment: body.comment,
    enteredBy: session.userId,
    enteredAt: now(),
  });
  await recordAudit(db, session, {
    action: 'update',
    entity: 'emulation_entry',
    entityId: `${unit.id}-${body.year}-${subject.kind}-${subject.id}-${item.code}`,
    unitPath: unit.path,
    summary: `Hội đồng thi đua chấm ${item.code} cho ${subject.name}: ${body.points} điểm`,
    after: { points: body.points, comment: body.comment },
  });
  return { ok: true as const };
}
