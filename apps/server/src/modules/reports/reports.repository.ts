import { sql, type SQL } from 'drizzle-orm';
import type { ReporterLevel, ReportStatus } from '@papi/domain';
import type { TReportContent, TReportVersion, TTaskSnapshot, TUnitRef } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import { pagedTotal } from '../../db/paging.ts';

export interface ReportRow extends Record<string, unknown> {
  id: number;
  regime_id: number;
  regime_code: string;
  regime_name: string;
  period_id: number;
  period_key: string;
  period_label: string;
  period_year: number;
  window_from: string;
  window_to: string;
  period_due: Partial<Record<ReporterLevel, string>>;
  unit_id: number;
  unit_path: string;
  agency_id: number | null;
  agency_name: string | null;
  level: ReporterLevel;
  receiver_unit_id: number;
  receiver_path: string;
  due_on: string;
  status: ReportStatus;
  version_no: number;
  first_submitted_at: string | null;
  version: number;
  updated_at: string;
  u_id: number;
  u_code: string;
  u_name: string;
  u_full_name: string;
  u_level: TUnitRef['level'];
  r_id: number;
  r_code: string;
  r_name: string;
  r_full_name: string;
  r_level: TUnitRef['level'];
  total: number;
}

export const REPORT_FROM = sql`report r
  join reporting_regime g on g.id = r.regime_id
  join report_period pe on pe.id = r.period_id
  join admin_unit u on u.id = r.unit_id
  join admin_unit ru on ru.id = r.receiver_unit_id
  left join agency a on a.id = r.agency_id`;

const COLUMNS = sql`
  r.id, r.regime_id, g.code as regime_code, g.name as regime_name, r.period_id,
  pe.key as period_key, pe.label as period_label, pe.year as period_year,
  pe.window_from::text as window_from, pe.window_to::text as window_to, pe.due as period_due,
  r.unit_id, r.unit_path, r.agency_id, a.name as agency_name, r.level, r.receiver_unit_id,
  r.receiver_path, r.due_on::text as due_on, r.status, r.version_no,
  r.first_submitted_at::text as first_submitted_at, r.version, r.updated_at::text as updated_at,
  u.id as u_id, u.code as u_code, u.name as u_name, u.full_name as u_full_name, u.level as u_level,
  ru.id as r_id, ru.code as r_code, ru.name as r_name, ru.full_name as r_full_name,
  ru.level as r_level`;

export async function selectReports(
  db: Executor,
  where: SQL,
  limit: number,
  offset: number,
): Promise<{ rows: ReportRow[]; total: number }> {
  const r = await db.execute<ReportRow>(sql`
    select ${COLUMNS}, count(*) over ()::int as total from ${REPORT_FROM}
     where ${where} order by r.due_on desc, r.id desc limit ${limit} offset ${offset}`);
  return { rows: r.rows, total: await pagedTotal(db, r.rows, offset, REPORT_FROM, where) };
}

export async function findReport(db: Executor, id: number): Promise<ReportRow | null> {
  return (await selectReports(db, sql`r.id = ${id}`, 1, 0)).rows[0] ?? null;
}

interface VersionRow extends Record<string, unknown> {
  version_no: number;
  status: ReportStatus;
  content: TReportContent;
  snapshot: TTaskSnapshot | null;
  submitted_at: string | null;
  submitted_by: number | null;
  submitter: string | null;
  reviewed_at: string | null;
  reviewed_by: number | null;
  reviewer: string | null;
  review_comment: string | null;
}

const iso = (t: string | null) => (t === null ? null : new Date(t).toISOString());

export async function listVersions(db: Executor, reportId: number): Promise<TReportVersion[]> {
  const r = await db.execute<VersionRow>(sql`
    select v.version_no, v.status, v.content, v.snapshot, v.submitted_at::text as submitted_at,
           v.submitted_by, s.full_name as submitter, v.reviewed_at::text as reviewed_at,
           v.reviewed_by, w.full_name as reviewer, v.review_comment
      from report_version v
      left join app_user s on s.id = v.submitted_by
      left join app_user w on w.id = v.reviewed_by
     where v.report_id = ${reportId} order by v.version_no`);
  return r.rows.map((v) => ({
    versionNo: v.version_no,
    status: v.status,
    content: v.content,
    snapshot: v.snapshot,
    submittedAt: iso(v.submitted_at),
    submittedBy:
      v.submitted_by === null ? null : { id: v.submitted_by, fullName: v.submitter ?? '' },
    reviewedAt: iso(v.reviewed_at),
    reviewedBy: v.reviewed_by === null ? null : { id: v.reviewed_by, fullName: v.reviewer ?? '' },
    reviewComment: v.review_comment,
  }));
}

/** The stored row of a period, created the first time a report refers to it. */
export async function ensurePeriod(
  db: Executor,
  regimeId: number,
  p: {
    key: string;
    label: string;
    year: number;
    window: { from: string; to: string };
    due: Record<string, string>;
  },
): Promise<number> {
  await db.execute(sql`
    insert into report_period (regime_id, key, label, year, window_from, window_to, due)
    values (${regimeId}, ${p.key}, ${p.label}, ${p.year}, ${p.window.from}, ${p.window.to},
            ${JSON.stringify(p.due)}::jsonb)
    on conflict (regime_id, key) do nothing`);
  const r = await db.execute<{ id: number }>(
    sql`select id from report_period where regime_id = ${regimeId} and key = ${p.key}`,
  );
  return r.rows[0]!.id;
}

/** Indicators of the issued plans a reporter's tasks come from (or of its own plans). */
export async function indicatorDefsFor(db: Executor, unitPath: string, agencyId: number | null) {
  const r = await db.execute<{ plan_id: number; code: string; name: string; unit: string }>(sql`
    select distinct i.plan_id, i.code, i.name, i.unit, i.position from plan_indicator i
     where i.plan_id in (
       select s.plan_id from task_state s
        where ${agencyId === null ? sql`s.unit_path = ${unitPath}` : sql`s.lead_agency_ids @> array[${agencyId}]::int[]`})
     order by i.plan_id, i.position`);
  return r.rows.map((x) => ({ planId: x.plan_id, code: x.code, name: x.name, unit: x.unit }));
}
