/**
 * Shared pieces of the survey file imports (submissions, run design): the table as read
 * from a CSV or XLSX file, located issues, and header names matched the way people write
 * them ("Mã nhóm mẫu", "ma_nhom_mau", "MA NHOM MAU" are the same column).
 */
import { foldVietnamese } from '../text/fold.ts';

/** A cell as read: text, a number, or nothing. */
export type TableCell = string | number | null;

export interface ImportTable {
  format: 'csv' | 'xlsx';
  header: string[];
  /** Data rows with their number as shown in the file (header = 1). */
  rows: { row: number; cells: TableCell[] }[];
}

export interface TableIssue {
  severity: 'error' | 'warning';
  code: string;
  /** Row number as in the file; null for the whole file. */
  row: number | null;
  /** Column letter (XLSX) or header (CSV); null when no single column is meant. */
  column: string | null;
  message: string;
}

/** "Mã nhóm mẫu" → "ma_nhom_mau": accents, case and spacing do not matter in headers. */
export function headerKey(header: string): string {
  return foldVietnamese(header)
    .trim()
    .replace(/[\s-]+/g, '_');
}

/** Spreadsheet column letter of a 0-based index: 0 → A, 27 → AB. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** How an issue names a column: its letter in a workbook, its header in a CSV. */
export function columnName(table: ImportTable, index: number): string {
  return table.format === 'xlsx' ? columnLetter(index) : table.header[index] || columnLetter(index);
}

export function cellText(cell: TableCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return String(cell).trim();
}

/** A whole number written with Vietnamese or English thousands separators ("12.500", "12,500"). */
export function parseCount(cell: TableCell | undefined): number | null {
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell : null;
  const text = cellText(cell).replace(/[\s.,]/g, '');
  return /^\d+$/.test(text) ? Number(text) : null;
}

/** Headers that name the stratum column of a submissions or design file. */
export const STRATUM_HEADERS = ['ma_nhom_mau', 'nhom_mau', 'stratum', 'strata'];
