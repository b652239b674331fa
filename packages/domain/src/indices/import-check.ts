import { computeTotal, type Edition } from './framework.ts';

/**
 * Rules for one year's official results before they are saved, with no I/O: the server
 * parses the file and matches provinces, this decides what is wrong with the numbers.
 */

/** One province row as read from a file. `unitKey` null: the name matched no province. */
export interface ImportRowInput {
  /** Row number as shown in the spreadsheet (header = 1). */
  row: number;
  unitKey: number | null;
  /** The province as the messages name it (the matched name, else the text of the file). */
  province: string;
  /** Dimension code → score; a missing or empty cell is simply absent. */
  scores: Readonly<Record<string, number>>;
  /** The total written in the file, if the file has one. */
  total: number | null;
}

export type ImportIssueKind = 'out_of_range' | 'total_mismatch' | 'duplicate' | 'partial' | 'empty';

export interface ImportIssue {
  severity: 'error' | 'warning';
  kind: ImportIssueKind;
  row: number;
  /** Dimension code, 'total' or 'province': the server turns it into a column label. */
  field: string;
  message: string;
}

export interface CheckedRow {
  row: number;
  /** Σ weight·dimension when every dimension has a score, else null (not assessed). */
  computedTotal: number | null;
  /** Saved as assessed: every dimension scored and no error on the row. */
  assessed: boolean;
  /** The row has an error: it cannot be saved as read, so it gets no status of its own. */
  hasError: boolean;
}

/** Published totals are rounded: a difference up to this is the same total. */
export const TOTAL_TOLERANCE = 0.01;

const fmt = (n: number) => String(Math.round(n * 10000) / 10000).replace('.', ',');

/**
 * Checks score ranges (per the edition's dimension min–max), the written total against
 * the sum, duplicate provinces and partial rows. `columnOf` names a field's column for
 * the messages ("cột C (D2)").
 */
export function checkImportRows(
  edition: Edition,
  rows: readonly ImportRowInput[],
  columnOf: (field: string) => string,
): { issues: ImportIssue[]; rows: CheckedRow[] } {
  const issues: ImportIssue[] = [];
  const seen = new Map<number, number>();
  const checked = rows.map((r): CheckedRow => {
    // Every message names the province, so a list of issues reads without the table.
    const where = `Dòng ${r.row} (${r.province || 'không có tên tỉnh'})`;
    const at = (field: string) => `${where}, ${columnOf(field)}`;
    const before = issues.length;
    if (r.unitKey !== null) {
      const first = seen.get(r.unitKey);
      if (first !== undefined) {
        issues.push({
          severity: 'error',
          kind: 'duplicate',
          row: r.row,
          field: 'province',
          message: `${at('province')}: tỉnh này đã có ở dòng ${first} (trùng dòng).`,
        });
      } else seen.set(r.unitKey, r.row);
    }
    let inRange = true;
    for (const d of edition.dimensions) {
      const value = r.scores[d.code];
      if (value === undefined) continue;
      if (value < d.min || value > d.max) {
        inRange = false;
        issues.push({
          severity: 'error',
          kind: 'out_of_range',
          row: r.row,
          field: d.code,
          message: `${at(d.code)}: điểm ${fmt(value)} ngoài khoảng ${fmt(d.min)}–${fmt(d.max)} của lĩnh vực ${d.code}.`,
        });
      }
    }
    const present = edition.dimensions.filter((d) => r.scores[d.code] !== undefined);
    const computedTotal = computeTotal(edition, r.scores);
    if (present.length === 0) {
      issues.push({
        severity: 'warning',
        kind: 'empty',
        row: r.row,
        field: 'province',
        message: `${where}: tỉnh không có điểm nào, sẽ được ghi là "không đánh giá".`,
      });
    } else if (computedTotal === null) {
      const missing = edition.dimensions.filter((d) => r.scores[d.code] === undefined);
      issues.push({
        severity: 'warning',
        kind: 'partial',
        row: r.row,
        field: missing[0]!.code,
        message: `${where}: thiếu điểm ${missing.map((d) => d.code).join(', ')}; tỉnh sẽ được ghi là "không đánh giá" (giữ điểm từng phần, không tính tổng, hạng, nhóm).`,
      });
    }
    if (r.total !== null && inRange) {
      if (computedTotal === null) {
        if (present.length > 0) {
          issues.push({
            severity: 'error',
            kind: 'total_mismatch',
            row: r.row,
            field: 'total',
            message: `${at('total')}: có tổng điểm ${fmt(r.total)} nhưng thiếu điểm lĩnh vực, không kiểm tra được tổng.`,
          });
        }
      } else if (Math.abs(computedTotal - r.total) > TOTAL_TOLERANCE + 1e-9) {
        issues.push({
          severity: 'error',
          kind: 'total_mismatch',
          row: r.row,
          field: 'total',
          message: `${at('total')}: tổng điểm ${fmt(r.total)} khác tổng các lĩnh vực ${fmt(computedTotal)} (lệch quá ±${fmt(TOTAL_TOLERANCE)}).`,
        });
      }
    }
    const hasError = issues.slice(before).some((i) => i.severity === 'error');
    return { row: r.row, computedTotal, assessed: computedTotal !== null && !hasError, hasError };
  });
  return { issues, rows: checked };
}
