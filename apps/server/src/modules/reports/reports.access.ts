import { can, classifySubmission, type RegimeDefinition } from '@papi/domain';
import type { TReport, TReportSummary, TReportVersion } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import { notFound } from '../../platform/errors.ts';
import { dayVn, now, todayVn } from '../../platform/clock.ts';
import * as repo from './reports.repository.ts';
import type { ReportRow } from './reports.repository.ts';
import { takeSnapshot } from './reports.snapshot.ts';

export const canReadReport = (s: Session, r: ReportRow) =>
  can(s.actor, 'report.read', { unitPath: r.unit_path, agencyId: r.agency_id });
export const canWriteReport = (s: Session, r: { unit_path: string; agency_id: number | null }) =>
  can(s.actor, 'report.write', { unitPath: r.unit_path, agencyId: r.agency_id });
export const canReviewReport = (s: Session, r: ReportRow) =>
  can(s.actor, 'report.review', { unitPath: r.receiver_path });

export async function readableReport(db: Executor, session: Session, id: number) {
  const r = await repo.findReport(db, id);
  if (!r || !canReadReport(session, r)) throw notFound('Báo cáo');
  return r;
}

const unitOf = (r: ReportRow, p: 'u' | 'r') => ({
  id: r[`${p}_id`],
  code: r[`${p}_code`],
  name: r[`${p}_name`],
  fullName: r[`${p}_full_name`],
  level: r[`${p}_level`],
});

export function presentSummary(r: ReportRow): TReportSummary {
  return {
    id: r.id,
    regime: { id: r.regime_id, code: r.regime_code, name: r.regime_name },
    periodKey: r.period_key,
    periodLabel: r.period_label,
    unit: unitOf(r, 'u'),
    agency: r.agency_id === null ? null : { id: r.agency_id, name: r.agency_name ?? '' },
    level: r.level,
    receiver: unitOf(r, 'r'),
    dueOn: r.due_on,
    status: r.status,
    versionNo: r.version_no,
    firstSubmittedAt: r.first_submitted_at ? new Date(r.first_submitted_at).toISOString() : null,
    submissionState: classifySubmission(
      r.due_on,
      r.first_submitted_at ? dayVn(r.first_submitted_at) : null,
      todayVn(),
    ),
    version: r.version,
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

/** The last returned version when no version after it was sent (see ZReport.pendingReturn). */
function pendingReturn(versions: TReportVersion[]): TReport['pendingReturn'] {
  const last = versions.findLast((v) => v.status === 'returned');
  if (!last || versions.some((v) => v.versionNo > last.versionNo && v.submittedAt)) return null;
  return {
    versionNo: last.versionNo,
    comment: last.reviewComment ?? '',
    reviewedBy: last.reviewedBy,
    reviewedAt: last.reviewedAt,
  };
}

/** The full report: current version, the snapshot (frozen, or a live preview), permissions. */
export async function reportDetail(
  db: Executor,
  session: Session,
  id: number,
  definition: RegimeDefinition,
): Promise<TReport> {
  const r = (await repo.findReport(db, id))!;
  const versions = await repo.listVersions(db, id);
  const current = versions.find((v) => v.versionNo === r.version_no)!;
  const window = { from: r.window_from, to: r.window_to };
  const preview =
    current.snapshot ??
    (await takeSnapshot(db, { unitPath: r.unit_path, agencyId: r.agency_id, window }, now()));
  const editable = r.status === 'draft' || r.status === 'returned';
  return {
    ...presentSummary(r),
    period: {
      key: r.period_key,
      label: r.period_label,
      year: r.period_year,
      window,
      due: r.period_due,
    },
    content: definition.content,
    indicatorDefs: await repo.indicatorDefsFor(db, r.unit_path, r.agency_id),
    current,
    pendingReturn: editable ? pendingReturn(versions) : null,
    preview,
    canEdit: editable && canWriteReport(session, r),
    canReview: r.status === 'submitted' && canReviewReport(session, r),
  };
}
