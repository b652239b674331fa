import { formatDateVi, type FeedbackStatRow } from '@papi/domain';
import { dataTable, type GridCell } from './decree30.table.ts';
import {
  REPORTING_STATE_LABELS,
  formatNumberVi,
  indicatorTotal,
  type ConsolidatedReportInput,
  type DimensionSection,
  type ReportingRow,
} from './consolidated-input.ts';

// Column widths add up to the portrait text width (160 mm).
const left = (text: string): GridCell => ({ text, align: 'left' });
const num = (n: number): GridCell => ({ text: formatNumberVi(n, 0), align: 'center' });
const TOTAL_FILL = 'F2F2F2';

/** Reporting rate: one row per unit that had to report. */
export function reportingTable(rows: ReportingRow[]) {
  return dataTable(
    [12, 68, 26, 26, 28],
    ['TT', 'Đơn vị', 'Hạn gửi', 'Ngày gửi', 'Tình trạng'],
    rows.map((r, i) => [
      String(i + 1),
      left(r.unitName),
      formatDateVi(r.dueDate),
      r.submittedOn ? formatDateVi(r.submittedOn) : '–',
      {
        text: REPORTING_STATE_LABELS[r.state],
        bold: r.state === 'missing' || r.state === 'late',
      },
    ]),
    11,
  );
}

/** The dimension's tasks with their status as of the end of the window. */
export function taskTable(d: DimensionSection, input: ConsolidatedReportInput) {
  const label = new Map(input.statuses.map((s) => [s.key, s.label]));
  return dataTable(
    [12, 66, 36, 24, 22],
    ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình trạng'],
    d.tasks.map((t) => [
      t.number,
      { text: t.title, align: 'justified' },
      left(t.lead),
      t.deadline,
      t.percent !== null && t.status !== 'done'
        ? `${label.get(t.status) ?? t.status}\n(${t.percent}%)`
        : (label.get(t.status) ?? t.status),
    ]),
    11,
  );
}

/** Task counts by status, one row per unit, with a total row. */
export function unitStatusTable(d: DimensionSection, input: ConsolidatedReportInput) {
  const keys = input.statuses.map((s) => s.key);
  const statusMm = Math.floor(90 / keys.length);
  const nameMm = 160 - 12 - 16 - statusMm * keys.length;
  const sum = (counts: Record<string, number>) => keys.reduce((a, k) => a + (counts[k] ?? 0), 0);
  // The total row adds up the unit rows (each unit carries out the tasks at its level).
  const totals: Record<string, number> = {};
  for (const u of d.byUnit) for (const k of keys) totals[k] = (totals[k] ?? 0) + (u.counts[k] ?? 0);
  return dataTable(
    [12, nameMm, ...keys.map(() => statusMm), 16],
    ['TT', 'Đơn vị', ...input.statuses.map((s) => s.label), 'Cộng'],
    [
      ...d.byUnit.map((u, i) => [
        String(i + 1),
        left(u.unitName),
        ...keys.map((k) => num(u.counts[k] ?? 0)),
        num(sum(u.counts)),
      ]),
      [
        { text: 'Tổng cộng', span: 2, bold: true, fill: TOTAL_FILL },
        ...keys.map((k) => ({ ...num(totals[k] ?? 0), bold: true, fill: TOTAL_FILL })),
        { ...num(sum(totals)), bold: true, fill: TOTAL_FILL },
      ],
    ],
    11,
  );
}

/** The dimension's numeric indicators: target, combined result, how many units reported. */
export function indicatorTable(d: Pick<DimensionSection, 'indicators'>) {
  return dataTable(
    [12, 72, 20, 18, 20, 18],
    ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch', 'Kết quả', 'Số đơn vị báo cáo'],
    d.indicators.map((ind, i) => [
      String(i + 1),
      { text: ind.name, align: 'justified' },
      ind.unit,
      ind.target === null ? '–' : formatNumberVi(ind.target),
      { text: formatNumberVi(indicatorTotal(ind)), bold: true },
      `${ind.values.filter((v) => v.value !== null).length}/${ind.values.length}`,
    ]),
    11,
  );
}

const oneDecimal = (v: number | null) => (v === null ? '–' : formatNumberVi(v, 1));

/** Citizens' feedback per handling agency: received, answered on time or late, overdue. */
export function feedbackTable(rows: readonly FeedbackStatRow[]) {
  return dataTable(
    [10, 50, 16, 16, 16, 16, 18, 18],
    [
      'TT',
      'Cơ quan xử lý',
      'Tiếp nhận',
      'Đúng hạn',
      'Trễ hạn',
      'Quá hạn chưa trả lời',
      'Số ngày làm việc TB',
      'Hài lòng (1–5)',
    ],
    rows.map((r, i) => [
      String(i + 1),
      left(r.name),
      num(r.received),
      num(r.onTime),
      num(r.late),
      { text: formatNumberVi(r.overdue, 0), align: 'center', bold: r.overdue > 0 },
      { text: oneDecimal(r.averageDays), align: 'center' },
      { text: oneDecimal(r.satisfaction), align: 'center' },
    ]),
    10,
  );
}
