import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { foldVietnamese, proposalsToSolutions, REVIEW_SECTION_KEYS } from '@papi/domain';
import type { TProposedSolution, TReviewSections } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import { badRequest, conflict, notFound, staleVersion } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import { now, todayVn } from '../../platform/clock.ts';
import { findUnitById } from '../units/units.repository.ts';
import { plan, planTask } from '../plans/plans.table.ts';
import { planSearch } from '../plans/plans.repository.ts';
import { templateBody } from '../plans/plan-template.ts';
import { listAssignments } from './programmes.assignments.repository.ts';
import {
  findReview,
  listReviewReports,
  type ProgrammeRecord,
  type ReviewRecord,
} from './programmes.repository.ts';
import { programmeReview } from './programmes.table.ts';

export async function reviewOrThrow(db: Executor, p: ProgrammeRecord): Promise<ReviewRecord> {
  const review = await findReview(db, p.id);
  if (!review) throw notFound('Tổng kết của chương trình');
  return review;
}

async function saveCompiled(
  db: Executor,
  review: ReviewRecord,
  version: number,
  compiled: { sections: TReviewSections; solutions: TProposedSolution[] },
  extra: { nextPlanId?: number } = {},
) {
  if (version !== review.version) throw staleVersion(review.version);
  const r = await db
    .update(programmeReview)
    .set({ compiled, ...extra, version: review.version + 1, updatedAt: now() })
    .where(eq(programmeReview.id, review.id))
    .returning({ id: programmeReview.id });
  if (!r.length) throw staleVersion(review.version);
}

/**
 * Gathers the accepted reports into the compiled review: each section lists every
 * reporter's text under its name, and the proposals become draft solutions; an assigned
 * element nobody proposed anything for gets the library's solution for it (own or shipped).
 */
export async function compileReview(
  db: Executor,
  session: Session,
  p: ProgrammeRecord,
  version: number,
) {
  const review = await reviewOrThrow(db, p);
  const accepted = (await listReviewReports(db, review.id)).filter((r) => r.status === 'accepted');
  if (!accepted.length)
    throw badRequest(
      'NOTHING_ACCEPTED',
      'Chưa có báo cáo tổng kết nào được tiếp nhận để tổng hợp.',
    );
  const sections = Object.fromEntries(
    REVIEW_SECTION_KEYS.map((k) => [
      k,
      accepted
        .filter((r) => r.sections[k].trim())
        .map((r) => `${r.agencyName ?? r.unitName}: ${r.sections[k].trim()}`)
        .join('\n'),
    ]),
  ) as TReviewSections;
  const solutions: TProposedSolution[] = [];
  const seen = new Set<string>();
  const add = (s: TProposedSolution) => {
    const key = foldVietnamese(s.content);
    if (seen.has(key)) return;
    seen.add(key);
    solutions.push(s);
  };
  for (const r of accepted)
    for (const s of proposalsToSolutions(r.sections.proposals, r.elementCodes, r.agencyId)) add(s);
  for (const a of await listAssignments(db, { programmeId: p.id })) {
    if (solutions.some((s) => s.elementCode === a.elementCode)) continue;
    const lib = await db.execute<{ id: number; content: string }>(sql`
      select s.id, s.content from plan_solution s left join admin_unit u on u.id = s.unit_id
       where s.framework_code = ${p.frameworkCode} and s.dimension_code = ${a.elementCode}
         and (s.unit_id is null or ${p.unitPath} like u.path || '%')
       order by (s.unit_id is null), s.id limit 1`);
    const hit = lib.rows[0];
    if (hit)
      add({
        elementCode: a.elementCode,
        content: hit.content,
        leadAgencyId: a.leadAgencyId,
        solutionId: hit.id,
      });
  }
  await saveCompiled(db, review, version, { sections, solutions });
  await recordAudit(db, session, {
    action: 'update',
    entity: 'programme_review',
    entityId: review.id,
    unitPath: p.unitPath,
    summary: `Tổng hợp ${accepted.length} báo cáo tổng kết của chương trình "${p.title}": ${solutions.length} giải pháp đề xuất`,
  });
}

export async function editCompiled(
  db: Executor,
  session: Session,
  p: ProgrammeRecord,
  input: { version: number; sections: TReviewSections; solutions: TProposedSolution[] },
) {
  const review = await reviewOrThrow(db, p);
  await saveCompiled(db, review, input.version, {
    sections: input.sections,
    solutions: input.solutions,
  });
  await recordAudit(db, session, {
    action: 'update',
    entity: 'programme_review',
    entityId: review.id,
    unitPath: p.unitPath,
    summary: `Biên tập bản tổng hợp tổng kết chương trình "${p.title}"`,
    after: { solutions: input.solutions.length },
  });
}

/**
 * The next programme's first plan, in one step: a draft improvement plan of the unit for
 * `year` whose tasks are the compiled solutions (numbered per dimension, led by the
 * proposing agency, linked to their library solution), to be completed in the plan editor.
 */
export async function createNextPlan(
  db: Executor,
  session: Session,
  p: ProgrammeRecord,
  input: { version: number; year: number },
): Promise<number> {
  const review = await reviewOrThrow(db, p);
  if (review.nextPlanId !== null) throw conflict('Đã tạo kế hoạch kỳ sau từ tổng kết này.');
  const solutions = review.compiled?.solutions ?? [];
  if (!solutions.length)
    throw badRequest('NO_SOLUTIONS', 'Chưa có giải pháp đề xuất nào: hãy tổng hợp tổng kết trước.');
  if (input.year <= p.yearTo - 1)
    throw badRequest(
      'YEAR_TOO_EARLY',
      `Năm của kế hoạch kỳ sau phải từ ${p.yearTo} trở đi (trường "year").`,
    );
  const unit = await findUnitById(db, p.unitId, todayVn());
  if (!unit) throw notFound('Đơn vị');
  const title = `Kế hoạch nâng cao Chỉ số PAPI năm ${input.year}`;
  const [row] = await db
    .insert(plan)
    .values({
      unitId: unit.id,
      planType: 'improvement',
      year: input.year,
      title,
      periodFrom: `${input.year}-01-01`,
      periodTo: `${input.year}-12-31`,
      body: await templateBody(db, 'improvement', unit, input.year, title, null),
      search: planSearch({ title, number: null, symbol: 'KH-UBND' }),
      createdBy: session.userId,
    })
    .returning({ id: plan.id });
  const agencies = await db.execute<{ id: number; name: string }>(sql`
    select id, name from agency
     where id = any(${sql.param(solutions.map((s) => s.leadAgencyId ?? 0))}::int[])`);
  const names = new Map(agencies.rows.map((a) => [a.id, a.name]));
  const ordered = [...solutions].sort((a, b) =>
    a.elementCode.localeCompare(b.elementCode, 'en', { numeric: true }),
  );
  const perDimension = new Map<string, number>();
  await db.insert(planTask).values(
    ordered.map((s, position) => {
      const dim = s.elementCode.split('.')[0]!.slice(1);
      const n = (perDimension.get(dim) ?? 0) + 1;
      perDimension.set(dim, n);
      const lead =
        s.leadAgencyId !== null && names.has(s.leadAgencyId)
          ? {
              kind: 'agency' as const,
              id: String(s.leadAgencyId),
              name: names.get(s.leadAgencyId)!,
            }
          : null;
      return {
        planId: row!.id,
        taskKey: randomUUID(),
        position,
        number: `${dim}.${n}`,
        content: s.content,
        dimensionCodes: [s.elementCode],
        lead,
        cooperating: [],
        solutionId: s.solutionId,
      };
    }),
  );
  await saveCompiled(db, review, input.version, review.compiled!, { nextPlanId: row!.id });
  await recordAudit(db, session, {
    action: 'create',
    entity: 'plan',
    entityId: row!.id,
    unitPath: p.unitPath,
    summary: `Tạo dự thảo "${title}" từ ${solutions.length} giải pháp tổng kết chương trình "${p.title}"`,
  });
  return row!.id;
}
