import { eq, sql } from 'drizzle-orm';
import {
  can,
  instrumentFromXlsForm,
  instrumentToXlsForm,
  validateInstrument,
  type SurveyInstrument,
} from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import { recordAudit } from '../../platform/audit.ts';
import { now } from '../../platform/clock.ts';
import { badRequest, conflict, forbidden, notFound, staleVersion } from '../../platform/errors.ts';
import { decodeUpload } from '../indices/indices.import.file.ts';
import { installationPath } from '../indices/indices.import.routes.ts';
import * as repo from './surveys.instruments.repository.ts';
import { surveyInstrument, surveyInstrumentVersion } from './surveys.table.ts';
import { readXlsForm, writeXlsForm } from './surveys.xlsform-file.ts';

const FORBIDDEN =
  'Chỉ quản trị viên và cán bộ điều phối của đơn vị cao nhất được soạn, ban hành bộ câu hỏi.';

/** Instruments belong to the installation: the root is the target of both rights. */
export async function mayRead(db: Executor, session: Session) {
  const unitPath = await installationPath(db);
  if (!can(session.actor, 'survey.instrument.read', { unitPath })) throw forbidden();
  return unitPath;
}

async function mayWrite(db: Executor, session: Session) {
  const unitPath = await installationPath(db);
  if (!can(session.actor, 'survey.instrument.write', { unitPath })) throw forbidden(FORBIDDEN);
  return unitPath;
}

/** Refuses a document that does not hold together, naming every problem. */
function checkDocument(document: SurveyInstrument) {
  const issues = validateInstrument(document);
  if (issues.length > 0)
    throw badRequest('INVALID_INSTRUMENT', `Bộ câu hỏi chưa hợp lệ: ${issues[0]!.message}`, {
      issues: issues.map((i) => ({ path: `document.${i.path}`, message: i.message })),
    });
}

async function uniqueCode(db: Executor, code: string, exceptId: number | null) {
  if (await repo.codeTaken(db, code, exceptId))
    throw conflict(`Mã bộ câu hỏi "${code}" đã được dùng; hãy đặt mã khác.`);
}

export async function get(db: Executor, session: Session, id: number) {
  await mayRead(db, session);
  const found = await repo.findInstrument(db, id);
  if (!found) throw notFound('Bộ câu hỏi');
  return found;
}

export async function create(db: Executor, session: Session, document: SurveyInstrument) {
  const unitPath = await mayWrite(db, session);
  await uniqueCode(db, document.code, null);
  const [row] = await db
    .insert(surveyInstrument)
    .values({
      code: document.code,
      titleVi: document.titleVi,
      draft: document,
      createdBy: session.userId,
    })
    .returning({ id: surveyInstrument.id });
  await recordAudit(db, session, {
    action: 'create',
    entity: 'survey_instrument',
    entityId: row!.id,
    unitPath,
    summary: `Tạo bộ câu hỏi "${document.titleVi}"`,
  });
  return (await repo.findInstrument(db, row!.id))!;
}

export async function update(
  db: Executor,
  session: Session,
  id: number,
  version: number,
  document: SurveyInstrument,
) {
  const unitPath = await mayWrite(db, session);
  const found = await repo.findInstrument(db, id);
  if (!found) throw notFound('Bộ câu hỏi');
  if (found.version !== version) throw staleVersion(found.version);
  await uniqueCode(db, document.code, id);
  await db
    .update(surveyInstrument)
    .set({
      code: document.code,
      titleVi: document.titleVi,
      draft: document,
      updatedAt: now(),
      version: sql`${surveyInstrument.version} + 1`,
    })
    .where(eq(surveyInstrument.id, id));
  await recordAudit(db, session, {
    action: 'update',
    entity: 'survey_instrument',
    entityId: id,
    unitPath,
    summary: `Sửa bản nháp bộ câu hỏi "${document.titleVi}"`,
  });
  return (await repo.findInstrument(db, id))!;
}

/** The draft becomes version N+1, frozen: runs point at versions, never at drafts. */
export async function publish(db: Executor, session: Session, id: number, version: number) {
  const unitPath = await mayWrite(db, session);
  const found = await repo.findInstrument(db, id);
  if (!found) throw notFound('Bộ câu hỏi');
  if (found.version !== version) throw staleVersion(found.version);
  if (!found.draftChanged)
    throw conflict(`Bản nháp giống phiên bản ${found.latestVersion}: không có gì mới để ban hành.`);
  checkDocument(found.draft);
  const next = (found.latestVersion ?? 0) + 1;
  await db.insert(surveyInstrumentVersion).values({
    instrumentId: id,
    version: next,
    document: found.draft,
    publishedBy: session.userId,
  });
  await recordAudit(db, session, {
    action: 'create',
    entity: 'survey_instrument',
    entityId: id,
    unitPath,
    summary: `Ban hành phiên bản ${next} của bộ câu hỏi "${found.titleVi}"`,
  });
  return (await repo.findInstrument(db, id))!;
}

export async function getVersion(db: Executor, session: Session, id: number, version: number) {
  await mayRead(db, session);
  const found = await repo.findVersion(db, id, version);
  if (!found) throw notFound('Phiên bản bộ câu hỏi');
  return found;
}

/** Reads an XLSForm; problems come back located (sheet, row, column), nothing is saved. */
export async function importXlsForm(
  db: Executor,
  session: Session,
  body: {
    filename: string;
    contentBase64: string;
    instrumentId?: number | undefined;
    version?: number | undefined;
  },
) {
  await mayWrite(db, session);
  const sheets = await readXlsForm(body.filename, decodeUpload(body.contentBase64));
  const result = instrumentFromXlsForm(sheets);
  const errors = result.issues.filter((i) => i.severity === 'error');
  if (!result.instrument || errors.length > 0) {
    const first = errors[0];
    const where = first
      ? `trang ${first.sheet}${first.row ? `, dòng ${first.row}` : ''}${first.column ? `, cột ${first.column}` : ''}`
      : '';
    throw badRequest(
      'INVALID_XLSFORM',
      `Tệp XLSForm có ${errors.length} lỗi (đầu tiên ở ${where}: ${first?.message ?? ''}).`,
      {
        issues: result.issues,
      },
    );
  }
  if (body.instrumentId === undefined) return create(db, session, result.instrument);
  if (body.version === undefined)
    throw badRequest('VALIDATION', 'Thay bản nháp cần số phiên bản bản nháp đã đọc (version).', {
      issues: [{ path: 'version', message: 'Thiếu version.' }],
    });
  return update(db, session, body.instrumentId, body.version, result.instrument);
}

export async function exportXlsForm(
  db: Executor,
  session: Session,
  id: number,
  version: number | undefined,
) {
  const found = await get(db, session, id);
  const chosen = version ?? found.latestVersion;
  const document =
    chosen === null ? found.draft : (await repo.findVersion(db, id, chosen))?.document;
  if (!document) throw notFound('Phiên bản bộ câu hỏi');
  const label = chosen === null ? 'nhap' : `v${chosen}`;
  return {
    filename: `${found.code}-${label}.xlsx`,
    body: await writeXlsForm(
      instrumentToXlsForm(document, chosen === null ? 'nháp' : String(chosen)),
    ),
  };
}
