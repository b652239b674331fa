import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import QRCode from 'qrcode';
import type { TFlaggedResponse } from '@papi/contracts';
import { allQuestions, can, choicesOf, maskPersonalData, type AnswerValue } from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import { recordAudit } from '../../platform/audit.ts';
import { now } from '../../platform/clock.ts';
import { badRequest, forbidden, notFound } from '../../platform/errors.ts';
import * as repo from './surveys.runs.repository.ts';
import { readableRun } from './surveys.runs.service.ts';
import { surveyResponse, surveyRun, surveyStratum } from './surveys.table.ts';

const FORBIDDEN =
  'Chỉ quản trị viên và cán bộ điều phối của đơn vị được quản lý đường dẫn công khai và xem xét phiếu.';

async function writableRun(db: Executor, session: Session, id: number) {
  const run = await readableRun(db, session, id);
  if (!can(session.actor, 'survey.run.write', { unitPath: run.unitPath }))
    throw forbidden(FORBIDDEN);
  return run;
}

function stratumOf(run: repo.RunRecord, code: string | null | undefined) {
  if (code === null || code === undefined) return null;
  const s = run.strata.find((x) => x.code === code);
  if (!s)
    throw badRequest('VALIDATION', `Nhóm mẫu "${code}" không có trong đợt khảo sát.`, {
      issues: [{ path: 'stratumCode', message: 'Không có nhóm mẫu này.' }],
    });
  return s;
}

/** 128 random bits, URL-safe: the link cannot be guessed from the run or another link. */
const newToken = () => randomBytes(16).toString('base64url');

/** Opens or closes the run's or a stratum's public link; the first opening makes its token. */
export async function setPublicLink(
  db: Executor,
  session: Session,
  id: number,
  body: { stratumCode: string | null; open: boolean },
) {
  const run = await writableRun(db, session, id);
  const stratum = stratumOf(run, body.stratumCode);
  const current = stratum ? stratum.publicLink : run.publicLink;
  const token = current.token ?? (body.open ? newToken() : null);
  if (stratum)
    await db
      .update(surveyStratum)
      .set({ publicToken: token, publicOpen: body.open })
      .where(eq(surveyStratum.id, stratum.id));
  else
    await db
      .update(surveyRun)
      .set({ publicToken: token, publicOpen: body.open })
      .where(eq(surveyRun.id, run.id));
  const what = stratum ? `nhóm mẫu "${stratum.name}"` : 'cả đợt';
  await recordAudit(db, session, {
    action: 'update',
    entity: 'survey_run',
    entityId: run.id,
    unitPath: run.unitPath,
    summary: `${body.open ? 'Mở' : 'Đóng'} đường dẫn công khai của ${what} trong đợt khảo sát "${run.name}"`,
    before: { open: current.open },
    after: { open: body.open },
  });
  return (await repo.findRun(db, run.id))!;
}

/** The QR code of a link (made, open or not: a poster can be printed before opening). */
export async function qrCode(
  db: Executor,
  session: Session,
  id: number,
  publicUrl: string,
  query: { stratumCode?: string; format: 'svg' | 'png' },
) {
  const run = await readableRun(db, session, id);
  const stratum = stratumOf(run, query.stratumCode);
  const link = stratum ? stratum.publicLink : run.publicLink;
  if (!link.path)
    throw badRequest(
      'NO_PUBLIC_LINK',
      stratum
        ? `Nhóm mẫu "${stratum.name}" chưa có đường dẫn công khai: hãy mở đường dẫn trước.`
        : 'Đợt khảo sát chưa có đường dẫn công khai: hãy mở đường dẫn trước.',
    );
  const url = `${publicUrl}${link.path}`;
  const name = `ma-qr-khao-sat-${run.id}${stratum ? `-${stratum.code}` : ''}.${query.format}`;
  const options = { errorCorrectionLevel: 'M' as const, margin: 4 };
  if (query.format === 'png')
    return {
      filename: name,
      contentType: 'image/png',
      body: new Uint8Array(await QRCode.toBuffer(url, { ...options, type: 'png', width: 1024 })),
    };
  return {
    filename: name,
    body: new TextEncoder().encode(await QRCode.toString(url, { ...options, type: 'svg' })),
  };
}

interface FlaggedRow extends Record<string, unknown> {
  id: number;
  code: string;
  name: string;
  submitted_at: Date | string;
  review: TFlaggedResponse['review'];
  review_reason: string | null;
  reviewer: string | null;
  answers: Record<string, AnswerValue> | null;
}

async function flaggedRows(db: Executor, runId: number, responseId?: number) {
  const one = responseId === undefined ? sql`true` : sql`p.id = ${responseId}`;
  const r = await db.execute<FlaggedRow>(sql`
    select p.id, s.code, s.name, p.submitted_at, p.review, p.review_reason, u.full_name as reviewer,
           (select jsonb_object_agg(a.question, a.value) from survey_answer a
             where a.response_id = p.id) as answers
      from survey_response p join survey_stratum s on s.id = p.stratum_id
      left join app_user u on u.id = p.reviewed_by
     where p.run_id = ${runId} and p.review is not null and ${one}
     order by p.review = 'flagged' desc, p.submitted_at desc, p.id desc`);
  return r.rows;
}

/** Flagged responses with their answers as an analyst may see them (free text masked). */
async function present(db: Executor, run: repo.RunRecord, rows: FlaggedRow[]) {
  const document = await repo.runDocument(db, run.instrumentVersionId);
  const questions = allQuestions(document);
  const shown = (name: string, v: AnswerValue) => {
    const q = questions.find((x) => x.name === name);
    const labels = new Map(q ? choicesOf(q).map((c) => [c.value, c.labelVi]) : []);
    const one = (x: string) => labels.get(x) ?? x;
    if (Array.isArray(v)) return v.map(one).join('; ');
    if (q?.type === 'text' && typeof v === 'string') return maskPersonalData(v).text;
    return typeof v === 'string' ? one(v) : String(v);
  };
  return rows.map((r) => ({
    id: r.id,
    stratumCode: r.code,
    stratumName: r.name,
    submittedAt: new Date(r.submitted_at).toISOString(),
    reason: r.review_reason ?? '',
    review: r.review,
    reviewedBy: r.reviewer,
    answers: questions
      .filter((q) => r.answers?.[q.name] !== undefined)
      .map((q) => ({
        question: q.name,
        label: q.labelVi,
        value: shown(q.name, r.answers![q.name]!),
      })),
  }));
}

export async function listFlagged(db: Executor, session: Session, id: number) {
  const run = await readableRun(db, session, id);
  return { items: await present(db, run, await flaggedRows(db, run.id)) };
}

/** Accepts (counted from now on) or excludes (kept, never counted) a flagged response. */
export async function review(
  db: Executor,
  session: Session,
  id: number,
  responseId: number,
  decision: 'accepted' | 'excluded',
) {
  const run = await writableRun(db, session, id);
  const [row] = await flaggedRows(db, run.id, responseId);
  if (!row) throw notFound('Phiếu bị đánh dấu');
  await db
    .update(surveyResponse)
    .set({ review: decision, reviewedBy: session.userId, reviewedAt: now() })
    .where(and(eq(surveyResponse.id, responseId), eq(surveyResponse.runId, run.id)));
  await recordAudit(db, session, {
    action: 'update',
    entity: 'survey_response',
    entityId: responseId,
    unitPath: run.unitPath,
    summary: `${decision === 'accepted' ? 'Nhận' : 'Loại'} phiếu số ${responseId} (${row.name}) của đợt khảo sát "${run.name}"`,
    before: { review: row.review },
    after: { review: decision },
  });
  const [updated] = await flaggedRows(db, run.id, responseId);
  return (await present(db, run, [updated!]))[0]!;
}
