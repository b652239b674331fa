import type { Hono } from 'hono';
import { sql } from 'drizzle-orm';
import { can, foldVietnamese } from '@papi/domain';
import {
  compileProgrammeReview,
  createNextPlan,
  createProgramme,
  decideReviewReport,
  downloadProgrammeReviewExcel,
  downloadProgrammeReviewWord,
  getProgramme,
  getReviewReport,
  importAssignments,
  listProgrammes,
  openProgrammeReview,
  previewAssignmentImport,
  replaceAssignments,
  saveProgrammeReview,
  saveReviewReport,
  submitReviewReport,
  updateProgramme,
} from '@papi/contracts';
import { register, registerDownload, type AppEnv } from '../../platform/http.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import { todayVn } from '../../platform/clock.ts';
import { findUnitById, inScopeSql } from '../units/units.repository.ts';
import { renderProgrammeReviewDocx } from '../../platform/documents/programme-review-docx.ts';
import { findProgramme, pageProgrammes } from './programmes.repository.ts';
import {
  programmeDetail,
  readableProgramme,
  reviewCounts,
  summarise,
  writableProgramme,
} from './programmes.service.ts';
import * as write from './programmes.write.ts';
import { analyseAssignmentFile, rowsToCommit } from './programmes.import.ts';
import {
  decideReport,
  openReview,
  presentReport,
  readableReport,
  writeReport,
} from './programmes.review.ts';
import {
  compileReview,
  createNextPlan as nextPlan,
  editCompiled,
  reviewOrThrow,
} from './programmes.compile.ts';
import { renderReviewXlsx, reviewDocumentInput } from './programmes.documents.ts';

export function registerProgrammeRoutes(app: Hono<AppEnv>) {
  register(app, listProgrammes, async ({ query, session, db }) => {
    const parts = [inScopeSql(sql`u.path`, session.actor.scopePaths)];
    if (query.unitId) parts.push(sql`p.unit_id = ${query.unitId}`);
    if (query.q) parts.push(sql`p.search like ${`%${foldVietnamese(query.q)}%`}`);
    const page = await pageProgrammes(db, sql.join(parts, sql` and `), query.page, query.pageSize);
    const counts = await reviewCounts(
      db,
      page.items.map((p) => p.id),
    );
    return {
      total: page.total,
      items: await Promise.all(page.items.map((p) => summarise(db, p, counts))),
    };
  });

  register(app, createProgramme, async ({ body, session, db }) => {
    const unit = await findUnitById(db, body.unitId ?? session.unitId, todayVn());
    if (!unit || !can(session.actor, 'programme.read', { unitPath: unit.path }))
      throw notFound('Đơn vị');
    if (!can(session.actor, 'programme.write', { unitPath: unit.path })) throw forbidden();
    const id = await write.insertProgramme(db, session, unit, body);
    return programmeDetail(db, session, (await findProgramme(db, id))!);
  });

  register(app, getProgramme, async ({ params, session, db }) =>
    programmeDetail(db, session, await readableProgramme(db, session, params.id)),
  );

  register(app, updateProgramme, async ({ params, body, session, db }) => {
    const p = await writableProgramme(db, session, params.id);
    await write.updateProgramme(db, session, p, body.version, body);
    return programmeDetail(db, session, (await findProgramme(db, p.id))!);
  });

  register(app, replaceAssignments, async ({ params, body, session, db }) => {
    const p = await writableProgramme(db, session, params.id);
    await write.replaceAssignments(db, session, p, body.version, body.rows);
    return programmeDetail(db, session, (await findProgramme(db, p.id))!);
  });

  register(app, previewAssignmentImport, async ({ params, body, session, db }) => {
    const p = await writableProgramme(db, session, params.id);
    return analyseAssignmentFile(db, p, body);
  });

  register(app, importAssignments, async ({ params, body, session, db }) => {
    const p = await writableProgramme(db, session, params.id);
    const rows = rowsToCommit(await analyseAssignmentFile(db, p, body));
    await write.replaceAssignments(db, session, p, body.version, rows, 'import');
    return programmeDetail(db, session, (await findProgramme(db, p.id))!);
  });

  register(app, openProgrammeReview, async ({ params, body, session, db }) => {
    const p = await writableProgramme(db, session, params.id);
    await openReview(db, session, p, body);
    return programmeDetail(db, session, (await findProgramme(db, p.id))!);
  });

  register(app, getReviewReport, async ({ params, session, db }) => {
    const { r, p } = await readableReport(db, session, params.id);
    return presentReport(db, session, r, p);
  });

  const afterWrite = async (
    db: Parameters<typeof readableReport>[0],
    session: Parameters<typeof readableReport>[1],
    id: number,
  ) => {
    const { r, p } = await readableReport(db, session, id);
    return presentReport(db, session, r, p);
  };

  register(app, saveReviewReport, async ({ params, body, session, db }) => {
    const { r, p } = await readableReport(db, session, params.id);
    await writeReport(db, session, r, p, { ...body, submit: false });
    return afterWrite(db, session, r.id);
  });

  register(app, submitReviewReport, async ({ params, body, session, db }) => {
    const { r, p } = await readableReport(db, session, params.id);
    await writeReport(db, session, r, p, { version: body.version, submit: true });
    return afterWrite(db, session, r.id);
  });

  register(app, decideReviewReport, async ({ params, body, session, db }) => {
    const { r, p } = await readableReport(db, session, params.id);
    await decideReport(db, session, r, p, body);
    return afterWrite(db, session, r.id);
  });

  register(app, compileProgrammeReview, async ({ params, body, session, db }) => {
    const p = await writableProgramme(db, session, params.id);
    await compileReview(db, session, p, body.version);
    return programmeDetail(db, session, p);
  });

  register(app, saveProgrammeReview, async ({ params, body, session, db }) => {
    const p = await writableProgramme(db, session, params.id);
    await editCompiled(db, session, p, body);
    return programmeDetail(db, session, p);
  });

  register(app, createNextPlan, async ({ params, body, session, db }) => {
    const p = await writableProgramme(db, session, params.id);
    return { planId: await nextPlan(db, session, p, body) };
  });

  const documentOf = async (
    db: Parameters<typeof readableProgramme>[0],
    session: Parameters<typeof readableProgramme>[1],
    id: number,
  ) => {
    const p = await writableProgramme(db, session, id);
    const review = await reviewOrThrow(db, p);
    return { p, input: await reviewDocumentInput(db, p, review) };
  };

  registerDownload(app, downloadProgrammeReviewWord, async ({ params, session, db }) => {
    const { p, input } = await documentOf(db, session, params.id);
    await recordAudit(db, session, {
      action: 'export',
      entity: 'programme_review',
      entityId: p.id,
      unitPath: p.unitPath,
      summary: `Tải báo cáo tổng kết chương trình "${p.title}" (Word)`,
    });
    return {
      filename: `Bao-cao-tong-ket-${p.yearFrom}-${p.yearTo}.docx`,
      body: await renderProgrammeReviewDocx(input),
    };
  });

  registerDownload(app, downloadProgrammeReviewExcel, async ({ params, session, db }) => {
    const { p, input } = await documentOf(db, session, params.id);
    return {
      filename: `So-lieu-tong-ket-${p.yearFrom}-${p.yearTo}.xlsx`,
      body: await renderReviewXlsx(input),
    };
  });
}
