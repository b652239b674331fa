import { newWorkbook } from '../../platform/documents/exceljs.ts';
import { sql } from 'drizzle-orm';
import { REPORT_STATUS_LABELS, REVIEW_SECTION_KEYS, REVIEW_SECTION_LABELS } from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import { todayVn } from '../../platform/clock.ts';
import type { ProgrammeReviewInput } from '../../platform/documents/programme-review-docx.ts';
import { listAssignments } from './programmes.assignments.repository.ts';
import { prefillReport } from './programmes.prefill.ts';
import {
  listReviewReports,
  type ProgrammeRecord,
  type ReviewRecord,
} from './programmes.repository.ts';
import { programmeGoals, unitRef } from './programmes.service.ts';

/**
 * Everything the compiled review shows: goals and verdicts, each assigned element's scores
 * and its lead agency's tasks (prefilled as the agency's own report is), every report's
 * state and narrative, and the coordinator's edited text and solutions.
 */
export async function reviewDocumentInput(
  db: Executor,
  p: ProgrammeRecord,
  review: ReviewRecord,
): Promise<ProgrammeReviewInput> {
  const unit = await unitRef(db, p.unitId);
  const assignments = await listAssignments(db, { programmeId: p.id });
  const reports = await listReviewReports(db, review.id);
  const byLead = new Map<number, string[]>();
  for (const a of assignments)
    byLead.set(a.leadAgencyId, [...(byLead.get(a.leadAgencyId) ?? []), a.elementCode]);
  const elements: ProgrammeReviewInput['elements'] = [];
  for (const [agencyId, codes] of byLead) {
    const own = reports.find((r) => r.agencyId === agencyId);
    const prefill = await prefillReport(db, p, {
      ...(own ?? reports[0]!),
      agencyId,
      unitId: own?.unitId ?? p.unitId,
      elementCodes: codes,
    });
    for (const e of prefill.elements) {
      const a = assignments.find((x) => x.elementCode === e.code)!;
      elements.push({
        code: e.code,
        name: e.name,
        lead: a.leadAgencyName,
        cooperating: a.cooperatingAgencyNames,
        years: e.years,
        tasks: e.tasks,
      });
    }
  }
  elements.sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
  const agencyNames = new Map(assignments.map((a) => [a.leadAgencyId, a.leadAgencyName]));
  const names = await db.execute<{ id: number; name: string }>(sql`
    select id, name from agency
     where id = any(${sql.param((review.compiled?.solutions ?? []).map((s) => s.leadAgencyId ?? 0))}::int[])`);
  for (const n of names.rows) agencyNames.set(n.id, n.name);
  const today = todayVn();
  const years = Array.from({ length: p.yearTo - p.yearFrom + 1 }, (_, i) => p.yearFrom + i);
  return {
    issuer: ['ỦY BAN NHÂN DÂN', unit.fullName.toUpperCase()],
    place: unit.name,
    date: { year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)), day: null },
    unitName: `Ủy ban nhân dân ${unit.fullName.replace(/^Tỉnh /, 'tỉnh ').replace(/^Thành phố /, 'thành phố ')}`,
    programmeTitle: p.title,
    years,
    decision: p.decisionNumber
      ? `Quyết định số ${p.decisionNumber}${p.decisionDate ? ` ngày ${p.decisionDate.split('-').reverse().join('/')}` : ''}`
      : '',
    goals: (await programmeGoals(db, p, unit)).map((g) => ({
      year: g.year,
      title: g.title,
      status: g.evaluation.status,
    })),
    elements,
    agencies: reports.map((r) => ({
      name: r.agencyName ?? r.unitName,
      codes: r.elementCodes,
      status: REPORT_STATUS_LABELS[r.status],
      narrative: r.status === 'accepted' ? r.sections.results : '',
    })),
    sections: review.compiled?.sections ?? {
      results: '',
      shortcomings: '',
      lessons: '',
      proposals: '',
    },
    solutions: (review.compiled?.solutions ?? []).map((s) => ({
      code: s.elementCode,
      content: s.content,
      lead: s.leadAgencyId === null ? '' : (agencyNames.get(s.leadAgencyId) ?? ''),
    })),
    recipients: ['Thường trực Tỉnh ủy', 'Thường trực HĐND tỉnh', 'Các sở, ban, ngành', 'Lưu: VT'],
  };
}

/** The review's numbers as a workbook: goals, elements by year, reports, solutions. */
export async function renderReviewXlsx(r: ProgrammeReviewInput): Promise<Uint8Array> {
  const wb = await newWorkbook();
  wb.creator = 'PAPI Hub';
  const sheet = (name: string, header: string[], rows: (string | number | null)[][]) => {
    const ws = wb.addWorksheet(name);
    ws.addRow(header).font = { bold: true };
    for (const row of rows) ws.addRow(row);
    ws.columns.forEach((c, i) => (c.width = i === 0 ? 14 : Math.max(14, header[i]!.length + 4)));
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  };
  sheet(
    'Mục tiêu',
    ['Năm', 'Mục tiêu', 'Kết quả'],
    r.goals.map((g) => [
      g.year,
      g.title,
      g.status === 'met' ? 'Đạt' : g.status === 'not_met' ? 'Không đạt' : 'Chưa có kết quả',
    ]),
  );
  sheet(
    'Nội dung',
    [
      'Mã',
      'Nội dung',
      'Cơ quan chủ trì',
      ...r.years.flatMap((y) => [`Điểm ${y}`, `Hạng ${y}`]),
      'NV đúng hạn',
      'NV quá hạn',
      'NV chưa xong',
      'NV hủy',
    ],
    r.elements.map((e) => [
      e.code,
      e.name,
      e.lead,
      ...r.years.flatMap((y) => {
        const v = e.years.find((x) => x.year === y);
        return [v?.score ?? null, v?.rank ?? null];
      }),
      e.tasks.on_time,
      e.tasks.late,
      e.tasks.not_done,
      e.tasks.cancelled,
    ]),
  );
  sheet(
    'Báo cáo',
    ['Cơ quan, đơn vị', 'Nội dung', 'Trạng thái'],
    r.agencies.map((a) => [a.name, a.codes.join(', '), a.status]),
  );
  sheet(
    'Tổng hợp',
    ['Phần', 'Nội dung'],
    REVIEW_SECTION_KEYS.map((k) => [REVIEW_SECTION_LABELS[k], r.sections[k]]),
  );
  sheet(
    'Giải pháp kỳ sau',
    ['STT', 'Mã', 'Giải pháp', 'Cơ quan chủ trì'],
    r.solutions.map((s, i) => [i + 1, s.code, s.content, s.lead]),
  );
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
