import type { Hono } from 'hono';
import { sql, type SQL } from 'drizzle-orm';
import {
  acceptReport,
  createReport,
  getReport,
  listReportEvidence,
  listReports,
  listReportVersions,
  returnReport,
  submitReport,
  updateReport,
  uploadReportEvidence,
} from '@papi/contracts';
import { register, type AppEnv } from '../../platform/http.ts';
import { transactionWithEvents } from '../../platform/events.ts';
import { conflict, forbidden } from '../../platform/errors.ts';
import { inScopeSql } from '../units/units.repository.ts';
import { scopedUnit } from '../execution/scoped-unit.ts';
import { saveEvidence } from '../execution/evidence.service.ts';
import { presentEvidence, selectEvidence } from '../execution/evidence.repository.ts';
import { readableRegime } from './regimes.routes.ts';
import { findRegime } from './regimes.repository.ts';
import * as repo from './reports.repository.ts';
import { canWriteReport, presentSummary, readableReport, reportDetail } from './reports.access.ts';
import { createDraft, review, submit, updateContent } from './reports.service.ts';
import type { Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';

async function detail(db: Executor, session: Session, id: number) {
  const r = (await repo.findReport(db, id))!;
  return reportDetail(db, session, id, (await findRegime(db, r.regime_id))!.definition);
}

export function registerReportRoutes(app: Hono<AppEnv>) {
  register(app, listReports, async ({ query, session, db }) => {
    const visible = inScopeSql(sql`r.unit_path`, session.actor.scopePaths);
    const where: SQL[] = [
      session.agencyId === null ? visible : sql`(${visible} or r.agency_id = ${session.agencyId})`,
    ];
    if (query.regimeId) where.push(sql`r.regime_id = ${query.regimeId}`);
    if (query.periodKey) where.push(sql`pe.key = ${query.periodKey}`);
    if (query.status) where.push(sql`r.status = ${query.status}`);
    if (query.unitId) {
      const unit = await scopedUnit(db, session, query.unitId);
      where.push(sql`r.unit_path like ${`${unit.path}%`}`);
    }
    if (query.receivedBy) {
      const unit = await scopedUnit(db, session, query.receivedBy);
      where.push(sql`r.receiver_unit_id = ${unit.id}`);
    }
    const { rows, total } = await repo.selectReports(
      db,
      sql.join(where, sql` and `),
      query.pageSize,
      (query.page - 1) * query.pageSize,
    );
    return { items: rows.map(presentSummary), total };
  });

  register(app, getReport, async ({ params, session, db }) => {
    await readableReport(db, session, params.id);
    return detail(db, session, params.id);
  });

  register(app, listReportVersions, async ({ params, session, db }) => {
    const r = await readableReport(db, session, params.id);
    return { items: await repo.listVersions(db, r.id) };
  });

  register(app, createReport, async ({ body, session, db }) => {
    const g = await readableRegime(db, session, body.regimeId);
    const r = await createDraft(db, session, g, body);
    return detail(db, session, r.id);
  });

  register(app, updateReport, async ({ params, body, session, db }) => {
    const r = await readableReport(db, session, params.id);
    await updateContent(db, session, r, body.version, body.content);
    return detail(db, session, r.id);
  });

  register(
    app,
    submitReport,
    async ({ params, body, session, c }) =>
      transactionWithEvents(c.var.database.db, async (tx, emit) => {
        const r = await readableReport(tx, session, params.id);
        await submit(tx, emit, session, r, body.version);
        return detail(tx, session, r.id);
      }),
    { transaction: false },
  );

  for (const [contract, action] of [
    [acceptReport, 'accept'],
    [returnReport, 'return'],
  ] as const) {
    register(
      app,
      contract,
      async ({ params, body, session, c }) =>
        transactionWithEvents(c.var.database.db, async (tx, emit) => {
          const r = await readableReport(tx, session, params.id);
          await review(tx, emit, session, r, body, action);
          return detail(tx, session, r.id);
        }),
      { transaction: false },
    );
  }

  register(app, listReportEvidence, async ({ params, session, db }) => {
    const r = await readableReport(db, session, params.id);
    const rows = await selectEvidence(db, sql`e.report_id = ${r.id}`);
    return { items: rows.map((e) => presentEvidence(e, session.userId)) };
  });

  register(app, uploadReportEvidence, async ({ params, session, db, c }) => {
    const r = await readableReport(db, session, params.id);
    if (!canWriteReport(session, r)) {
      throw forbidden('Chỉ chính đơn vị (hoặc cơ quan) báo cáo được đính kèm tệp.');
    }
    if (r.status !== 'draft' && r.status !== 'returned') {
      throw conflict('Báo cáo đã gửi, không đính kèm thêm tệp được.');
    }
    return saveEvidence(c, db, session, {
      unitPath: r.unit_path,
      reportId: r.id,
      what: `báo cáo ${r.period_label} của ${r.agency_name ?? r.u_full_name}`,
    });
  });
}
