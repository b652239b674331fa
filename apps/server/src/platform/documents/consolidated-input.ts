import type { FeedbackStatRow, ReporterLevel } from '@papi/domain';
import type { IssueDate } from './decree30.blocks.ts';

/**
 * Everything a consolidated report (the receiving level's report to its superior) says,
 * as plain data: the generators never read tables, so the reporting service builds this
 * from submitted reports and the tests build it by hand.
 */
export interface ConsolidatedReportInput {
  issuingBody: { parent?: string[]; lines: string[] };
  /** The issuer as the text names it: "UBND tỉnh Sơn La". */
  reporter: string;
  /** "/BC-UBND" until registered. */
  number: string;
  place: string;
  date: IssueDate;
  /** "Kế hoạch số 12/KH-UBND ngày 18/02/2026 của UBND tỉnh Sơn La về …". */
  planRef: string;
  /** "6 tháng đầu năm 2026". */
  periodLabel: string;
  /** The data window, shown in the opening paragraph ("từ ngày 01/12/2025 đến ngày 31/05/2026"). */
  windowLabel: string;
  /** Opening paragraphs (bases, "…báo cáo như sau:"). */
  intro: string[];
  /** Task status columns in display order, e.g. done → "Hoàn thành". */
  statuses: { key: string; label: string }[];
  /** Who was to report and how they did. */
  reporting: ReportingRow[];
  dimensions: DimensionSection[];
  /** Indicators not tied to one dimension (a plan's own indicators). */
  indicators: IndicatorLine[];
  /**
   * Citizens' feedback received in the window by the unit and those below, per handling
   * agency (feedback module statistics); none: the section is left out.
   */
  feedback: FeedbackStatRow[];
  /** The compiling level's own assessment; sections without text are left out. */
  assessment: {
    results: string[];
    shortcomings: string[];
    nextSteps: string[];
    proposals: string[];
  };
  signer: { authority: string[]; position: string; name: string };
  recipients: string[];
}

export type ReportingState = 'on_time' | 'late' | 'missing' | 'returned' | 'pending';

export interface ReportingRow {
  unitName: string;
  /** Who the unit is to the compiling level: units that sent nothing are listed per level. */
  level: ReporterLevel;
  dueDate: string;
  /** ISO date of the (last accepted or pending) submission; null if none. */
  submittedOn: string | null;
  state: ReportingState;
}

export interface DimensionSection {
  code: string;
  /** "Tham gia của người dân ở cấp cơ sở". */
  name: string;
  tasks: TaskLine[];
  /** Task counts by status key, one row per reporting unit. */
  byUnit: { unitName: string; counts: Record<string, number> }[];
  indicators: IndicatorLine[];
  /** What the subordinate units wrote for this dimension, gathered for editing. */
  narratives: { unitName: string; results: string; shortcomings: string; proposals: string }[];
}

export interface TaskLine {
  number: string;
  title: string;
  lead: string;
  status: string;
  percent: number | null;
  /** Deadline as written ("Quý II/2026", "30/06/2026"). */
  deadline: string;
}

export interface IndicatorLine {
  name: string;
  /** Đơn vị tính: "cuộc", "%", "xã". */
  unit: string;
  /** How unit values combine into the total: sum (counts) or average (shares). */
  aggregate: 'sum' | 'average';
  target: number | null;
  values: { unitName: string; value: number | null }[];
}

export const REPORTING_STATE_LABELS: Record<ReportingState, string> = {
  on_time: 'Đúng hạn',
  late: 'Muộn',
  missing: 'Chưa gửi',
  returned: 'Trả lại, chưa gửi lại',
  pending: 'Chưa đến hạn',
};

/** The total of an indicator over the units that reported a value (null if none did). */
export function indicatorTotal(line: IndicatorLine): number | null {
  const known = line.values.map((v) => v.value).filter((v): v is number => v !== null);
  if (!known.length) return null;
  const sum = known.reduce((a, b) => a + b, 0);
  return line.aggregate === 'sum' ? sum : sum / known.length;
}

/** Counts of each status over a dimension's tasks. */
export function statusCounts(tasks: TaskLine[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of tasks) out[t.status] = (out[t.status] ?? 0) + 1;
  return out;
}

/** Counts of reports by state. */
export function reportingCounts(rows: ReportingRow[]): Record<ReportingState, number> & {
  expected: number;
  submitted: number;
} {
  const c = { on_time: 0, late: 0, missing: 0, returned: 0, pending: 0 };
  for (const r of rows) c[r.state]++;
  return { ...c, expected: rows.length, submitted: c.on_time + c.late };
}

/** "1.234,5" — Vietnamese number format. */
export function formatNumberVi(n: number | null, digits = 1): string {
  if (n === null) return '–';
  return n.toLocaleString('vi-VN', { maximumFractionDigits: digits });
}
