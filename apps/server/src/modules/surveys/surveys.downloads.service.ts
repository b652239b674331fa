/** Downloads of a run: the Word report, the scores workbook, the anonymised answers. */
import { sql } from 'drizzle-orm';
import { can, foldVietnamese, type AnswerValue } from '@papi/domain';
import { MIME } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import { recordAudit } from '../../platform/audit.ts';
import { todayVn } from '../../platform/clock.ts';
import { conflict, forbidden } from '../../platform/errors.ts';
import { findUnitById } from '../units/units.repository.ts';
import { answerTable, answersWorkbook, codebook, toCsv } from './surveys.answers-export.ts';
import { renderSurveyReport } from './surveys.report-docx.ts';
import type { Chart } from '../indices/report/report.charts.ts';
import { comparison, keptScores, scoresOf, type RunScores } from './surveys.results.service.ts';
import { readableRun } from './surveys.runs.service.ts';
import * as repo from './surveys.runs.repository.ts';
import { scoresWorkbook } from './surveys.scores-workbook.ts';

/** "khao-sat-hai-long-2026": a run's name as a file name. */
const fileStem = (name: string) =>
  foldVietnamese(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'khao-sat';

/** The dimensions chart (echarts loaded on first use); a failure leaves a note, not an error. */
async function intervalChart(
  scale: RunScores['scale'],
  rows: RunScores['overall']['rows'],
): Promise<Chart | null> {
  try {
    const { dimensionIntervalChart } = await import('./surveys.report-chart.ts');
    return dimensionIntervalChart(scale, rows);
  } catch (error) {
    console.error('Không vẽ được biểu đồ cho báo cáo khảo sát:', error);
    return null;
  }
}

export async function report(db: Executor, session: Session, runId: number) {
  const run = await readableRun(db, session, runId);
  const scores = await scoresOf(db, session, runId);
  const compared = await comparison(db, session, runId, {});
  const today = todayVn();
  const unit = (await findUnitById(db, run.unitId, today))!;
  const parent = unit.parentId ? await findUnitById(db, unit.parentId, today) : null;
  const document = await repo.runDocument(db, run.instrumentVersionId);
  const dimensions = scores.overall.rows.filter((x) => x.kind === 'element' && x.parent === null);
  const body = await renderSurveyReport({
    chart: await intervalChart(scores.scale, dimensions),
    run,
    unitFullName: unit.fullName,
    place: unit.name,
    parentFullName: parent?.fullName ?? null,
    unitLevel: unit.level,
    scores,
    compared,
    parents: new Map(document.elements.map((e) => [e.code, e.parent])),
    today,
  });
  return { filename: `bao-cao-${fileStem(run.name)}.docx`, body };
}

export async function scoresFile(db: Executor, session: Session, runId: number) {
  const run = await readableRun(db, session, runId);
  const scores = await scoresOf(db, session, runId);
  return {
    filename: `diem-${fileStem(run.name)}.xlsx`,
    body: await scoresWorkbook(scores, run.name),
  };
}

/**
 * The anonymised answers (analysts only; every download audited, with what was masked).
 * Refused once the raw answers were deleted at the end of their retention period.
 */
export async function answersFile(
  db: Executor,
  session: Session,
  runId: number,
  query: { format: 'csv' | 'xlsx'; part: 'answers' | 'codebook' },
) {
  const run = await readableRun(db, session, runId);
  if (!can(session.actor, 'survey.answers.read', { unitPath: run.unitPath }))
    throw forbidden(
      'Chỉ cán bộ điều phối và quản trị viên của đơn vị tổ chức khảo sát được tải câu trả lời gốc.',
    );
  if (await keptScores(db, runId))
    throw conflict(
      'Câu trả lời gốc của đợt khảo sát đã được xoá khi hết hạn lưu; chỉ còn điểm đã tính.',
    );
  const document = await repo.runDocument(db, run.instrumentVersionId);
  const rows = await db.execute<{
    code: string;
    channel: string;
    day: string;
    answers: Record<string, AnswerValue> | null;
  }>(sql`
    select s.code, p.channel, (p.submitted_at at time zone 'Asia/Ho_Chi_Minh')::date::text as day,
           (select jsonb_object_agg(a.question, a.value) from survey_answer a where a.response_id = p.id) as answers
      from survey_response p join survey_stratum s on s.id = p.stratum_id
     -- The answers behind the scores: flagged and excluded responses stay out (surveys.public.*).
     where p.run_id = ${runId} and coalesce(p.review, 'accepted') = 'accepted'
     order by p.id`);
  const populations = run.strata.every((s) => s.population)
    ? new Map(run.strata.map((s) => [s.code, s.population!]))
    : null;
  const table = answerTable(
    document,
    rows.rows.map((r) => ({
      stratum: r.code,
      channel: r.channel,
      day: r.day,
      answers: r.answers ?? {},
    })),
    populations,
  );
  const book = codebook(document);
  const stem = fileStem(run.name);
  const file =
    query.format === 'xlsx'
      ? {
          filename: `tra-loi-${stem}.xlsx`,
          body: await answersWorkbook(table, book),
          contentType: MIME.xlsx,
        }
      : query.part === 'codebook'
        ? { filename: `bang-ma-${stem}.csv`, body: toCsv(book), contentType: MIME.csv }
        : {
            filename: `tra-loi-${stem}.csv`,
            body: toCsv([table.header, ...table.rows]),
            contentType: MIME.csv,
          };
  const masked = Object.values(table.masked).reduce((a, b) => a + b, 0);
  await recordAudit(db, session, {
    action: 'export',
    entity: 'survey_answers',
    entityId: runId,
    unitPath: run.unitPath,
    summary: `Tải ${query.format === 'csv' && query.part === 'codebook' ? 'bảng mã' : `câu trả lời đã ẩn danh (${table.rows.length} phiếu, che ${masked} thông tin cá nhân)`} của đợt khảo sát "${run.name}" (${query.format.toUpperCase()})`,
    after: {
      format: query.format,
      part: query.part,
      responses: table.rows.length,
      masked: table.masked,
    },
  });
  return file;
}
