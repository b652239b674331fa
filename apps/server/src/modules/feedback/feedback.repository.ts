import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';

/** A case with the names the lists and the detail show. */
export interface FeedbackRow extends Record<string, unknown> {
  id: number;
  code: string;
  unit_id: number;
  unit_path: string;
  unit_name: string;
  handler_path: string;
  topic: string;
  place_unit_id: number | null;
  place_agency_id: number | null;
  place_name: string | null;
  body: string;
  contact: string | null;
  public_allowed: boolean;
  status: string;
  last_action: string;
  assignee_agency_id: number | null;
  assignee_name: string | null;
  received_at: Date | string;
  received_on: string;
  due_on: string;
  answer: string | null;
  answered_on: string | null;
  answer_days: number | null;
  published: boolean;
  rating: number | null;
  rating_comment: string | null;
  version: number;
}

const SELECT = sql`
  select f.id, f.code, f.unit_id, f.unit_path, u.full_name as unit_name, f.handler_path,
         f.topic, f.place_unit_id, f.place_agency_id,
         coalesce(pu.full_name, pa.name) as place_name,
         f.body, f.contact, f.public_allowed, f.status, f.last_action,
         f.assignee_agency_id, aa.name as assignee_name,
         f.received_at, f.received_on::text as received_on, f.due_on::text as due_on,
         f.answer, f.answered_on::text as answered_on, f.answer_days, f.published,
         f.rating, f.rating_comment, f.version
    from feedback f
    join admin_unit u on u.id = f.unit_id
    left join admin_unit pu on pu.id = f.place_unit_id
    left join agency pa on pa.id = f.place_agency_id
    left join agency aa on aa.id = f.assignee_agency_id`;

export async function findFeedback(db: Executor, where: SQL): Promise<FeedbackRow | null> {
  const r = await db.execute<FeedbackRow>(sql`${SELECT} where ${where} limit 1`);
  return r.rows[0] ?? null;
}

export async function pageFeedback(
  db: Executor,
  where: SQL,
  page: number,
  pageSize: number,
): Promise<{ rows: FeedbackRow[]; total: number }> {
  const [rows, count] = await Promise.all([
    db.execute<FeedbackRow>(sql`${SELECT} where ${where}
       order by f.received_at desc, f.id desc
       limit ${pageSize} offset ${(page - 1) * pageSize}`),
    db.execute<{ n: number }>(sql`select count(*)::int as n from feedback f where ${where}`),
  ]);
  return { rows: rows.rows, total: count.rows[0]!.n };
}

export interface StepRow extends Record<string, unknown> {
  action: string;
  status: string;
  agency_name: string | null;
  note: string | null;
  user_name: string | null;
  at: Date | string;
}

export async function stepsOf(db: Executor, feedbackId: number): Promise<StepRow[]> {
  const r = await db.execute<StepRow>(sql`
    select s.action, s.status, a.name as agency_name, s.note, us.full_name as user_name, s.at
      from feedback_step s
      left join agency a on a.id = s.agency_id
      left join app_user us on us.id = s.user_id
     where s.feedback_id = ${feedbackId} order by s.at, s.id`);
  return r.rows;
}

export async function filesOf(db: Executor, feedbackId: number) {
  const r = await db.execute<{ id: number; name: string; size: number; mime: string }>(sql`
    select id, original_name as name, size, mime from feedback_file
     where feedback_id = ${feedbackId} order by id`);
  return r.rows;
}

/** Where a case may go: the unit's own agencies and the committees of the units below. */
export async function agenciesUnder(db: Executor, unitPath: string) {
  const r = await db.execute<{ id: number; name: string; unit_path: string; kind: string }>(sql`
    select a.id, a.name, u.path as unit_path, a.kind from agency a
      join admin_unit u on u.id = a.unit_id
     where a.active and (u.path = ${unitPath} or (a.kind = 'ubnd' and u.path like ${unitPath} || '%'))
     order by length(u.path), a.name`);
  return r.rows;
}

export async function findAgency(db: Executor, id: number) {
  const r = await db.execute<{ id: number; name: string; unit_path: string; kind: string }>(sql`
    select a.id, a.name, u.path as unit_path, a.kind from agency a
      join admin_unit u on u.id = a.unit_id where a.id = ${id} and a.active`);
  return r.rows[0] ?? null;
}

/** The People's Committee of a commune: where a case about that commune goes by default. */
export async function committeeOf(db: Executor, unitId: number) {
  const r = await db.execute<{ id: number }>(sql`
    select id from agency where unit_id = ${unitId} and kind = 'ubnd' and active
     order by id limit 1`);
  return r.rows[0]?.id ?? null;
}

export async function answerDaysOf(db: Executor, unitId: number): Promise<number | null> {
  const r = await db.execute<{ answer_days: number }>(
    sql`select answer_days from feedback_setting where unit_id = ${unitId}`,
  );
  return r.rows[0]?.answer_days ?? null;
}
