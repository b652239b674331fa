/**
 * Raw answers: who downloads them (analysts — coordinators and admins of the run's unit —
 * every download audited) and how long they are kept (a date per run; after it a
 * coordinator deletes them, the computed scores are kept, see surveys.retention.table.ts).
 */
import { sql } from 'drizzle-orm';
import { can, formatDateVi } from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import { recordAudit } from '../../platform/audit.ts';
import { now, todayVn } from '../../platform/clock.ts';
import { badRequest, conflict, forbidden, staleVersion } from '../../platform/errors.ts';
import { readableRun } from './surveys.runs.service.ts';
import * as repo from './surveys.runs.repository.ts';
import { computeScores } from './surveys.responses.service.ts';
import { surveyRetention } from './surveys.retention.table.ts';

const MANAGERS_ONLY =
  'Chỉ quản trị viên và cán bộ điều phối của đơn vị tổ chức khảo sát được làm việc này.';

interface RetentionRow extends Record<string, unknown> {
  keep_until: string | null;
  note: string;
  deleted_at: string | Date | null;
  deleted_by: string | null;
  version: number;
}

async function row(db: Executor, runId: number) {
  const r = await db.execute<RetentionRow>(sql`
    select t.keep_until::text, t.note, t.deleted_at, u.username as deleted_by, t.version
      from survey_retention t left join app_user u on u.id = t.deleted_by
     where t.run_id = ${runId}`);
  return r.rows[0] ?? null;
}

const answerCount = async (db: Executor, runId: number) =>
  (
    await db.execute<{ n: number }>(sql`
      select count(*)::int as n from survey_answer a
        join survey_response p on p.id = a.response_id where p.run_id = ${runId}`)
  ).rows[0]!.n;

export async function state(db: Executor, session: Session, runId: number) {
  const run = await readableRun(db, session, runId);
  const r = await row(db, runId);
  return {
    keepUntil: r?.keep_until ?? null,
    note: r?.note ?? '',
    deletedAt: r?.deleted_at ? new Date(r.deleted_at).toISOString() : null,
    deletedBy: r?.deleted_by ?? null,
    answers: await answerCount(db, runId),
    mayManage: can(session.actor, 'survey.run.write', { unitPath: run.unitPath }),
    mayDownloadAnswers: can(session.actor, 'survey.answers.read', { unitPath: run.unitPath }),
    version: r?.version ?? 1,
  };
}

async function managed(db: Executor, session: Session, runId: number, version: number) {
  const run = await readableRun(db, session, runId);
  if (!can(session.actor, 'survey.run.write', { unitPath: run.unitPath }))
    throw forbidden(MANAGERS_ONLY);
  const r = await row(db, runId);
  if ((r?.version ?? 1) !== version) throw staleVersion(r?.version ?? 1);
  if (r?.deleted_at)
    throw conflict(
      `Câu trả lời gốc của đợt khảo sát đã được xoá ngày ${formatDateVi(new Date(r.deleted_at).toISOString().slice(0, 10))}.`,
    );
  return { run, r };
}

export async function setKeepUntil(
  db: Executor,
  session: Session,
  runId: number,
  body: { version: number; keepUntil: string | null; note: string },
) {
  const { run, r } = await managed(db, session, runId, body.version);
  if (body.keepUntil !== null && body.keepUntil < run.endsOn)
    throw badRequest(
      'VALIDATION',
      `Hạn lưu câu trả lời (${formatDateVi(body.keepUntil)}) trước ngày kết thúc đợt khảo sát (${formatDateVi(run.endsOn)}).`,
      { issues: [{ path: 'keepUntil', message: 'Hạn lưu trước ngày kết thúc đợt khảo sát.' }] },
    );
  const values = { keepUntil: body.keepUntil, note: body.note, updatedAt: now() };
  await db
    .insert(surveyRetention)
    .values({ runId, ...values, version: 2 })
    .onConflictDoUpdate({
      target: surveyRetention.runId,
      set: { ...values, version: sql`${surveyRetention.version} + 1` },
    });
  await recordAudit(db, session, {
    action: 'update',
    entity: 'survey_retention',
    entityId: runId,
    unitPath: run.unitPath,
    summary: body.keepUntil
      ? `Đặt hạn lưu câu trả lời gốc của đợt khảo sát "${run.name}" đến ${formatDateVi(body.keepUntil)}`
      : `Bỏ hạn lưu câu trả lời gốc của đợt khảo sát "${run.name}"`,
    before: { keepUntil: r?.keep_until ?? null },
    after: { keepUntil: body.keepUntil },
  });
  return state(db, session, runId);
}

/**
 * Deletes the run's answer rows once its retention date has passed and it no longer takes
 * responses. The scores are computed first and kept; the response rows (stratum, channel,
 * time, no answers) stay, so the sample per stratum still reads right.
 */
export async function deleteAnswers(
  db: Executor,
  session: Session,
  runId: number,
  version: number,
) {
  const { run, r } = await managed(db, session, runId, version);
  if (!r?.keep_until)
    throw conflict('Chưa đặt hạn lưu câu trả lời gốc cho đợt khảo sát này, chưa xoá được.');
  if (todayVn() <= r.keep_until)
    throw conflict(
      `Chưa hết hạn lưu câu trả lời gốc (đến hết ngày ${formatDateVi(r.keep_until)}), chưa xoá được.`,
    );
  if (run.status !== 'closed')
    throw conflict('Đợt khảo sát chưa kết thúc (vẫn nhận phiếu), chưa xoá câu trả lời gốc được.');
  const scores = await computeScores(db, (await repo.findRun(db, runId))!);
  const answers = await answerCount(db, runId);
  await db.execute(sql`
    delete from survey_answer a using survey_response p
     where p.id = a.response_id and p.run_id = ${runId}`);
  await db.execute(sql`
    update survey_retention
       set deleted_at = ${now()}, deleted_by = ${session.userId}, scores = ${JSON.stringify(scores)}::jsonb,
           updated_at = ${now()}, version = version + 1
     where run_id = ${runId}`);
  await recordAudit(db, session, {
    action: 'delete',
    entity: 'survey_answers',
    entityId: runId,
    unitPath: run.unitPath,
    summary: `Xoá ${answers} câu trả lời gốc của ${run.responses} phiếu, đợt khảo sát "${run.name}" (hết hạn lưu ${formatDateVi(r.keep_until)}); giữ lại điểm đã tính`,
    before: { answers, responses: run.responses },
    after: { answers: 0, responses: run.responses, scoresKept: true },
  });
  return state(db, session, runId);
}
