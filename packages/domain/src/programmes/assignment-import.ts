/**
 * Reading a sub-dimension assignment table (the review plan's "phân công" appendix) from
 * spreadsheet rows: which column holds the element, the lead agency and the cooperating
 * agencies, the element code in the ways plans write it ("2.1", "D2.1", "Nội dung 2.1",
 * "Chỉ số nội dung 2.1") and agency names matched against the catalogue. Every problem names
 * its row and column; nothing is half-read.
 */
import { foldVietnamese } from '../text/fold.ts';
import { splitAgencyCell } from '../plans/agency-split.ts';
import type { AgencyIndex, CatalogueAgency } from '../plans/agency-match.ts';
import { columnLetter } from '../surveys/table-import.ts';

export interface AssignmentColumns {
  element: number;
  lead: number;
  cooperating: number | null;
  note: number | null;
}

export interface AssignmentProblem {
  row: number;
  column: string;
  message: string;
}

export interface ParsedAssignment {
  row: number;
  elementCode: string;
  lead: CatalogueAgency;
  cooperating: CatalogueAgency[];
  note: string;
}

/** Which columns hold what, from the header's wording; null for a column it cannot find. */
export function detectAssignmentColumns(header: readonly string[]): Partial<AssignmentColumns> {
  const folded = header.map((h) => foldVietnamese(h));
  const find = (test: (h: string) => boolean) => {
    const i = folded.findIndex(test);
    return i < 0 ? undefined : i;
  };
  const cooperating = find((h) => h.includes('phoi hop'));
  const lead = find(
    (h) =>
      (h.includes('chu tri') || h.includes('phu trach') || h.includes('co quan')) &&
      !h.includes('phoi hop'),
  );
  const element = find(
    (h) =>
      h.includes('noi dung') || h.includes('chi so') || h.includes('ma') || h.includes('linh vuc'),
  );
  const note = find((h) => h.includes('ghi chu'));
  return {
    ...(element !== undefined && element !== lead ? { element } : {}),
    ...(lead !== undefined ? { lead } : {}),
    ...(cooperating !== undefined ? { cooperating } : {}),
    ...(note !== undefined ? { note } : {}),
  };
}

/** Lower case without accents, punctuation kept (the dots of "2.1" matter here). */
const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .trim();

/**
 * An element code from how plans write it: "2.1", "D2.1", "d2", "Nội dung 2.1: Công khai…",
 * "Chỉ số nội dung 2". Null when the text names none.
 */
export function parseElementCode(text: string): string | null {
  const m =
    /^\s*(?:d|noi dung|chi so noi dung|chi so thanh phan|chi so|linh vuc)?\s*([1-9]\d?)(?:\.(\d{1,2}))?(?:\.(\d{1,2}))?\b/.exec(
      plain(text).replace(/^(?:chi so )?noi dung thanh phan\s*/, 'noi dung '),
    );
  if (!m) return null;
  return `D${m[1]}${m[2] ? `.${m[2]}` : ''}${m[3] ? `.${m[3]}` : ''}`;
}

/**
 * Reads the rows into assignments. `known` is the set of element codes of the framework's
 * edition (D1…D8, D1.1…); an element outside it, a repeated element, an empty or unknown
 * lead, an unknown cooperating agency: each is a problem at its row and column.
 */
export function parseAssignmentRows(
  rows: readonly { row: number; cells: readonly string[] }[],
  columns: AssignmentColumns,
  agencies: AgencyIndex,
  known: ReadonlySet<string>,
): { assignments: ParsedAssignment[]; problems: AssignmentProblem[] } {
  const assignments: ParsedAssignment[] = [];
  const problems: AssignmentProblem[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of rows) {
    const cell = (i: number | null) => (i === null ? '' : (cells[i] ?? '').trim());
    const elementText = cell(columns.element);
    const leadText = cell(columns.lead);
    if (!elementText && !leadText && !cell(columns.cooperating)) continue;
    const problem = (column: number, message: string) =>
      problems.push({ row, column: columnLetter(column), message });
    const code = parseElementCode(elementText);
    if (!code) {
      problem(columns.element, `"${elementText}" không phải mã nội dung, chỉ số (ví dụ 2.1).`);
    } else if (!known.has(code)) {
      problem(columns.element, `Nội dung ${code.slice(1)} không có trong bộ chỉ số.`);
    } else if (seen.has(code)) {
      problem(
        columns.element,
        `Nội dung ${code.slice(1)} đã được phân công ở dòng ${seen.get(code)}.`,
      );
    }
    let lead: CatalogueAgency | null = null;
    if (!leadText) problem(columns.lead, 'Thiếu cơ quan chủ trì.');
    else {
      lead = agencies.find(leadText);
      if (!lead) problem(columns.lead, `Không tìm thấy cơ quan "${leadText}" trong danh mục.`);
    }
    const cooperating: CatalogueAgency[] = [];
    for (const name of splitAgencyCell(cell(columns.cooperating), agencies)) {
      const hit = agencies.find(name);
      if (!hit) problem(columns.cooperating!, `Không tìm thấy cơ quan "${name}" trong danh mục.`);
      else if (hit.id !== lead?.id && !cooperating.some((c) => c.id === hit.id))
        cooperating.push(hit);
    }
    if (code && !seen.has(code)) seen.set(code, row);
    if (code && known.has(code) && lead && seen.get(code) === row)
      assignments.push({ row, elementCode: code, lead, cooperating, note: cell(columns.note) });
  }
  return { assignments, problems };
}
