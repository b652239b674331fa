/**
 * A run's design from a workbook (targets, populations, quotas per stratum), the same
 * preview-then-save flow as the submissions; and the two templates a coordinator fills.
 */
import { and, eq, sql } from 'drizzle-orm';
import { designTemplateSheets, readDesign, tallyTemplateSheets } from '@papi/domain';
import type { TDesignPreview } from '@papi/contracts';
import type { Db, Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import { recordAudit } from '../../platform/audit.ts';
import { now } from '../../platform/clock.ts';
import { AppError, badRequest } from '../../platform/errors.ts';
import { decodeUpload, readSheet } from '../indices/indices.import.file.ts';
import * as repo from './surveys.runs.repository.ts';
import { readableRun } from './surveys.runs.service.ts';
import { writableRun, type SurveyFileInput } from './surveys.submissions-import.ts';
import { writeXlsForm } from './surveys.xlsform-file.ts';
import { surveyRun, surveyStratum } from './surveys.table.ts';

const ISSUE_LIMIT = 200;

export async function analyseDesign(
  db: Executor,
  session: Session,
  runId: number,
  input: SurveyFileInput,
) {
  const run = await writableRun(db, session, runId);
  const table = await readSheet(input.filename, decodeUpload(input.contentBase64), 'survey');
  const document = await repo.runDocument(db, run.instrumentVersionId);
  const read = readDesign(
    document,
    table,
    run.strata.map((s) => s.code),
  );
  const byCode = new Map(run.strata.map((s) => [s.code, s]));
  const rows: TDesignPreview['rows'] = read.rows.map((r) => {
    const s = byCode.get(r.code)!;
    return {
      row: r.row,
      code: r.code,
      name: s.name,
      target: { before: s.target, after: r.target ?? s.target },
      population: {
        before: s.population,
        after: r.population === undefined ? s.population : r.population,
      },
      quotas: { before: s.quotas, after: r.quotas ?? s.quotas },
    };
  });
  const changed = new Map(rows.map((r) => [r.code, r.population.after]));
  const preview: TDesignPreview = {
    format: table.format,
    rows,
    equalWeights: run.strata.some(
      (s) => (changed.has(s.code) ? changed.get(s.code) : s.population) === null,
    ),
    issues: read.issues.slice(0, ISSUE_LIMIT),
    errors: read.issues.filter((i) => i.severity === 'error').length,
    warnings: read.issues.filter((i) => i.severity === 'warning').length,
  };
  return { run, preview, issues: read.issues };
}

export async function importDesign(
  db: Db,
  session: Session,
  runId: number,
  input: SurveyFileInput,
) {
  const { run, preview, issues } = await analyseDesign(db, session, runId, input);
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0)
    throw badRequest(
      'IMPORT_INVALID',
      `Tệp có ${errors.length} lỗi, chưa lưu gì. Lỗi đầu tiên: ${errors[0]!.message}`,
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
  await db.transaction(async (tx) => {
    for (const r of preview.rows) {
      await tx
        .update(surveyStratum)
        .set({ target: r.target.after, population: r.population.after, quotas: r.quotas.after })
        .where(and(eq(surveyStratum.runId, run.id), eq(surveyStratum.code, r.code)));
    }
    await tx
      .update(surveyRun)
      .set({ updatedAt: now(), version: sql`${surveyRun.version} + 1` })
      .where(eq(surveyRun.id, run.id));
    await recordAudit(tx, session, {
      action: 'import',
      entity: 'survey_run',
      entityId: run.id,
      unitPath: run.unitPath,
      summary: `Nhập thiết kế mẫu (chỉ tiêu, dân số, chỉ tiêu theo nhóm) của ${preview.rows.length} nhóm mẫu vào đợt khảo sát "${run.name}" từ tệp "${input.filename}"`,
      before: {
        strata: preview.rows.map((r) => ({
          code: r.code,
          target: r.target.before,
          population: r.population.before,
        })),
      },
      after: {
        strata: preview.rows.map((r) => ({
          code: r.code,
          target: r.target.after,
          population: r.population.after,
        })),
      },
    });
  });
  return (await repo.findRun(db, run.id))!;
}

const slug = (runId: number, what: string) => `${what}-dot-khao-sat-${runId}.xlsx`;

export async function tallyTemplate(db: Executor, session: Session, runId: number) {
  const run = await readableRun(db, session, runId);
  const document = await repo.runDocument(db, run.instrumentVersionId);
  return {
    filename: slug(run.id, 'Mau-nhap-phieu'),
    body: await writeXlsForm(tallyTemplateSheets(document, run.strata)),
  };
}

export async function designTemplate(db: Executor, session: Session, runId: number) {
  const run = await readableRun(db, session, runId);
  const document = await repo.runDocument(db, run.instrumentVersionId);
  return {
    filename: slug(run.id, 'Thiet-ke-mau'),
    body: await writeXlsForm(designTemplateSheets(document, run.strata)),
  };
}
