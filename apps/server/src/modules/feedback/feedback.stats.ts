import { sql } from 'drizzle-orm';
import { can, feedbackStats, DEFAULT_FEEDBACK_DAYS, type FeedbackFact } from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import { recordAudit } from '../../platform/audit.ts';
import { todayVn } from '../../platform/clock.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { findUnitById, inScopeSql } from '../units/units.repository.ts';
import { readableSql } from './feedback.service.ts';
import { feedbackSetting } from './feedback.table.ts';
import { answerDaysOf } from './feedback.repository.ts';

interface FactRow extends Record<string, unknown> {
  agency_id: number | null;
  agency_name: string | null;
  due_on: string;
  answered_on: string | null;
  answer_days: number | null;
  rating: number | null;
}

/** One row per handling agency, most cases first, then by Vietnamese name. */
function statRows(rows: readonly FactRow[], today: string) {
  const facts: FeedbackFact[] = rows.map((x) => ({
    groupKey: x.agency_id === null ? 'none' : String(x.agency_id),
    groupName: x.agency_name ?? 'Chưa giao xử lý',
    dueOn: x.due_on,
    answeredOn: x.answered_on,
    workingDays: x.answer_days,
    rating: x.rating,
  }));
  return feedbackStats(facts, today).sort(
    (a, b) => b.received - a.received || a.name.localeCompare(b.name, 'vi'),
  );
}

/** Statistics per assignee agency (a commune's committee or a sở) of the cases in reach. */
export async function statistics(
  db: Executor,
  session: Session,
  range: { from?: string; to?: string },
) {
  const where = [readableSql(session)];
  if (range.from) where.push(sql`f.received_on >= ${range.from}::date`);
  if (range.to) where.push(sql`f.received_on <= ${range.to}::date`);
  const r = await db.execute<FactRow>(sql`
    select f.assignee_agency_id as agency_id, a.name as agency_name, f.due_on::text as due_on,
           f.answered_on::text as answered_on, f.answer_days, f.rating
      from feedback f left join agency a on a.id = f.assignee_agency_id
     where ${sql.join(where, sql` and `)}`);
  return { rows: statRows(r.rows, todayVn()) };
}

/**
 * The consolidated report's feedback table: cases received in a window by a unit and those
 * below it, per handling agency. Counts only — no citizen's text or contact — so the
 * receiving level's report reviewers read them whole.
 */
export async function unitStatistics(
  db: Executor,
  unitPath: string,
  window: { from: string; to: string },
  today: string,
) {
  const r = await db.execute<FactRow>(sql`
    select f.assignee_agency_id as agency_id, a.name as agency_name, f.due_on::text as due_on,
           f.answered_on::text as answered_on, f.answer_days, f.rating
      from feedback f left join agency a on a.id = f.assignee_agency_id
     where ${inScopeSql(sql`f.handler_path`, [unitPath])}
       and f.received_on between ${window.from}::date and ${window.to}::date`);
  return statRows(r.rows, today);
}

export async function readSettings(db: Executor, session: Session, unitId: number) {
  const unit = await findUnitById(db, unitId, todayVn());
  if (!unit || !can(session.actor, 'unit.read', { unitPath: unit.path })) throw notFound('Đơn vị');
  return {
    unitId: unit.id,
    answerDays: (await answerDaysOf(db, unit.id)) ?? DEFAULT_FEEDBACK_DAYS,
  };
}

/** The working days to answer, for the actor's own unit (its subtree inherits it). */
export async function writeSettings(db: Executor, session: Session, answerDays: number) {
  const unit = (await findUnitById(db, session.unitId, todayVn()))!;
  if (!can(session.actor, 'feedback.configure', { unitPath: unit.path })) throw forbidden();
  const before = await answerDaysOf(db, unit.id);
  await db
    .insert(feedbackSetting)
    .values({ unitId: unit.id, answerDays })
    .onConflictDoUpdate({ target: feedbackSetting.unitId, set: { answerDays } });
  await recordAudit(db, session, {
    action: 'update',
    entity: 'feedback_setting',
    entityId: unit.id,
    unitPath: unit.path,
    summary: `Đặt thời hạn trả lời phản ánh của ${unit.fullName}: ${answerDays} ngày làm việc`,
    before: { answerDays: before },
    after: { answerDays },
  });
  return { unitId: unit.id, answerDays };
}
