import type ExcelJS from 'exceljs';
import { newWorkbook } from './exceljs.ts';
import { formatDateVi } from '@papi/domain';
import {
  REPORTING_STATE_LABELS,
  indicatorTotal,
  reportingCounts,
  statusCounts,
  type ConsolidatedReportInput,
} from './consolidated-input.ts';
import { consolidatedSubject } from './consolidated-docx.ts';

const PERCENT = '0.0%';
const NUMBER = '#,##0.##';

function sheetOf(workbook: ExcelJS.Workbook, name: string, header: string[], widths: number[]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const head = sheet.addRow(header);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'middle' };
  head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  return sheet;
}

/** Reporting rate and task totals for the whole period. */
function summary(workbook: ExcelJS.Workbook, r: ConsolidatedReportInput) {
  const sheet = sheetOf(workbook, 'Tổng hợp', ['Chỉ tiêu', 'Giá trị'], [48, 18]);
  const c = reportingCounts(r.reporting);
  const tasks = r.dimensions.flatMap((d) => d.tasks);
  const counts = statusCounts(tasks);
  const rows: [string, number | string][] = [
    ['Báo cáo', consolidatedSubject(r)],
    ['Kỳ báo cáo', r.periodLabel],
    ['Số liệu', r.windowLabel],
    ['Đơn vị phải báo cáo', c.expected],
    ['Đã gửi', c.submitted],
    ['Gửi đúng hạn', c.on_time],
    ['Gửi muộn', c.late],
    ['Trả lại, chưa gửi lại', c.returned],
    ['Chưa gửi', c.missing],
    ['Tỷ lệ gửi báo cáo', c.expected ? c.submitted / c.expected : 0],
    ['Tổng số nhiệm vụ', tasks.length],
    ...r.statuses.map((s): [string, number] => [
      `Nhiệm vụ: ${s.label.toLowerCase()}`,
      counts[s.key] ?? 0,
    ]),
  ];
  for (const [label, value] of rows) sheet.addRow([label, value]);
  sheet.getCell('B11').numFmt = PERCENT;
  sheet.getColumn(2).alignment = { horizontal: 'left' };
}

/** One row per unit: how it reported and its tasks by status over all dimensions. */
function byUnit(workbook: ExcelJS.Workbook, r: ConsolidatedReportInput) {
  const keys = r.statuses.map((s) => s.key);
  const sheet = sheetOf(
    workbook,
    'Theo đơn vị',
    [
      'Đơn vị',
      'Hạn gửi',
      'Ngày gửi',
      'Tình trạng báo cáo',
      ...r.statuses.map((s) => s.label),
      'Tổng',
    ],
    [34, 12, 12, 20, ...keys.map(() => 13), 10],
  );
  const totals = new Map<string, Record<string, number>>();
  for (const d of r.dimensions) {
    for (const u of d.byUnit) {
      const t = totals.get(u.unitName) ?? {};
      for (const k of keys) t[k] = (t[k] ?? 0) + (u.counts[k] ?? 0);
      totals.set(u.unitName, t);
    }
  }
  for (const row of r.reporting) {
    const t = totals.get(row.unitName) ?? {};
    const values = keys.map((k) => t[k] ?? 0);
    sheet.addRow([
      row.unitName,
      formatDateVi(row.dueDate),
      row.submittedOn ? formatDateVi(row.submittedOn) : '',
      REPORTING_STATE_LABELS[row.state],
      ...values,
      values.reduce((a, b) => a + b, 0),
    ]);
  }
}

/** One row per dimension: its tasks by status. */
function byDimension(workbook: ExcelJS.Workbook, r: ConsolidatedReportInput) {
  const sheet = sheetOf(
    workbook,
    'Theo nội dung',
    ['Mã', 'Nội dung', ...r.statuses.map((s) => s.label), 'Tổng'],
    [8, 46, ...r.statuses.map(() => 13), 10],
  );
  for (const d of r.dimensions) {
    const c = statusCounts(d.tasks);
    sheet.addRow([d.code, d.name, ...r.statuses.map((s) => c[s.key] ?? 0), d.tasks.length]);
  }
}

/** Indicators with each unit's value in its own column and the combined result. */
function indicators(workbook: ExcelJS.Workbook, r: ConsolidatedReportInput) {
  const units = r.reporting.map((u) => u.unitName);
  const sheet = sheetOf(
    workbook,
    'Chỉ tiêu',
    ['Mã', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch', 'Kết quả', ...units],
    [8, 46, 12, 12, 12, ...units.map(() => 16)],
  );
  const groups = [...r.dimensions, { code: '', indicators: r.indicators }];
  for (const d of groups) {
    for (const ind of d.indicators) {
      const value = new Map(ind.values.map((v) => [v.unitName, v.value]));
      const row = sheet.addRow([
        d.code,
        ind.name,
        ind.unit,
        ind.target,
        indicatorTotal(ind),
        ...units.map((u) => value.get(u) ?? null),
      ]);
      for (let c = 4; c <= 5 + units.length; c++) row.getCell(c).numFmt = NUMBER;
    }
  }
}

/** Every task with its status: the rows behind the counts. */
function tasks(workbook: ExcelJS.Workbook, r: ConsolidatedReportInput) {
  const label = new Map(r.statuses.map((s) => [s.key, s.label]));
  const sheet = sheetOf(
    workbook,
    'Nhiệm vụ',
    ['Mã nội dung', 'TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình trạng', 'Tiến độ (%)'],
    [10, 8, 60, 30, 16, 16, 12],
  );
  for (const d of r.dimensions) {
    for (const t of d.tasks) {
      const row = sheet.addRow([
        d.code,
        t.number,
        t.title,
        t.lead,
        t.deadline,
        label.get(t.status) ?? t.status,
        t.percent,
      ]);
      row.getCell(3).alignment = { wrapText: true, vertical: 'top' };
    }
  }
}

/** Citizens' feedback of the window per handling agency (a sheet only when there was any). */
function feedback(workbook: ExcelJS.Workbook, r: ConsolidatedReportInput) {
  if (!r.feedback.length) return;
  const sheet = sheetOf(
    workbook,
    'Phản ánh',
    [
      'Cơ quan xử lý',
      'Tiếp nhận',
      'Đã trả lời',
      'Đúng hạn',
      'Trễ hạn',
      'Quá hạn chưa trả lời',
      'Số ngày làm việc TB',
      'Số lượt đánh giá',
      'Hài lòng (1–5)',
    ],
    [40, 12, 12, 12, 12, 14, 14, 12, 12],
  );
  for (const x of r.feedback)
    sheet.addRow([
      x.name,
      x.received,
      x.answered,
      x.onTime,
      x.late,
      x.overdue,
      x.averageDays,
      x.ratings,
      x.satisfaction,
    ]).numFmt = NUMBER;
}

/** The numbers of a consolidated report as a workbook. */
export async function renderConsolidatedXlsx(r: ConsolidatedReportInput): Promise<Uint8Array> {
  const workbook = await newWorkbook();
  workbook.creator = 'PAPI Hub';
  summary(workbook, r);
  byUnit(workbook, r);
  byDimension(workbook, r);
  indicators(workbook, r);
  tasks(workbook, r);
  feedback(workbook, r);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
