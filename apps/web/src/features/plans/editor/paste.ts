/**
 * Turns a pasted spreadsheet block into appendix rows: as new rows, or over existing rows
 * from the active cell. Cells are read the way officials write them (agency names without
 * accents, "D2.3" or the dimension's name, "Quý II/2026", "30 ngày sau khi ban hành",
 * "1.500.000"); what cannot be read is listed by row and column. Pure, unit-tested.
 */
import { foldVietnamese, readDeadline } from '@papi/domain';
import type { AgencyRef } from '@papi/domain';
import { refFromText, splitAgencies } from './agencyMatch.ts';
import type { AgencyOption } from './agencyMatch.ts';
import { HEADER_WORDS } from './columns.ts';
import type { ColumnId } from './columns.ts';
import { blankRow, groupOf, nextNumber } from './rows.ts';
import type { EditorRow } from './rows.ts';

export interface DimensionOption {
  code: string;
  name: string;
}

export interface PasteContext {
  /** Visible columns in order; positional pastes start at `anchorCol` among them. */
  columns: readonly ColumnId[];
  agencies: readonly AgencyOption[];
  dimensions: readonly DimensionOption[];
  year: number;
  order: readonly string[];
  byDimension: boolean;
}

export interface PasteProblem {
  /** 1-based row of the pasted block (after a header row, if any). */
  row: number;
  column: ColumnId;
  message: string;
}

export interface PasteResult {
  rows: EditorRow[];
  /** Keys of rows created or overwritten, for highlighting. */
  touched: string[];
  problems: PasteProblem[];
  /** Agency names kept as wording because no catalogue agency matched. */
  unmatched: string[];
}

/** The columns a header row names, or null when the first row is data. */
export function headerColumns(cells: readonly string[]): (ColumnId | null)[] | null {
  const found = cells.map((cell) => {
    const f = foldVietnamese(cell);
    if (!f || f.length > 40) return null;
    return HEADER_WORDS.find(([, re]) => re.test(f))?.[0] ?? null;
  });
  return found.filter(Boolean).length >= 2 ? found : null;
}

/** "1.500.000", "1,5 triệu", "2 tỷ" → VND; null for an empty cell, NaN when unreadable. */
export function parseAmount(text: string): number | null {
  // Accents off but dots and commas kept (foldVietnamese would turn them into spaces).
  const t = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, '');
  if (!t) return null;
  const m = /^(\d+(?:\.\d+)*)(?:,(\d+))?(trieu|ty|dong|d|vnd)?\.?$/.exec(t);
  if (!m) return Number.NaN;
  const digits = m[1] ?? '';
  // Dots group thousands in Vietnamese ("1.500.000"); a lone "1.5" is a decimal point.
  const whole = /^\d{1,3}(\.\d{3})+$/.test(digits) ? digits.replace(/\./g, '') : digits;
  const value = Number(m[2] ? `${whole.replace(/\./g, '')}.${m[2]}` : whole);
  if (Number.isNaN(value)) return Number.NaN;
  const scale = m[3] === 'trieu' ? 1e6 : m[3] === 'ty' ? 1e9 : 1;
  return Math.round(value * scale);
}

/** "D1; D2.3", "1, 2.3" or dimension names → known codes; unknown parts are returned apart. */
export function parseDimensions(
  text: string,
  dimensions: readonly DimensionOption[],
): { codes: string[]; unknown: string[] } {
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const part of text
    .split(/[;,\n]+/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const code = /^d?\s*(\d{1,2}(?:\.\d{1,2})?)$/i.exec(part)?.[1];
    const byCode = code ? dimensions.find((d) => d.code === `D${code}`) : undefined;
    const folded = foldVietnamese(part);
    const byName = byCode ?? dimensions.find((d) => foldVietnamese(d.name) === folded);
    if (byName) {
      if (!codes.includes(byName.code)) codes.push(byName.code);
    } else unknown.push(part);
  }
  return { codes, unknown };
}

type Apply = (row: EditorRow, text: string) => { row: EditorRow; problem?: string };

function appliers(ctx: PasteContext, unmatched: Set<string>): Record<ColumnId, Apply> {
  const agency = (text: string): AgencyRef => {
    const { ref, matched } = refFromText(text, ctx.agencies);
    if (!matched) unmatched.add(text.trim());
    return ref;
  };
  return {
    number: (row, text) => ({ row: { ...row, number: text.trim().replace(/\.$/, '') } }),
    content: (row, text) => ({ row: { ...row, content: text.trim() } }),
    expectedResult: (row, text) => ({ row: { ...row, expectedResult: text.trim() } }),
    budgetSource: (row, text) => ({ row: { ...row, budgetSource: text.trim() } }),
    dimensions: (row, text) => {
      // A blank cell keeps the group the row joined (the active row's), never empties it.
      if (!text.trim()) return { row };
      const { codes, unknown } = parseDimensions(text, ctx.dimensions);
      const next = { ...row, dimensionCodes: codes };
      return unknown.length
        ? { row: next, problem: `không có lĩnh vực “${unknown.join('; ')}” trong Chỉ số` }
        : { row: next };
    },
    lead: (row, text) => {
      const names = splitAgencies(text, ctx.agencies);
      if (names.length === 0) return { row: { ...row, lead: null } };
      // "Sở Tư pháp, UBND các xã": the first leads, the others cooperate.
      const next = {
        ...row,
        lead: agency(names[0]!),
        cooperating: [...names.slice(1).map(agency), ...row.cooperating],
      };
      return names.length > 1
        ? {
            row: next,
            problem: `ô chủ trì ghi ${names.length} cơ quan: “${names[0]}” chủ trì, các cơ quan còn lại phối hợp`,
          }
        : { row: next };
    },
    cooperating: (row, text) => ({
      row: { ...row, cooperating: splitAgencies(text, ctx.agencies).map(agency) },
    }),
    deadline: (row, text) => {
      if (!text.trim()) return { row: { ...row, deadline: null } };
      const { deadline, problem } = readDeadline(text, { year: ctx.year });
      return deadline
        ? { row: { ...row, deadline } }
        : { row, problem: problem?.message ?? `không đọc được thời hạn “${text.trim()}”` };
    },
    budget: (row, text) => {
      const amount = parseAmount(text);
      return amount !== null && Number.isNaN(amount)
        ? { row, problem: `kinh phí “${text.trim()}” không phải là số` }
        : { row: { ...row, budget: amount } };
    },
  };
}

export interface PasteTarget {
  /** The active row; new rows go after it, overwriting starts at it. Null: the end. */
  anchorKey: string | null;
  anchorCol: ColumnId;
  mode: 'insert' | 'overwrite';
  /** Rows in the order the user sees them (filters applied), for overwriting downwards. */
  visibleKeys: readonly string[];
}

export function pasteRows(
  rows: readonly EditorRow[],
  grid: readonly (readonly string[])[],
  target: PasteTarget,
  ctx: PasteContext,
): PasteResult {
  const header = grid.length > 0 ? headerColumns(grid[0]!) : null;
  const data = header ? grid.slice(1) : grid;
  const start = Math.max(0, ctx.columns.indexOf(target.anchorCol));
  const columnAt = (i: number): ColumnId | null =>
    header ? (header[i] ?? null) : (ctx.columns[start + i] ?? null);
  const unmatched = new Set<string>();
  const apply = appliers(ctx, unmatched);
  const problems: PasteProblem[] = [];
  const anchor = rows.find((r) => r.key === target.anchorKey);
  const anchorGroup = anchor ? groupOf(anchor) : '';

  const fill = (base: EditorRow, cells: readonly string[], index: number): EditorRow => {
    let row = base;
    cells.forEach((cell, i) => {
      const column = columnAt(i);
      if (!column) return;
      const result = apply[column](row, cell);
      row = result.row;
      if (result.problem) problems.push({ row: index + 1, column, message: result.problem });
    });
    return row;
  };

  let next = [...rows];
  const touched: string[] = [];
  const fresh: EditorRow[] = [];
  const visibleFrom = target.anchorKey ? target.visibleKeys.indexOf(target.anchorKey) : -1;
  data.forEach((cells, index) => {
    const overKey =
      target.mode === 'overwrite' && visibleFrom !== -1
        ? target.visibleKeys[visibleFrom + index]
        : undefined;
    const at = overKey ? next.findIndex((r) => r.key === overKey) : -1;
    if (at !== -1) {
      const row = fill(next[at]!, cells, index);
      next[at] = row;
      touched.push(row.key);
      return;
    }
    const inherit = ctx.byDimension && anchorGroup ? [anchorGroup] : [];
    const row = fill(blankRow(inherit), cells, index);
    fresh.push(row);
  });
  const lastOverwritten = touched.at(-1);
  // New rows without a pasted STT get the next free number of their group.
  const numbered = fresh.filter((r) => r.number);
  for (const row of fresh) {
    if (!row.number) {
      row.number = nextNumber([...next, ...numbered], groupOf(row), ctx.order, ctx.byDimension);
      numbered.push(row);
    }
    touched.push(row.key);
  }
  const lastOfAnchor = lastOverwritten ?? target.anchorKey;
  const at = lastOfAnchor ? next.findIndex((r) => r.key === lastOfAnchor) : -1;
  next =
    at === -1 ? [...next, ...fresh] : [...next.slice(0, at + 1), ...fresh, ...next.slice(at + 1)];
  return { rows: next, touched, problems, unmatched: [...unmatched] };
}
