/**
 * Import of submissions exported from KoboToolbox / ODK (CSV, XLSX) and of the plain
 * Excel tally: preview first (every issue with its row and column), then all or nothing.
 * A row whose client id (Kobo `_uuid`, the tally's form number) is already in the run is
 * skipped, so importing the same export again adds nothing.
 */
import { inArray } from 'drizzle-orm';
import { can, readSubmissions, type ImportedSubmission, type TableIssue } from '@papi/domain';
import type { TSubmissionsPreview } from '@papi/contracts';
import type { Db, Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import { recordAudit } from '../../platform/audit.ts';
import { now } from '../../platform/clock.ts';
import { AppError, badRequest, conflict, forbidden } from '../../platform/errors.ts';
import { decodeUpload, readSheet } from '../indices/indices.import.file.ts';
import * as repo from './surveys.runs.repository.ts';
import { readableRun } from './surveys.runs.service.ts';
import { surveyAnswer, surveyResponse } from './surveys.table.ts';

export interface SurveyFileInput {
  filename: string;
  contentBase64: string;
  confirmWarnings?: boolean | undefined;
}

const ISSUE_LIMIT = 200;
const BATCH = 200;
export const WRITE_FORBIDDEN =
  'Chỉ quản trị viên và cán bộ điều phối của đơn vị tổ chức được nhập dữ liệu của đợt khảo sát.';

/** The run, if the actor may write it (404 when not visible, 403 when only readable). */
export async function writableRun(db: Executor, session: Session, id: number) {
  const run = await readableRun(db, session, id);
  if (!can(session.actor, 'survey.run.write', { unitPath: run.unitPath }))
    throw forbidden(WRITE_FORBIDDEN);
  return run;
}

/** Client ids of the file already stored: in this run (skipped) or in another (an error). */
async function storedIds(db: Executor, ids: string[]) {
  const found = new Map<string, number>();
  for (let i = 0; i < ids.length; i += 1000) {
    const rows = await db
      .select({ clientId: surveyResponse.clientId, runId: surveyResponse.runId })
      .from(surveyResponse)
      .where(inArray(surveyResponse.clientId, ids.slice(i, i + 1000)));
    for (const r of rows) found.set(r.clientId, r.runId);
  }
  return found;
}

export async function analyseSubmissions(
  db: Executor,
  session: Session,
  runId: number,
  input: SurveyFileInput,
) {
  const run = await writableRun(db, session, runId);
  const bytes = decodeUpload(input.contentBase64);
  const table = await readSheet(input.filename, bytes, 'survey');
  const document = await repo.runDocument(db, run.instrumentVersionId);
  const reading = readSubmissions(
    document,
    table,
    run.strata.map((s) => s.code),
    `tally-${run.id}-`,
  );
  const stored = await storedIds(
    db,
    reading.submissions.map((s) => s.clientId),
  );
  const issues: TableIssue[] = [...reading.issues];
  const idColumn = table.header.findIndex((h) => ['_uuid', 'ma_phieu'].includes(h.trim()));
  const fresh: ImportedSubmission[] = [];
  let alreadyImported = 0;
  for (const s of reading.submissions) {
    const other = stored.get(s.clientId);
    if (other === undefined) fresh.push(s);
    else if (other === run.id) alreadyImported++;
    else
      issues.push({
        severity: 'error',
        code: 'ID_IN_OTHER_RUN',
        row: s.row,
        column: idColumn >= 0 && table.format === 'csv' ? table.header[idColumn]! : null,
        message: `Dòng ${s.row}: mã phiếu "${s.clientId}" đã thuộc một đợt khảo sát khác.`,
      });
  }
  const preview: TSubmissionsPreview = {
    format: table.format,
    source: reading.source,
    matched: reading.matched,
    rows: reading.submissions.length,
    alreadyImported,
    perStratum: run.strata.map((st) => ({
      code: st.code,
      name: st.name,
      count: fresh.filter((s) => s.stratum === st.code).length,
    })),
    issues: issues.slice(0, ISSUE_LIMIT),
    errors: issues.filter((i) => i.severity === 'error').length,
    warnings: issues.filter((i) => i.severity === 'warning').length,
  };
  return { run, preview, fresh, issues };
}

/** Noon in Vietnam of the interview day, so the progress board counts it on that day. */
const noonVn = (day: string) => new Date(`${day}T05:00:00Z`);

export async function importSubmissions(
  db: Db,
  session: Session,
  runId: number,
  input: SurveyFileInput,
) {
  const { run, preview, fresh, issues } = await analyseSubmissions(db, session, runId, input);
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0)
    throw badRequest(
      'IMPORT_INVALID',
      `Tệp có ${errors.length} lỗi, chưa lưu phiếu nào. Lỗi đầu tiên: ${errors[0]!.message}`,
      { errors: errors.length, issues: errors.slice(0, ISSUE_LIMIT) },
    );
  const warnings = issues.filter((i) => i.severity === 'warning');
  if (warnings.length > 0 && !input.confirmWarnings)
    throw new AppError(
      409,
      'IMPORT_NEEDS_CONFIRMATION',
      `Tệp có ${warnings.length} cảnh báo. Xem lại và xác nhận để lưu.`,
      { warnings: warnings.length, issues: warnings.slice(0, ISSUE_LIMIT) },
    );
  if (run.status !== 'open')
    throw conflict(
      run.status === 'draft'
        ? 'Đợt khảo sát chưa mở nhận phiếu: mở đợt trước khi nhập.'
        : 'Đợt khảo sát đã kết thúc, không nhận thêm phiếu.',
    );
  const strata = new Map(run.strata.map((s) => [s.code, s.id]));
  return db.transaction(async (tx) => {
    let imported = 0;
    const byId = new Map(fresh.map((s) => [s.clientId, s]));
    for (let i = 0; i < fresh.length; i += BATCH) {
      const rows = await tx
        .insert(surveyResponse)
        .values(
          fresh.slice(i, i + BATCH).map((s) => ({
            runId: run.id,
            stratumId: strata.get(s.stratum)!,
            clientId: s.clientId,
            channel: 'import',
            submittedBy: session.userId,
            submittedAt: s.day ? noonVn(s.day) : now(),
          })),
        )
        // One imported concurrently by someone else is skipped: theirs is the stored copy.
        .onConflictDoNothing({ target: surveyResponse.clientId })
        .returning({ id: surveyResponse.id, clientId: surveyResponse.clientId });
      imported += rows.length;
      const answers = rows.flatMap((r) =>
        Object.entries(byId.get(r.clientId)!.answers).map(([question, value]) => ({
          responseId: r.id,
          question,
          value,
        })),
      );
      for (let j = 0; j < answers.length; j += BATCH * 20)
        await tx.insert(surveyAnswer).values(answers.slice(j, j + BATCH * 20));
    }
    await recordAudit(tx, session, {
      action: 'import',
      entity: 'survey_run',
      entityId: run.id,
      unitPath: run.unitPath,
      summary: `Nhập ${imported} phiếu vào đợt khảo sát "${run.name}" từ tệp "${input.filename}" (${preview.source === 'tally' ? 'mẫu nhập phiếu' : 'KoboToolbox/ODK'}, ${preview.format.toUpperCase()}); ${preview.alreadyImported} phiếu đã có, bỏ qua`,
      after: { imported, alreadyImported: preview.alreadyImported },
    });
    return { imported, alreadyImported: preview.alreadyImported + fresh.length - imported };
  });
}
