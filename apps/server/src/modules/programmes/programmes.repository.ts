import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import type { ProposedSolution, ReviewReportVersion, ReviewSections } from './programmes.table.ts';

export interface ProgrammeRecord {
  id: number;
  unitId: number;
  unitPath: string;
  frameworkCode: string;
  title: string;
  yearFrom: number;
  yearTo: number;
  decisionNumber: string;
  decisionDate: string | null;
  planIds: number[];
  version: number;
  updatedAt: string;
}

interface ProgrammeRow extends Record<string, unknown> {
  id: number;
  unit_id: number;
  unit_path: string;
  framework_code: string;
  title: string;
  year_from: number;
  year_to: number;
  decision_number: string;
  decision_date: string | null;
  plan_ids: number[];
  version: number;
  updated_at: string;
}

const presentProgramme = (r: ProgrammeRow): ProgrammeRecord => ({
  id: r.id,
  unitId: r.unit_id,
  unitPath: r.unit_path,
  frameworkCode: r.framework_code,
  title: r.title,
  yearFrom: r.year_from,
  yearTo: r.year_to,
  decisionNumber: r.decision_number,
  decisionDate: r.decision_date,
  planIds: r.plan_ids ?? [],
  version: r.version,
  updatedAt: new Date(r.updated_at).toISOString(),
});

const selectProgrammes = (where: SQL, tail: SQL = sql``) => sql`
  select p.id, p.unit_id, u.path as unit_path, p.framework_code, p.title, p.year_from,
         p.year_to, p.decision_number, p.decision_date::text as decision_date, p.plan_ids,
         p.version, p.updated_at::text as updated_at
    from programme p join admin_unit u on u.id = p.unit_id
   where ${where} ${tail}`;

export async function findProgramme(db: Executor, id: number): Promise<ProgrammeRecord | null> {
  const r = await db.execute<ProgrammeRow>(selectProgrammes(sql`p.id = ${id}`));
  return r.rows[0] ? presentProgramme(r.rows[0]) : null;
}

/** A page of programmes matching `where`, newest period first. */
export async function pageProgrammes(
  db: Executor,
  where: SQL,
  page: number,
  pageSize: number,
): Promise<{ items: ProgrammeRecord[]; total: number }> {
  const [rows, count] = await Promise.all([
    db.execute<ProgrammeRow>(
      selectProgrammes(
        where,
        sql`order by p.year_from desc, p.id desc limit ${pageSize} offset ${(page - 1) * pageSize}`,
      ),
    ),
    db.execute<{ n: number }>(sql`
      select count(*)::int as n from programme p join admin_unit u on u.id = p.unit_id
       where ${where}`),
  ]);
  return { items: rows.rows.map(presentProgramme), total: count.rows[0]?.n ?? 0 };
}

export interface ReviewRecord {
  id: number;
  programmeId: number;
  dueOn: string;
  compiled: { sections: ReviewSections; solutions: ProposedSolution[] } | null;
  nextPlanId: number | null;
  version: number;
}

export async function findReview(db: Executor, programmeId: number): Promise<ReviewRecord | null> {
  const r = await db.execute<{
    id: number;
    programme_id: number;
    due_on: string;
    compiled: ReviewRecord['compiled'];
    next_plan_id: number | null;
    version: number;
  }>(sql`
    select id, programme_id, due_on::text as due_on, compiled, next_plan_id, version
      from programme_review where programme_id = ${programmeId}`);
  const x = r.rows[0];
  return x
    ? {
        id: x.id,
        programmeId: x.programme_id,
        dueOn: x.due_on,
        compiled: x.compiled,
        nextPlanId: x.next_plan_id,
        version: x.version,
      }
    : null;
}

export interface ReviewReportRecord {
  id: number;
  reviewId: number;
  programmeId: number;
  dueOn: string;
  unitId: number;
  unitName: string;
  unitPath: string;
  agencyId: number | null;
  agencyName: string | null;
  elementCodes: string[];
  status: 'draft' | 'submitted' | 'accepted' | 'returned';
  versionNo: number;
  sections: ReviewSections;
  history: ReviewReportVersion[];
  returnReason: string | null;
  submittedAt: string | null;
  version: number;
}

interface ReportRow extends Record<string, unknown> {
  id: number;
  review_id: number;
  programme_id: number;
  due_on: string;
  unit_id: number;
  unit_name: string;
  unit_path: string;
  agency_id: number | null;
  agency_name: string | null;
  element_codes: string[];
  status: ReviewReportRecord['status'];
  version_no: number;
  sections: ReviewSections;
  history: ReviewReportVersion[];
  return_reason: string | null;
  submitted_at: string | null;
  version: number;
}

const presentReport = (r: ReportRow): ReviewReportRecord => ({
  id: r.id,
  reviewId: r.review_id,
  programmeId: r.programme_id,
  dueOn: r.due_on,
  unitId: r.unit_id,
  unitName: r.unit_name,
  unitPath: r.unit_path,
  agencyId: r.agency_id,
  agencyName: r.agency_name,
  elementCodes: r.element_codes ?? [],
  status: r.status,
  versionNo: r.version_no,
  sections: r.sections,
  history: r.history ?? [],
  returnReason: r.return_reason,
  submittedAt: r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
  version: r.version,
});

const selectReports = (where: SQL) => sql`
  select r.id, r.review_id, v.programme_id, v.due_on::text as due_on, r.unit_id,
         u.full_name as unit_name, u.path as unit_path, r.agency_id, a.name as agency_name,
         r.element_codes, r.status, r.version_no, r.sections, r.history, r.return_reason,
         r.submitted_at::text as submitted_at, r.version
    from programme_review_report r
    join programme_review v on v.id = r.review_id
    join admin_unit u on u.id = r.unit_id
    left join agency a on a.id = r.agency_id
   where ${where}
   order by (r.agency_id is null), a.name, u.full_name, r.id`;

export async function findReviewReport(
  db: Executor,
  id: number,
): Promise<ReviewReportRecord | null> {
  const r = await db.execute<ReportRow>(selectReports(sql`r.id = ${id}`));
  return r.rows[0] ? presentReport(r.rows[0]) : null;
}

export async function listReviewReports(
  db: Executor,
  reviewId: number,
): Promise<ReviewReportRecord[]> {
  const r = await db.execute<ReportRow>(selectReports(sql`r.review_id = ${reviewId}`));
  return r.rows.map(presentReport);
}
