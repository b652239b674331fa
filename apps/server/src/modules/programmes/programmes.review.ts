import { eq, sql } from 'drizzle-orm';
import {
  can,
  emptySections,
  missingSections,
  reportTransition,
  REVIEW_SECTION_LABELS,
} from '@papi/domain';
import type { TReviewReport, TReviewSections } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import { badRequest, conflict, forbidden, notFound, staleVersion } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import { now, todayVn } from '../../platform/clock.ts';
import { listAssignments } from './programmes.assignments.repository.ts';
import {
  findProgramme,
  findReview,
  findReviewReport,
  type ProgrammeRecord,
  type ReviewReportRecord,
} from './programmes.repository.ts';
import { programmeReview, programmeReviewReport } from './programmes.table.ts';
import { bumpProgramme } from './programmes.write.ts';
import { prefillReport } from './programmes.prefill.ts';

const target = (r: ReviewReportRecord) => ({ unitPath: r.unitPath, agencyId: r.agencyId });

/**
 * Opens the programme's review: each lead agency of the assignment owes a report on its
 * elements, and (if asked) each current unit directly below on every assigned element.
 */
export async function openReview(
  db: Executor,
  session: Session,
  p: ProgrammeRecord,
  input: { version: number; dueOn: string; includeSubordinates: boolean },
) {
  if (await findReview(db, p.id)) throw conflict('Chương trình này đã mở tổng kết.');
  if (input.dueOn < todayVn())
    throw badRequest(
      'DUE_IN_PAST',
      'Hạn gửi báo cáo tổng kết không được trước hôm nay (trường "dueOn").',
    );
  const assignments = await listAssignments(db, { programmeId: p.id });
  if (!assignments.length)
    throw badRequest('NO_ASSIGNMENT', 'Chương trình chưa có bảng phân công nội dung, chỉ số.');
  await bumpProgramme(db, p, input.version);
  const [review] = await db
    .insert(programmeReview)
    .values({ programmeId: p.id, dueOn: input.dueOn, openedBy: session.userId })
    .returning({ id: programmeReview.id });
  const byAgency = new Map<number, string[]>();
  for (const a of assignments)
    byAgency.set(a.leadAgencyId, [...(byAgency.get(a.leadAgencyId) ?? []), a.elementCode]);
  const agencyUnits = await db.execute<{ id: number; unit_id: number }>(sql`
    select id, unit_id from agency where id = any(${sql.param([...byAgency.keys()])}::int[])`);
  const rows: (typeof programmeReviewReport.$inferInsert)[] = agencyUnits.rows.map((a) => ({
    reviewId: review!.id,
    unitId: a.unit_id,
    agencyId: a.id,
    elementCodes: byAgency.get(a.id)!,
    sections: emptySections(),
  }));
  if (input.includeSubordinates) {
    const today = todayVn();
    const below = await db.execute<{ id: number }>(sql`
      select id from admin_unit
       where parent_id = ${p.unitId} and (valid_from is null or valid_from <= ${today}::date)
         and (valid_to is null or valid_to >= ${today}::date)`);
    const all = assignments.map((a) => a.elementCode);
    for (const u of below.rows)
      rows.push({
        reviewId: review!.id,
        unitId: u.id,
        agencyId: null,
        elementCodes: all,
        sections: emptySections(),
      });
  }
  await db.insert(programmeReviewReport).values(rows);
  await recordAudit(db, session, {
    action: 'create',
    entity: 'programme_review',
    entityId: review!.id,
    unitPath: p.unitPath,
    summary: `Mở tổng kết chương trình "${p.title}": ${rows.length} báo cáo, hạn ${input.dueOn}`,
    after: { dueOn: input.dueOn, reports: rows.length },
  });
}

/** The report if the actor may read it; 404 otherwise (no existence leak). */
export async function readableReport(db: Executor, session: Session, id: number) {
  const r = await findReviewReport(db, id);
  if (!r || !can(session.actor, 'review.report.read', target(r)))
    throw notFound('Báo cáo tổng kết');
  const p = (await findProgramme(db, r.programmeId))!;
  return { r, p };
}

export async function presentReport(
  db: Executor,
  session: Session,
  r: ReviewReportRecord,
  p: ProgrammeRecord,
): Promise<TReviewReport> {
  const unit = await db.execute<{ full_name: string }>(
    sql`select full_name from admin_unit where id = ${p.unitId}`,
  );
  const open = r.status === 'draft' || r.status === 'returned';
  return {
    id: r.id,
    programme: {
      id: p.id,
      title: p.title,
      yearFrom: p.yearFrom,
      yearTo: p.yearTo,
      unitName: unit.rows[0]?.full_name ?? '',
    },
    unit: { id: r.unitId, name: r.unitName },
    agency: r.agencyId === null ? null : { id: r.agencyId, name: r.agencyName ?? '' },
    dueOn: r.dueOn,
    ...(await prefillReport(db, p, r)),
    sections: r.sections,
    status: r.status,
    versionNo: r.versionNo,
    returnReason: r.returnReason,
    history: r.history.map((h) => ({
      versionNo: h.versionNo,
      submittedAt: h.submittedAt,
      returnReason: h.returnReason,
    })),
    submittedAt: r.submittedAt,
    version: r.version,
    canWrite: open && can(session.actor, 'review.report.write', target(r)),
    canDecide:
      r.status === 'submitted' && can(session.actor, 'programme.write', { unitPath: p.unitPath }),
  };
}

/**
 * Applies one workflow step. A returned report corrected or sent again starts a new version:
 * the returned one is kept in `history`, never rewritten.
 */
async function step(
  db: Executor,
  r: ReviewReportRecord,
  version: number,
  action: 'edit' | 'submit' | 'accept' | 'return',
  set: Partial<typeof programmeReviewReport.$inferInsert>,
) {
  if (version !== r.version) throw staleVersion(r.version);
  const t = reportTransition(r.status, action);
  if (!t.ok) throw conflict(t.reason);
  const history = t.newVersion
    ? [
        ...r.history,
        {
          versionNo: r.versionNo,
          sections: r.sections,
          submittedAt: r.submittedAt,
          returnReason: r.returnReason,
        },
      ]
    : r.history;
  const res = await db
    .update(programmeReviewReport)
    .set({
      ...set,
      status: t.to,
      versionNo: t.newVersion ? r.versionNo + 1 : r.versionNo,
      history,
      ...(t.newVersion ? { returnReason: null } : {}),
      version: r.version + 1,
      updatedAt: now(),
    })
    .where(eq(programmeReviewReport.id, r.id))
    .returning({ id: programmeReviewReport.id });
  if (!res.length) throw staleVersion(r.version);
}

const who = (r: ReviewReportRecord) => r.agencyName ?? r.unitName;

export async function writeReport(
  db: Executor,
  session: Session,
  r: ReviewReportRecord,
  p: ProgrammeRecord,
  input: { version: number; sections?: TReviewSections; submit: boolean },
) {
  if (!can(session.actor, 'review.report.write', target(r))) throw forbidden();
  const sections = input.sections ?? r.sections;
  if (input.submit) {
    const missing = missingSections(sections);
    if (missing.length)
      throw badRequest(
        'SECTIONS_MISSING',
        `Chưa viết phần: ${missing.map((k) => REVIEW_SECTION_LABELS[k]).join('; ')} (trường "sections.${missing[0]}").`,
      );
  }
  await step(db, r, input.version, input.submit ? 'submit' : 'edit', {
    sections,
    ...(input.submit ? { submittedAt: now(), submittedBy: session.userId } : {}),
  });
  await recordAudit(db, session, {
    action: 'update',
    entity: 'programme_review_report',
    entityId: r.id,
    unitPath: r.unitPath,
    summary: `${input.submit ? 'Gửi' : 'Lưu'} báo cáo tổng kết của ${who(r)} (chương trình "${p.title}")`,
    after: { sections },
  });
}

export async function decideReport(
  db: Executor,
  session: Session,
  r: ReviewReportRecord,
  p: ProgrammeRecord,
  input: { version: number; action: 'accept' | 'return'; reason: string },
) {
  if (!can(session.actor, 'programme.write', { unitPath: p.unitPath })) throw forbidden();
  if (input.action === 'return' && !input.reason)
    throw badRequest('REASON_REQUIRED', 'Vui lòng nêu lý do trả lại (trường "reason").');
  await step(db, r, input.version, input.action, {
    decidedAt: now(),
    decidedBy: session.userId,
    ...(input.action === 'return' ? { returnReason: input.reason } : {}),
  });
  await recordAudit(db, session, {
    action: 'update',
    entity: 'programme_review_report',
    entityId: r.id,
    unitPath: r.unitPath,
    summary: `${input.action === 'accept' ? 'Tiếp nhận' : 'Trả lại'} báo cáo tổng kết của ${who(r)}${input.reason ? `: ${input.reason}` : ''}`,
    after: { action: input.action, reason: input.reason },
  });
}

export async function reportOrThrow(db: Executor, id: number) {
  const r = await findReviewReport(db, id);
  if (!r) throw notFound('Báo cáo tổng kết');
  return r;
}
