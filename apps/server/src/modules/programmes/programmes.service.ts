import { sql } from 'drizzle-orm';
import { can, editionFor, type Edition } from '@papi/domain';
import type { TProgrammeDetail, TProgrammeSummary, TUnitRef } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { todayVn } from '../../platform/clock.ts';
import { findUnitById } from '../units/units.repository.ts';
import { loadIndexData } from '../indices/indices.cache.ts';
import * as targets from '../indices/index-targets.repository.ts';
import { describeTarget, evaluateTargets } from '../indices/index-targets.service.ts';
import { listAssignments } from './programmes.assignments.repository.ts';
import {
  findProgramme,
  findReview,
  listReviewReports,
  type ProgrammeRecord,
} from './programmes.repository.ts';

/** The programme if the actor may read it (404 otherwise), and 403 for writes without the role. */
export async function readableProgramme(db: Executor, session: Session, id: number) {
  const p = await findProgramme(db, id);
  if (!p || !can(session.actor, 'programme.read', { unitPath: p.unitPath }))
    throw notFound('Chương trình');
  return p;
}

export async function writableProgramme(db: Executor, session: Session, id: number) {
  const p = await readableProgramme(db, session, id);
  if (!can(session.actor, 'programme.write', { unitPath: p.unitPath })) throw forbidden();
  return p;
}

export async function unitRef(db: Executor, unitId: number): Promise<TUnitRef> {
  const u = await findUnitById(db, unitId, todayVn());
  if (!u) throw notFound('Đơn vị');
  return { id: u.id, code: u.code, name: u.name, fullName: u.fullName, level: u.level };
}

/** The edition that names the programme's elements: the one of its last year. */
export function programmeEdition(
  framework: Parameters<typeof editionFor>[0],
  p: Pick<ProgrammeRecord, 'yearTo'>,
): Edition | null {
  return editionFor(framework, p.yearTo) ?? framework.editions.at(-1) ?? null;
}

/** Code → name of every dimension and sub-dimension (and indicator) of an edition. */
export function elementNames(edition: Edition | null): Map<string, string> {
  const names = new Map<string, string>();
  for (const d of edition?.dimensions ?? []) {
    names.set(d.code, d.nameVi);
    for (const s of d.subDimensions) {
      names.set(s.code, s.nameVi);
      for (const i of s.indicators ?? []) names.set(i.code, i.nameVi);
    }
  }
  return names;
}

/** Review counts (owed, accepted) of programmes, for the list. */
export async function reviewCounts(db: Executor, ids: number[]) {
  if (!ids.length) return new Map<number, { owed: number; accepted: number }>();
  const r = await db.execute<{ programme_id: number; owed: number; accepted: number }>(sql`
    select v.programme_id, count(r.id)::int as owed,
           count(r.id) filter (where r.status = 'accepted')::int as accepted
      from programme_review v left join programme_review_report r on r.review_id = v.id
     where v.programme_id = any(${sql.param(ids)}::int[])
     group by v.programme_id`);
  return new Map(r.rows.map((x) => [x.programme_id, { owed: x.owed, accepted: x.accepted }]));
}

export async function summarise(
  db: Executor,
  p: ProgrammeRecord,
  counts: Map<number, { owed: number; accepted: number }>,
): Promise<TProgrammeSummary> {
  return {
    id: p.id,
    unit: await unitRef(db, p.unitId),
    title: p.title,
    yearFrom: p.yearFrom,
    yearTo: p.yearTo,
    decisionNumber: p.decisionNumber,
    decisionDate: p.decisionDate,
    planCount: p.planIds.length,
    review: counts.get(p.id) ?? null,
    version: p.version,
    updatedAt: p.updatedAt,
  };
}

/** Goals of every year of the programme (the unit's index targets), with their verdicts. */
export async function programmeGoals(db: Executor, p: ProgrammeRecord, unit: TUnitRef) {
  const data = await loadIndexData(db, p.frameworkCode);
  if (!data) return [];
  const predecessors = await targets.predecessorIds(db, p.unitId);
  const goals: TProgrammeDetail['goals'] = [];
  for (let year = p.yearFrom; year <= p.yearTo; year++) {
    const list = await targets.listTargets(db, p.frameworkCode, p.unitId, year);
    if (!list.length) continue;
    const judged = evaluateTargets(data.framework, data.all, unit, predecessors, year, list);
    for (const t of judged.items)
      goals.push({
        year,
        kind: t.kind,
        elementCode: t.elementCode,
        value: t.value,
        groupCode: t.groupCode,
        title: describeTarget(t),
        evaluation: t.evaluation,
      });
  }
  return goals;
}

export async function programmeDetail(
  db: Executor,
  session: Session,
  p: ProgrammeRecord,
): Promise<TProgrammeDetail> {
  const unit = await unitRef(db, p.unitId);
  const data = await loadIndexData(db, p.frameworkCode);
  const names = elementNames(data ? programmeEdition(data.framework, p) : null);
  const plans = p.planIds.length
    ? (
        await db.execute<{
          id: number;
          title: string;
          year: number;
          status: string;
          number: string | null;
        }>(sql`
          select id, title, year, status,
                 case when number is null then null else number || '/' || symbol end as number
            from plan where id = any(${sql.param(p.planIds)}::int[]) order by year, id`)
      ).rows
    : [];
  const review = await findReview(db, p.id);
  const reports = review ? await listReviewReports(db, review.id) : [];
  const counts = await reviewCounts(db, [p.id]);
  return {
    ...(await summarise(db, p, counts)),
    planIds: p.planIds,
    plans,
    goals: await programmeGoals(db, p, unit),
    assignments: (await listAssignments(db, { programmeId: p.id })).map((a) => ({
      id: a.id,
      elementCode: a.elementCode,
      elementName: names.get(a.elementCode) ?? '',
      lead: { id: a.leadAgencyId, name: a.leadAgencyName },
      cooperating: a.cooperatingAgencyIds.map((id, i) => ({
        id,
        name: a.cooperatingAgencyNames[i] ?? '',
      })),
      note: a.note,
    })),
    reviewBoard: review
      ? {
          id: review.id,
          dueOn: review.dueOn,
          version: review.version,
          compiled: review.compiled,
          nextPlanId: review.nextPlanId,
          reports: reports
            .filter((r) =>
              can(session.actor, 'review.report.read', {
                unitPath: r.unitPath,
                agencyId: r.agencyId,
              }),
            )
            .map((r) => ({
              id: r.id,
              unit: { id: r.unitId, name: r.unitName },
              agency: r.agencyId === null ? null : { id: r.agencyId, name: r.agencyName ?? '' },
              elementCodes: r.elementCodes,
              status: r.status,
              versionNo: r.versionNo,
              submittedAt: r.submittedAt,
            })),
        }
      : null,
    canEdit: can(session.actor, 'programme.write', { unitPath: p.unitPath }),
  };
}
