import { and, eq, sql } from 'drizzle-orm';
import {
  can,
  findPeriod,
  isValidOn,
  reportTransition,
  type ReportAction,
  type ReporterLevel,
} from '@papi/domain';
import type { TReportContent } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import type { Emit, ReportEventPayload } from '../../platform/events.ts';
import { badRequest, conflict, forbidden, notFound, staleVersion } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import { findUnitById } from '../units/units.repository.ts';
import { loadCalendar } from '../execution/holidays.service.ts';
import { now, todayVn } from '../../platform/clock.ts';
import { report, reportVersion } from './reports.table.ts';
import { publishedResults } from './regimes.repository.ts';
import type { RegimeRecord } from './regimes.repository.ts';
import * as repo from './reports.repository.ts';
import type { ReportRow } from './reports.repository.ts';
import { canReviewReport, canWriteReport } from './reports.access.ts';
import { takeSnapshot } from './reports.snapshot.ts';
import { lineagePaths } from './lineage.ts';

const EMPTY: TReportContent = { indicators: [], narratives: [] };
const what = (r: ReportRow) => `báo cáo ${r.period_label} của ${r.agency_name ?? r.u_full_name}`;

/** Resolves who reports, to whom and by when; checks the regime applies to them. */
export async function createDraft(
  db: Executor,
  session: Session,
  g: RegimeRecord,
  input: { periodKey: string; unitId: number; agencyId: number | null },
) {
  if (!g.active) throw conflict('Chế độ báo cáo này đang tạm ngừng áp dụng.');
  const period = findPeriod(
    g.definition,
    input.periodKey,
    await loadCalendar(db, g.unitPath),
    await publishedResults(db),
  );
  if (!period) {
    throw badRequest('UNKNOWN_PERIOD', `Chế độ báo cáo không có kỳ “${input.periodKey}”.`);
  }
  const unit = await findUnitById(db, input.unitId, period.window.to);
  if (
    !unit ||
    !can(session.actor, 'report.read', { unitPath: unit.path, agencyId: input.agencyId })
  )
    throw notFound('Đơn vị');
  let agencyName: string | null = null;
  if (input.agencyId !== null) {
    const a = await db.execute<{ name: string; unit_id: number }>(
      sql`select name, unit_id from agency where id = ${input.agencyId}`,
    );
    if (a.rows[0]?.unit_id !== unit.id) {
      throw badRequest('AGENCY_UNIT', 'Cơ quan báo cáo không thuộc đơn vị đã chọn.');
    }
    agencyName = a.rows[0].name;
  }
  if (!canWriteReport(session, { unit_path: unit.path, agency_id: input.agencyId })) {
    throw forbidden('Chỉ chính đơn vị (hoặc cơ quan) báo cáo được lập báo cáo của mình.');
  }
  const roots = await lineagePaths(db, g.unit.id);
  if (!roots.some((root) => unit.path.startsWith(root))) {
    throw badRequest(
      'REGIME_SCOPE',
      `Chế độ báo cáo “${g.name}” không áp dụng cho ${unit.fullName}.`,
    );
  }
  if (!isValidOn(unit, period.window.to)) {
    throw badRequest('UNIT_NOT_VALID', `${unit.fullName} không còn tồn tại vào cuối kỳ báo cáo.`);
  }
  const level: ReporterLevel = input.agencyId !== null ? 'agency' : (unit.level as ReporterLevel);
  const dueOn = period.due[level];
  if (!g.definition.levels.includes(level) || !dueOn) {
    throw badRequest(
      'LEVEL_NOT_REPORTING',
      `Chế độ báo cáo “${g.name}” không yêu cầu cấp này báo cáo.`,
    );
  }
  const receiver =
    level === 'agency'
      ? unit
      : unit.parentId
        ? await findUnitById(db, unit.parentId, period.window.to)
        : null;
  if (!receiver)
    throw badRequest('NO_RECEIVER', `${unit.fullName} không có cấp trên nhận báo cáo.`);
  const periodId = await repo.ensurePeriod(db, g.id, period);
  const exists = await db.execute<{ id: number }>(sql`
    select id from report where period_id = ${periodId} and unit_id = ${unit.id}
       and coalesce(agency_id, 0) = ${input.agencyId ?? 0}`);
  if (exists.rows[0]) {
    throw conflict(
      `${agencyName ?? unit.fullName} đã có báo cáo ${period.label} (số ${exists.rows[0].id}).`,
      {
        reportId: exists.rows[0].id,
      },
    );
  }
  const [row] = await db
    .insert(report)
    .values({
      periodId,
      regimeId: g.id,
      unitId: unit.id,
      unitPath: unit.path,
      agencyId: input.agencyId,
      level,
      receiverUnitId: receiver.id,
      receiverPath: receiver.path,
      dueOn,
      createdBy: session.userId,
    })
    .returning({ id: report.id });
  await db.insert(reportVersion).values({ reportId: row!.id, versionNo: 1, content: EMPTY });
  const r = (await repo.findReport(db, row!.id))!;
  await recordAudit(db, session, {
    action: 'create',
    entity: 'report',
    entityId: r.id,
    unitPath: r.unit_path,
    summary: `Lập dự thảo ${what(r)}`,
  });
  return r;
}

/** 403 for who, 409 for the status; returns what the action does. */
function check(session: Session, r: ReportRow, action: ReportAction, version: number) {
  const reviewing = action === 'accept' || action === 'return';
  if (reviewing ? !canReviewReport(session, r) : !canWriteReport(session, r)) {
    throw forbidden(
      reviewing
        ? 'Chỉ cấp nhận báo cáo được tiếp nhận hoặc trả lại.'
        : 'Chỉ chính đơn vị (hoặc cơ quan) báo cáo được sửa, gửi báo cáo.',
    );
  }
  const t = reportTransition(r.status, action);
  if (!t.ok) throw conflict(t.reason);
  if (version !== r.version) throw staleVersion(r.version);
  return t;
}

async function bumpReport(db: Executor, r: ReportRow, set: Record<string, unknown>) {
  const done = await db
    .update(report)
    .set({ ...set, version: sql`${report.version} + 1`, updatedAt: now() })
    .where(and(eq(report.id, r.id), eq(report.version, r.version)))
    .returning({ id: report.id });
  if (done.length === 0) throw staleVersion(r.version);
}

async function checkIndicators(db: Executor, r: ReportRow, content: TReportContent) {
  const defs = new Set(
    (await repo.indicatorDefsFor(db, r.unit_path, r.agency_id)).map((d) => d.code),
  );
  content.indicators.forEach((i, n) => {
    if (!defs.has(i.code)) {
      throw badRequest(
        'UNKNOWN_INDICATOR',
        `Chỉ tiêu dòng ${n + 1} (mã “${i.code}”) không có trong kế hoạch của đơn vị.`,
        { row: n + 1, code: i.code },
      );
    }
  });
}

/** Starts the next version (after a return) as a copy, or edits the draft in place. */
async function writableVersion(
  db: Executor,
  r: ReportRow,
  newVersion: boolean,
  content?: TReportContent,
) {
  if (newVersion) {
    const prev = (await repo.listVersions(db, r.id)).find((v) => v.versionNo === r.version_no)!;
    await db.insert(reportVersion).values({
      reportId: r.id,
      versionNo: r.version_no + 1,
      content: content ?? prev.content,
    });
    return r.version_no + 1;
  }
  if (content) {
    await db
      .update(reportVersion)
      .set({ content })
      .where(and(eq(reportVersion.reportId, r.id), eq(reportVersion.versionNo, r.version_no)));
  }
  return r.version_no;
}

export async function updateContent(
  db: Executor,
  session: Session,
  r: ReportRow,
  version: number,
  content: TReportContent,
) {
  const t = check(session, r, 'edit', version);
  await checkIndicators(db, r, content);
  const versionNo = await writableVersion(db, r, t.newVersion, content);
  await bumpReport(db, r, { status: 'draft', versionNo });
  await recordAudit(db, session, {
    action: 'update',
    entity: 'report',
    entityId: r.id,
    unitPath: r.unit_path,
    summary: `Sửa ${what(r)} (phiên bản ${versionNo})`,
  });
}

const payload = (r: ReportRow, versionNo: number, session: Session): ReportEventPayload => ({
  reportId: r.id,
  versionNo,
  regimeId: r.regime_id,
  periodKey: r.period_key,
  unitId: r.unit_id,
  unitPath: r.unit_path,
  agencyId: r.agency_id,
  receiverUnitId: r.receiver_unit_id,
  dueOn: r.due_on,
  userId: session.userId,
});

/** Freezes the task statuses as of the window end into the version and sends it up. */
export async function submit(
  db: Executor,
  emit: Emit,
  session: Session,
  r: ReportRow,
  version: number,
) {
  const t = check(session, r, 'submit', version);
  const versionNo = await writableVersion(db, r, t.newVersion);
  const at = now();
  const snapshot = await takeSnapshot(
    db,
    {
      unitPath: r.unit_path,
      agencyId: r.agency_id,
      window: { from: r.window_from, to: r.window_to },
    },
    at,
  );
  await db
    .update(reportVersion)
    .set({ status: 'submitted', snapshot, submittedAt: at, submittedBy: session.userId })
    .where(and(eq(reportVersion.reportId, r.id), eq(reportVersion.versionNo, versionNo)));
  await bumpReport(db, r, {
    status: 'submitted',
    versionNo,
    firstSubmittedAt: r.first_submitted_at ? new Date(r.first_submitted_at) : at,
  });
  await recordAudit(db, session, {
    action: 'update',
    entity: 'report',
    entityId: r.id,
    unitPath: r.unit_path,
    summary: `Gửi ${what(r)} (phiên bản ${versionNo})${todayVn() > r.due_on ? ', trễ hạn' : ''}`,
  });
  await emit('report.submitted', payload(r, versionNo, session));
}

export async function review(
  db: Executor,
  emit: Emit,
  session: Session,
  r: ReportRow,
  input: { version: number; comment?: string | undefined },
  action: 'accept' | 'return',
) {
  const t = check(session, r, action, input.version);
  await db
    .update(reportVersion)
    .set({
      status: t.to,
      reviewedAt: now(),
      reviewedBy: session.userId,
      reviewComment: input.comment ?? null,
    })
    .where(and(eq(reportVersion.reportId, r.id), eq(reportVersion.versionNo, r.version_no)));
  await bumpReport(db, r, { status: t.to });
  await recordAudit(db, session, {
    action: 'update',
    entity: 'report',
    entityId: r.id,
    unitPath: r.unit_path,
    summary: `${action === 'accept' ? 'Tiếp nhận' : 'Trả lại'} ${what(r)} (phiên bản ${r.version_no})`,
    after: { comment: input.comment ?? null },
  });
  const base = payload(r, r.version_no, session);
  if (action === 'accept') await emit('report.accepted', base);
  else await emit('report.returned', { ...base, comment: input.comment ?? '' });
}
