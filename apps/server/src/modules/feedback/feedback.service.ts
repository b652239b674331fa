import { sql } from 'drizzle-orm';
import {
  can,
  feedbackNext,
  foldVietnamese,
  maskPersonalData,
  workingDaysBetween,
  FEEDBACK_ACTION_LABEL,
  type FeedbackAction,
  type FeedbackStatus,
} from '@papi/domain';
import type { TFeedbackDetail, TFeedbackItem } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import { badRequest, conflict, forbidden, notFound, staleVersion } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import { now, todayVn } from '../../platform/clock.ts';
import { loadCalendar } from '../execution/holidays.service.ts';
import { inScopeSql } from '../units/units.repository.ts';
import { feedback, feedbackStep } from './feedback.table.ts';
import * as repo from './feedback.repository.ts';
import type { FeedbackRow } from './feedback.repository.ts';

/** The target of a policy check: where the case belongs now, and its assignee. */
export const targetOf = (f: Pick<FeedbackRow, 'handler_path' | 'assignee_agency_id'>) => ({
  unitPath: f.handler_path,
  agencyId: f.assignee_agency_id,
});

/** Cases the actor reads (the SQL twin of feedback.read): officers their agency's only. */
export function readableSql(session: Session) {
  const own =
    session.agencyId === null ? sql`false` : sql`f.assignee_agency_id = ${session.agencyId}`;
  if (session.role === 'officer') return own;
  return sql`(${inScopeSql(sql`f.handler_path`, session.actor.scopePaths)} or ${own})`;
}

export function presentItem(f: FeedbackRow, today: string): TFeedbackItem {
  const excerpt = maskPersonalData(f.body).text;
  return {
    id: f.id,
    code: f.code,
    topic: f.topic as TFeedbackItem['topic'],
    unitName: f.unit_name,
    placeName: f.place_name,
    excerpt: excerpt.length > 200 ? `${excerpt.slice(0, 199)}…` : excerpt,
    status: f.status as FeedbackStatus,
    assignee: f.assignee_agency_id ? { id: f.assignee_agency_id, name: f.assignee_name! } : null,
    receivedAt: new Date(f.received_at).toISOString(),
    dueOn: f.due_on,
    answeredOn: f.answered_on,
    overdue: f.status !== 'answered' && f.due_on < today,
    rating: f.rating,
  };
}

export async function list(
  db: Executor,
  session: Session,
  query: { q?: string; status?: string; overdue?: '1'; page: number; pageSize: number },
) {
  const today = todayVn();
  const where = [readableSql(session)];
  if (query.status) where.push(sql`f.status = ${query.status}`);
  if (query.overdue) where.push(sql`f.status <> 'answered' and f.due_on < ${today}::date`);
  if (query.q) where.push(sql`f.search like ${`%${foldVietnamese(query.q)}%`}`);
  const { rows, total } = await repo.pageFeedback(
    db,
    sql.join(where, sql` and `),
    query.page,
    query.pageSize,
  );
  return { items: rows.map((r) => presentItem(r, today)), total };
}

async function readable(db: Executor, session: Session, id: number) {
  const f = await repo.findFeedback(db, sql`f.id = ${id}`);
  if (!f || !can(session.actor, 'feedback.read', targetOf(f))) throw notFound('Phản ánh');
  return f;
}

export async function detail(db: Executor, session: Session, id: number): Promise<TFeedbackDetail> {
  return build(db, session, await readable(db, session, id));
}

/** The detail of a case the actor reads, or has just handed on (a transfer). */
async function build(db: Executor, session: Session, f: FeedbackRow): Promise<TFeedbackDetail> {
  const [steps, files, agencies] = await Promise.all([
    repo.stepsOf(db, f.id),
    repo.filesOf(db, f.id),
    repo.agenciesUnder(db, f.unit_path),
  ]);
  const t = targetOf(f);
  const may = (action: FeedbackAction, policy: Parameters<typeof can>[1]) =>
    feedbackNext(f.status as FeedbackStatus, action) !== null && can(session.actor, policy, t);
  return {
    ...presentItem(f, todayVn()),
    body: f.body,
    contact: f.contact,
    publicAllowed: f.public_allowed,
    published: f.published,
    answer: f.answer,
    ratingComment: f.rating_comment,
    files,
    steps: steps.map((s) => ({
      action: s.action as TFeedbackDetail['steps'][number]['action'],
      status: s.status as FeedbackStatus,
      agencyName: s.agency_name,
      note: s.note,
      userName: s.user_name,
      at: new Date(s.at).toISOString(),
    })),
    version: f.version,
    can: {
      assign: may('assign', 'feedback.assign'),
      transfer:
        feedbackNext(f.status as FeedbackStatus, 'transfer') !== null &&
        (can(session.actor, 'feedback.assign', t) || can(session.actor, 'feedback.answer', t)),
      draft: may('draft', 'feedback.answer'),
      approve: may('approve', 'feedback.approve'),
    },
    agencies: agencies.map((a) => ({ id: a.id, name: a.name })),
  };
}

const POLICY_OF: Record<
  FeedbackAction,
  'feedback.assign' | 'feedback.answer' | 'feedback.approve'
> = {
  assign: 'feedback.assign',
  transfer: 'feedback.answer',
  draft: 'feedback.answer',
  approve: 'feedback.approve',
  return: 'feedback.approve',
};

interface StepInput {
  version: number;
  agencyId?: number;
  reason?: string;
  answer?: string;
  publish?: boolean;
}

/** One step of the workflow: rights, state, version, then the row, its history and the audit. */
export async function act(
  db: Executor,
  session: Session,
  id: number,
  action: FeedbackAction,
  input: StepInput,
): Promise<TFeedbackDetail> {
  const f = await readable(db, session, id);
  const t = targetOf(f);
  const allowed =
    can(session.actor, POLICY_OF[action], t) ||
    (action === 'transfer' && can(session.actor, 'feedback.assign', t));
  if (!allowed) throw forbidden();
  const next = feedbackNext(f.status as FeedbackStatus, action);
  if (!next) throw conflict(`Phản ánh ${f.code} không ở trạng thái cho phép thao tác này.`);
  if (input.version !== f.version) throw staleVersion(f.version);
  const set: Partial<typeof feedback.$inferInsert> = {
    status: next,
    lastAction: action,
    version: f.version + 1,
  };
  let agencyName: string | null = null;
  if (action === 'assign' || action === 'transfer') {
    const agency = await repo.findAgency(db, input.agencyId!);
    if (!agency || !agency.unit_path.startsWith(f.unit_path))
      throw badRequest(
        'VALIDATION',
        `Cơ quan #${input.agencyId} không thuộc phạm vi của ${f.unit_name}.`,
        { issues: [{ path: 'agencyId', message: 'Cơ quan không thuộc phạm vi.' }] },
      );
    if (agency.id === f.assignee_agency_id)
      throw badRequest('VALIDATION', `Phản ánh ${f.code} đang do ${agency.name} xử lý.`, {
        issues: [{ path: 'agencyId', message: 'Đã giao cho cơ quan này.' }],
      });
    set.assigneeAgencyId = agency.id;
    set.handlerPath = agency.unit_path;
    set.answer = null;
    agencyName = agency.name;
  }
  if (action === 'draft') set.answer = input.answer!;
  if (action === 'approve') {
    const today = todayVn();
    set.answeredBy = session.userId;
    set.answeredOn = today;
    set.answerDays = workingDaysBetween(
      f.received_on,
      today,
      await loadCalendar(db, f.handler_path),
    );
    set.published = f.public_allowed && input.publish === true;
  }
  await db
    .update(feedback)
    .set(set)
    .where(sql`${feedback.id} = ${f.id}`);
  await db.insert(feedbackStep).values({
    feedbackId: f.id,
    action,
    status: next,
    agencyId: set.assigneeAgencyId ?? null,
    note: input.reason ?? null,
    userId: session.userId,
    at: now(),
  });
  await recordAudit(db, session, {
    action: 'update',
    entity: 'feedback',
    entityId: f.id,
    unitPath: f.handler_path,
    summary: `Phản ánh ${f.code}: ${FEEDBACK_ACTION_LABEL[action]}${agencyName ? ` (${agencyName})` : ''}`,
    before: { status: f.status, assigneeAgencyId: f.assignee_agency_id },
    after: { status: next, assigneeAgencyId: set.assigneeAgencyId ?? f.assignee_agency_id },
  });
  return build(db, session, (await repo.findFeedback(db, sql`f.id = ${f.id}`))!);
}

/** A citizen's attachment, to those who read its case (else 404). */
export async function readableFile(db: Executor, session: Session, fileId: number) {
  const r = await db.execute<{
    feedback_id: number;
    storage_key: string;
    original_name: string;
    mime: string;
  }>(sql`select feedback_id, storage_key, original_name, mime from feedback_file
          where id = ${fileId}`);
  const file = r.rows[0];
  if (!file) throw notFound('Tệp');
  await readable(db, session, file.feedback_id);
  return file;
}
