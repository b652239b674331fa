import { editionLabel, foldVietnamese, type Edition } from '@papi/domain';
import type { TImportIssue } from '@papi/contracts';
import { columnLetter, type Cell, type Sheet } from './indices.import.file.ts';

/**
 * Which column holds what, for the two layouts we read: our template (Tỉnh/thành phố |
 * D1 … Dn | Tổng điểm) and the long format of agg_province_year.csv (province_vi, year,
 * D1 … D8, total_papi; one row per province-year; other columns ignored).
 */
export interface Layout {
  kind: 'template' | 'long';
  province: number;
  year: number | null;
  total: number | null;
  /** Element code (dimensions, and sub-dimensions when the file has them) → column index. */
  scores: Map<string, number>;
  /** Columns named like an element this edition does not have: D7 for 2015. */
  foreign: Map<string, number>;
}

/** A raw row of the year: the province as written and the cells it gives. */
export interface RawRow {
  row: number;
  province: string;
  scores: Record<string, number>;
  total: number | null;
}

const key = (header: string) => foldVietnamese(header).replace(/[\s_\-./]+/g, '');
const PROVINCE = new Set([
  'provincevi',
  'tinhthanhpho',
  'tinh',
  'tentinh',
  'province',
  'tinhthanh',
]);
const YEAR = new Set(['year', 'nam']);
const TOTAL = new Set(['totalpapi', 'tongdiem', 'tong', 'total', 'diemtong']);
const ELEMENT = /^(d\d+(?:\.\d+)*)(?![a-z0-9.])/;

export function columnLabel(sheet: Sheet, index: number): string {
  return sheet.format === 'xlsx' ? columnLetter(index) : (sheet.header[index] ?? `#${index + 1}`);
}

/** "cột C (D2)" for XLSX, "cột "D2"" for CSV: what the messages say. */
export function columnText(sheet: Sheet, index: number): string {
  return sheet.format === 'xlsx'
    ? `cột ${columnLetter(index)} (${sheet.header[index] || 'không tên'})`
    : `cột "${sheet.header[index] ?? ''}"`;
}

export function detectLayout(
  sheet: Sheet,
  edition: Edition,
  issues: TImportIssue[],
): Layout | null {
  const known = new Set(
    edition.dimensions.flatMap((d) => [d.code, ...d.subDimensions.map((s) => s.code)]),
  );
  const layout: Layout = {
    kind: 'template',
    province: -1,
    year: null,
    total: null,
    scores: new Map(),
    foreign: new Map(),
  };
  sheet.header.forEach((header, i) => {
    const k = key(header);
    if (!k) return;
    if (PROVINCE.has(k) && layout.province < 0) layout.province = i;
    else if (YEAR.has(k) && layout.year === null) layout.year = i;
    else if (TOTAL.has(k) && layout.total === null) layout.total = i;
    else {
      // Not folded: folding turns "D3.1" into "d3 1", which read as D3 and lost the sub-dimension.
      const code = ELEMENT.exec(header.trim().toLowerCase())?.[1]?.toUpperCase();
      if (!code) return;
      const target = known.has(code) ? layout.scores : layout.foreign;
      if (!target.has(code)) target.set(code, i);
    }
  });
  if (layout.year !== null) layout.kind = 'long';
  const missing = (what: string) =>
    issues.push({
      severity: 'error',
      code: 'MISSING_COLUMN',
      row: sheet.headerRow,
      column: what,
      message: `Thiếu cột bắt buộc "${what}" ở dòng tiêu đề (dòng ${sheet.headerRow}).`,
    });
  if (layout.province < 0) missing('Tỉnh/thành phố');
  for (const d of edition.dimensions) if (!layout.scores.has(d.code)) missing(d.code);
  return issues.some((i) => i.code === 'MISSING_COLUMN') ? null : layout;
}

/** A cell as a number: 7.12, "7.12" and "7,12" read; empty is null; anything else fails. */
export function readNumber(cell: Cell): number | null | 'invalid' {
  if (cell === null) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : 'invalid';
  const text = cell.trim();
  if (text === '') return null;
  if (!/^[+-]?\d+(?:[.,]\d+)?$/.test(text)) return 'invalid';
  return Number(text.replace(',', '.'));
}

/** The rows of the requested year, with cell problems (unreadable numbers, wrong edition). */
export function readRows(
  sheet: Sheet,
  layout: Layout,
  year: number,
  edition: Edition,
  issues: TImportIssue[],
): RawRow[] {
  const error = (code: string, row: number, col: number, message: string) =>
    issues.push({ severity: 'error', code, row, column: columnLabel(sheet, col), message });
  const years = new Set<number>();
  const out: RawRow[] = [];
  const foreignSeen = new Set<string>();
  for (const { row, cells } of sheet.rows) {
    if (layout.year !== null) {
      const y = readNumber(cells[layout.year] ?? null);
      if (typeof y === 'number') years.add(y);
      if (y !== year) continue;
    }
    const province = cells[layout.province];
    const used = [...layout.scores.values(), layout.total ?? -1];
    if (province === null || province === undefined) {
      if (used.some((i) => i >= 0 && cells[i] !== null && cells[i] !== undefined)) {
        error(
          'MISSING_PROVINCE',
          row,
          layout.province,
          `Dòng ${row}, ${columnText(sheet, layout.province)}: có điểm nhưng thiếu tên tỉnh.`,
        );
      }
      continue;
    }
    const scores: Record<string, number> = {};
    const where = `Dòng ${row} (${String(province).trim()})`;
    const number = (col: number, what: string): number | null => {
      const value = readNumber(cells[col] ?? null);
      if (value !== 'invalid') return value;
      error(
        'NOT_A_NUMBER',
        row,
        col,
        `${where}, ${columnText(sheet, col)}: "${String(cells[col])}" không đọc được thành số (${what}).`,
      );
      return null;
    };
    for (const [code, col] of layout.scores) {
      const value = number(col, `điểm ${code}`);
      if (value !== null) scores[code] = value;
    }
    for (const [code, col] of layout.foreign) {
      if (foreignSeen.has(code) || (cells[col] ?? null) === null) continue;
      foreignSeen.add(code);
      error(
        'WRONG_EDITION',
        row,
        col,
        `${where}, ${columnText(sheet, col)}: có điểm ${code} nhưng năm ${year} áp dụng ${editionLabel(edition)} (${edition.dimensions.map((d) => d.code).join(', ')}), không có ${code}. Kiểm tra lại năm hoặc tệp.`,
      );
    }
    out.push({
      row,
      province: String(province),
      scores,
      total: layout.total === null ? null : number(layout.total, 'tổng điểm'),
    });
  }
  if (layout.year !== null && out.length === 0) {
    const list = [...years].sort((a, b) => a - b);
    issues.push({
      severity: 'error',
      code: 'WRONG_YEAR',
      row: null,
      column: columnLabel(sheet, layout.year),
      message: `Tệp không có dòng nào của năm ${year}${list.length ? ` (các năm trong tệp: ${list.join(', ')})` : ''}.`,
    });
  }
  return out;
}
