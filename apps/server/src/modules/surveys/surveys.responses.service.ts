import {
  allQuestions,
  can,
  checkResponse,
  scoreRun,
  type ResponseAnswers,
  type ScoreRow,
  type SurveyInstrument,
} from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import { badRequest, conflict, forbidden, notFound } from '../../platform/errors.ts';
import * as repo from './surveys.runs.repository.ts';
import { surveyAnswer, surveyResponse } from './surveys.table.ts';

export const SCORE_METHOD =
  'Trung bình có trọng số theo thiết kế (trọng số = dân số nhóm / số phiếu của nhóm), khoảng tin cậy 95% bằng tuyến tính hoá Taylor ' +
  'cho mẫu phân tầng, phân vị t với bậc tự do n − số nhóm; dưới 30 câu trả lời: chưa đủ mẫu.';

/**
 * Stores one response once: the client id is unique, so a retried sync (same id) gets the
 * stored row back with duplicate = true instead of a second copy.
 */
export async function submit(
  db: Executor,
  session: Session,
  runId: number,
  body: { clientId: string; stratumCode: string; answers: ResponseAnswers },
) {
  const run = await repo.findRun(db, runId);
  // An enumerator of a commune sees the run through its stratum, not through the province.
  const pathOf = (code: string) => run?.strataPaths.get(code) ?? run?.unitPath ?? '';
  const responds = (code: string) =>
    can(session.actor, 'survey.respond', { unitPath: pathOf(code) });
  const visible =
    run &&
    (can(session.actor, 'survey.run.read', { unitPath: run.unitPath }) ||
      run.strata.some((s) => responds(s.code)));
  if (!run || !visible) throw notFound('Đợt khảo sát');
  const stratum = run.strata.find((s) => s.code === body.stratumCode);
  if (!stratum)
    throw badRequest('VALIDATION', `Nhóm mẫu "${body.stratumCode}" không có trong đợt khảo sát.`, {
      issues: [{ path: 'stratumCode', message: 'Không có nhóm mẫu này.' }],
    });
  if (!responds(stratum.code)) throw forbidden('Bạn không được nhập phiếu cho nhóm mẫu này.');
  const existing = await repo.findResponseByClientId(db, body.clientId);
  if (existing) {
    if (existing.run_id !== run.id)
      throw conflict('Mã phiếu này đã được dùng cho một đợt khảo sát khác.');
    return { id: existing.id, clientId: body.clientId, duplicate: true };
  }
  if (run.status !== 'open')
    throw conflict(
      run.status === 'draft'
        ? 'Đợt khảo sát chưa mở nhận phiếu.'
        : 'Đợt khảo sát đã kết thúc, không nhận thêm phiếu.',
    );
  const document = await repo.runDocument(db, run.instrumentVersionId);
  const checked = checkResponse(document, body.answers);
  if (checked.issues.length > 0)
    throw badRequest(
      'INVALID_RESPONSE',
      `Phiếu chưa hợp lệ: câu "${checked.issues[0]!.question}": ${checked.issues[0]!.message}`,
      {
        issues: checked.issues.map((i) => ({ path: `answers.${i.question}`, message: i.message })),
      },
    );
  const inserted = await db
    .insert(surveyResponse)
    .values({
      runId: run.id,
      stratumId: stratum.id,
      clientId: body.clientId,
      channel: 'enumerator',
      submittedBy: session.userId,
    })
    .onConflictDoNothing({ target: surveyResponse.clientId })
    .returning({ id: surveyResponse.id });
  const id = inserted[0]?.id;
  if (id === undefined) {
    // A concurrent retry of the same response committed first.
    const again = (await repo.findResponseByClientId(db, body.clientId))!;
    return { id: again.id, clientId: body.clientId, duplicate: true };
  }
  const rows = Object.entries(checked.answers).map(([question, value]) => ({
    responseId: id,
    question,
    value,
  }));
  if (rows.length > 0) await db.insert(surveyAnswer).values(rows);
  return { id, clientId: body.clientId, duplicate: false };
}

function labelled(document: SurveyInstrument, rows: ScoreRow[]) {
  const questions = new Map(allQuestions(document).map((q) => [q.name, q]));
  const elements = new Map(document.elements.map((e) => [e.code, e]));
  return rows.map((r) => {
    const q = questions.get(r.key);
    const e = elements.get(r.key);
    return {
      ...r,
      label: r.kind === 'question' ? (q?.labelVi ?? r.key) : (e?.nameVi ?? r.key),
      parent: r.kind === 'question' ? (q?.scoring?.element ?? null) : (e?.parent ?? null),
    };
  });
}

export async function scores(db: Executor, session: Session, runId: number) {
  const run = await repo.findRun(db, runId);
  if (!run || !can(session.actor, 'survey.run.read', { unitPath: run.unitPath }))
    throw notFound('Đợt khảo sát');
  return computeScores(db, run);
}

/** A run's scores from its stored answers (no rights check: the caller has made it). */
export async function computeScores(db: Executor, run: repo.RunRecord) {
  const document = await repo.runDocument(db, run.instrumentVersionId);
  const populations = Object.fromEntries(
    run.strata.flatMap((s) => (s.population ? [[s.code, s.population]] : [])),
  );
  const all = scoreRun(
    document,
    await repo.runResponses(db, run.id),
    run.strata.length > 0 ? populations : null,
  );
  const names = new Map(run.strata.map((s) => [s.code, s.name]));
  return {
    scale: document.scale,
    equalWeights: all.equalWeights,
    method: SCORE_METHOD,
    overall: {
      stratum: '*',
      name: run.unitName,
      respondents: all.overall.respondents,
      rows: labelled(document, all.overall.rows),
    },
    strata: all.strata.map((s) => ({
      stratum: s.stratum,
      name: names.get(s.stratum) ?? s.stratum,
      respondents: s.respondents,
      rows: labelled(document, s.rows),
    })),
  };
}
