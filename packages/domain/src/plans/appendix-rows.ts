/**
 * Turns the data rows of an appendix spreadsheet into tasks, with every problem pointing
 * at its row and column. Nothing here knows about files or the database: the caller gives
 * the cells, the column mapping and the agency catalogue.
 */
import { foldVietnamese } from '../text/fold.ts';
import type { AgencyIndex } from './agency-match.ts';
import type { AppendixField, ColumnMapping } from './appendix-columns.ts';
import { APPENDIX_HEADERS } from './appendix-columns.ts';
import type { Deadline } from './deadline-types.ts';
import { parseDeadlineText, withoutRedundantLabel } from './deadlines.ts';
import { splitAgencyCell } from './agency-split.ts';
import { excelSerialDeadline, parseVietnameseNumber } from './appendix-values.ts';

export { parseVietnameseNumber } from './appendix-values.ts';
import { qualifyRepeatedNumbers, structureRows } from './appendix-links.ts';
import {
  cleanNumber,
  isChildNumber,
  numberKind,
  type DimensionLink,
} from './appendix-structure.ts';

export type SheetCell = string | number | null;

export interface AppendixIssue {
  severity: 'error' | 'warning';
  code: string;
  row: number | null;
  column: string | null;
  message: string;
}

export interface NamedAgency {
  name: string;
  agencyId: number | null;
}

export interface AppendixRow {
  row: number;
  /** A heading of the appendix's structure (Roman, numbered or lettered), not a task. */
  group: boolean;
  /** A heading's key ("r12"); null for a task. */
  key: string | null;
  /** 1 = top; a task one below its heading. */
  level: number;
  /** The heading this row sits under. */
  parentKey: string | null;
  /** The dimension codes and why they were chosen. */
  link: DimensionLink;
  /** Cells left blank and filled from the heading above. */
  inherited: ('lead' | 'deadline')[];
  /** What the reading did with the row's cells (a cell split into lead and cooperating). */
  notes: string[];
  number: string;
  /** The task's short name when the sheet has a "Tên nhiệm vụ" column. */
  title: string | null;
  content: string;
  dimensionCodes: string[];
  lead: NamedAgency | null;
  cooperating: NamedAgency[];
  deadlineText: string | null;
  deadline: Deadline | null;
  expectedResult: string | null;
  budget: number | null;
  budgetSource: string | null;
}

export interface AppendixContext {
  /** Completes dates written without a year ("30/6"). */
  year: number;
  agencies: AgencyIndex;
  /** Dimensions and sub-dimensions of the edition in force, to read codes and names. */
  dimensions: readonly { code: string; name: string }[];
  /** Column label for messages ("C" in XLSX, the header in CSV). */
  columnLabel: (index: number) => string;
  /** The user's dimension choices by file row, replacing what the reading linked. */
  links?: ReadonlyMap<number, readonly string[]>;
}

const text = (c: SheetCell | undefined) =>
  c === null || c === undefined ? '' : String(c).replace(/\s+/g, ' ').trim();

/**
 * Reads tasks row by row. A row is a heading when its number is Roman, when the next row is
 * written as its item ("1" before "1.1" or "a)"), or when it has no number and only content;
 * headings become the plan's structure and pass their dimension, lead and deadline down
 * (appendix-links.ts).
 */
export function parseAppendixRows(
  rows: readonly { row: number; cells: readonly SheetCell[] }[],
  mapping: ColumnMapping,
  ctx: AppendixContext,
): { rows: AppendixRow[]; issues: AppendixIssue[] } {
  const issues: AppendixIssue[] = [];
  const cell = (cells: readonly SheetCell[], f: AppendixField): SheetCell => {
    const i = mapping[f];
    return i === undefined ? null : (cells[i] ?? null);
  };
  const col = (f: AppendixField) =>
    mapping[f] === undefined ? null : ctx.columnLabel(mapping[f]!);
  const problem = (row: number, f: AppendixField | null, code: string, message: string) =>
    issues.push({
      severity: 'error',
      code,
      row,
      column: f ? col(f) : null,
      message: `Dòng ${row}${f ? `, cột ${col(f)} (${APPENDIX_HEADERS[f]})` : ''}: ${message}`,
    });
  if (mapping.content === undefined) {
    const message = 'Chưa chọn cột "Nội dung" của nhiệm vụ: không đọc được dòng nào.';
    issues.push({ severity: 'error', code: 'MISSING_COLUMN', row: null, column: null, message });
    return { rows: [], issues };
  }
  const dimByName = new Map(ctx.dimensions.map((d) => [foldVietnamese(d.name), d.code]));
  const dimCodes = new Set(ctx.dimensions.map((d) => d.code));

  const filled = rows.filter((r) => r.cells.some((c) => text(c) !== ''));
  // The next non-empty number after each row, computed once from the end (files are long).
  const nextNumbers: (string | undefined)[] = [];
  let following: string | undefined;
  for (let i = filled.length - 1; i >= 0; i--) {
    nextNumbers[i] = following;
    const n = cleanNumber(text(cell(filled[i]!.cells, 'number')));
    if (n !== '') following = n;
  }
  const out: AppendixRow[] = [];
  // Appendices repeat a few deadline wordings thousands of times.
  const deadlines = new Map<string, Deadline | null>();
  filled.forEach((r, idx) => {
    const get = (f: AppendixField) => text(cell(r.cells, f));
    const number = cleanNumber(get('number'));
    const content = get('content');
    const others = (
      ['lead', 'cooperating', 'deadline', 'expectedResult', 'budget'] as AppendixField[]
    ).every((f) => get(f) === '');
    const next = nextNumbers[idx];
    const heading =
      content !== '' &&
      ((number === '' && (others || (next !== undefined && /^(1|a)$/i.test(next)))) ||
        numberKind(number) === 'roman' ||
        (number !== '' && next !== undefined && isChildNumber(number, next)));

    const dimensionCodes: string[] = [];
    const dimText = get('dimension');
    const whole = dimByName.get(foldVietnamese(dimText));
    for (const raw of whole
      ? [whole]
      : dimText
          .split(/[,;\n]+/)
          .map((s) => s.trim())
          .filter(Boolean)) {
      const code = /^d\d{1,2}(\.\d{1,2})?$/i.test(raw)
        ? raw.toUpperCase()
        : dimByName.get(foldVietnamese(raw.replace(/^d\d+(\.\d+)?\s*[-:.]\s*/i, '')));
      if (code && (dimCodes.size === 0 || dimCodes.has(code))) dimensionCodes.push(code);
      else
        problem(
          r.row,
          'dimension',
          'UNKNOWN_DIMENSION',
          `lĩnh vực "${raw}" không có trong Chỉ số.`,
        );
    }
    if (content === '') problem(r.row, 'content', 'MISSING_CONTENT', 'thiếu nội dung nhiệm vụ.');
    if (number === '' && !heading)
      problem(r.row, 'number', 'MISSING_NUMBER', 'thiếu số thứ tự nhiệm vụ.');

    const named = (name: string): NamedAgency => ({
      name,
      agencyId: ctx.agencies.find(name)?.id ?? null,
    });
    // "Sở Tư pháp, UBND cấp huyện, cấp xã" as lead: the first leads, the others cooperate.
    const leads = splitAgencyCell(get('lead'), ctx.agencies);
    const lead = leads.length > 0 ? named(leads[0]!) : null;
    const cooperating = [...leads.slice(1), ...splitAgencyCell(get('cooperating'), ctx.agencies)]
      .filter((n, i, all) => all.findIndex((x) => foldVietnamese(x) === foldVietnamese(n)) === i)
      .map(named);
    const notes =
      leads.length > 1
        ? [
            `Ô chủ trì ghi ${leads.length} cơ quan: "${leads[0]}" chủ trì, ${leads
              .slice(1)
              .map((n) => `"${n}"`)
              .join(', ')} phối hợp.`,
          ]
        : [];

    const rawDeadline = cell(r.cells, 'deadline');
    const deadlineText = get('deadline') || null;
    let deadline: Deadline | null = null;
    if (deadlineText) {
      let parsed = deadlines.get(deadlineText);
      if (parsed === undefined) {
        const read =
          typeof rawDeadline === 'number' && rawDeadline > 2100
            ? excelSerialDeadline(rawDeadline)
            : parseDeadlineText(deadlineText, ctx.year);
        parsed = read ? withoutRedundantLabel(read) : null;
        // Numbers (Excel serials) are keyed by their text too: the same text, the same date.
        deadlines.set(deadlineText, parsed);
      }
      if (parsed) deadline = parsed;
      else
        problem(
          r.row,
          'deadline',
          'BAD_DEADLINE',
          `không đọc được thời hạn "${deadlineText}"; hãy ghi như "30/6/2026", "Tháng 6/2026", "Quý II/2026", "Hằng năm" hoặc "Thường xuyên".`,
        );
    }
    const budget = parseVietnameseNumber(cell(r.cells, 'budget'));
    if (budget === 'invalid')
      problem(
        r.row,
        'budget',
        'BAD_BUDGET',
        `kinh phí "${get('budget')}" không phải số tiền (ví dụ 15.000.000).`,
      );
    out.push({
      ...emptyRow(r.row, heading, number, content, dimensionCodes),
      notes,
      title: get('title') || null,
      lead,
      cooperating,
      deadlineText,
      deadline,
      expectedResult: get('expectedResult') || null,
      budget: budget === 'invalid' ? null : budget,
      budgetSource: get('budgetSource') || null,
    });
  });

  structureRows(out, ctx.dimensions, ctx.links);
  qualifyRepeatedNumbers(out);
  const seen = new Map<string, number>();
  for (const r of out.filter((x) => !x.group && x.number !== '')) {
    const first = seen.get(r.number);
    if (first !== undefined)
      problem(
        r.row,
        'number',
        'DUPLICATE_NUMBER',
        `số thứ tự ${r.number} trùng với dòng ${first}.`,
      );
    else seen.set(r.number, r.row);
  }
  return { rows: out, issues };
}

function emptyRow(
  row: number,
  group: boolean,
  number: string,
  content: string,
  dimensionCodes: string[],
): AppendixRow {
  return {
    row,
    group,
    key: null,
    level: 1,
    parentKey: null,
    link: dimensionCodes.length
      ? { codes: dimensionCodes, by: 'column', reason: 'Theo cột Lĩnh vực.' }
      : { codes: [], by: null, reason: null },
    inherited: [],
    notes: [],
    number,
    title: null,
    content,
    dimensionCodes,
    lead: null,
    cooperating: [],
    deadlineText: null,
    deadline: null,
    expectedResult: null,
    budget: null,
    budgetSource: null,
  };
}

/** Agency names matching nothing in the catalogue, with the rows naming them. */
export function unknownAgencies(rows: readonly AppendixRow[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const r of rows) {
    if (r.group) continue;
    for (const a of [...(r.lead ? [r.lead] : []), ...r.cooperating]) {
      if (a.agencyId !== null) continue;
      const list = out.get(a.name) ?? [];
      if (!list.includes(r.row)) list.push(r.row);
      out.set(a.name, list);
    }
  }
  return out;
}
