import {
  detectAssignmentColumns,
  indexAgencies,
  parseAssignmentRows,
  columnLetter,
  type AssignmentColumns,
} from '@papi/domain';
import type { TAssignmentPreview } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import { badRequest } from '../../platform/errors.ts';
import { decodeUpload, readSheet, type Cell } from '../indices/indices.import.file.ts';
import { loadIndexData } from '../indices/indices.cache.ts';
import { catalogueAround } from '../plans/plan-appendix.import.ts';
import type { ProgrammeRecord } from './programmes.repository.ts';
import { elementNames, programmeEdition } from './programmes.service.ts';

const text = (c: Cell) => (c === null ? '' : String(c).trim());

/**
 * Reads an assignment table (Excel or CSV) for a programme: the header row's wording
 * says which column is which, each row is matched against the index and the agency
 * catalogue, and every problem is listed by row and column. Nothing is saved.
 */
export async function analyseAssignmentFile(
  db: Executor,
  p: ProgrammeRecord,
  file: { filename: string; contentBase64: string },
): Promise<TAssignmentPreview> {
  const sheet = await readSheet(file.filename, decodeUpload(file.contentBase64));
  // A title line ("PHỤ LỤC …") may come first: the header is the first of the first rows
  // naming both an element column and a lead agency column.
  const all = [{ row: sheet.headerRow, cells: sheet.header as Cell[] }, ...sheet.rows];
  const at = all.slice(0, 10).findIndex((r) => {
    const f = detectAssignmentColumns(r.cells.map(text));
    return f.element !== undefined && f.lead !== undefined;
  });
  if (at < 0)
    throw badRequest(
      'BAD_HEADER',
      'Không tìm thấy dòng tiêu đề có cột "Nội dung" (mã nội dung, chỉ số) và cột "Cơ quan chủ trì" trong 10 dòng đầu của tệp.',
    );
  const header = all[at]!.cells.map(text);
  const found = detectAssignmentColumns(header) as Required<
    Pick<AssignmentColumns, 'element' | 'lead'>
  > &
    Partial<AssignmentColumns>;
  const columns: AssignmentColumns = {
    element: found.element,
    lead: found.lead,
    cooperating: found.cooperating ?? null,
    note: found.note ?? null,
  };
  const data = await loadIndexData(db, p.frameworkCode);
  const known = new Set(elementNames(data ? programmeEdition(data.framework, p) : null).keys());
  const agencies = indexAgencies(await catalogueAround(db, p.unitPath));
  const { assignments, problems } = parseAssignmentRows(
    all.slice(at + 1).map((r) => ({ row: r.row, cells: r.cells.map(text) })),
    columns,
    agencies,
    known,
  );
  const letter = (i: number | null) => (i === null ? null : columnLetter(i));
  return {
    header,
    columns: {
      element: letter(columns.element),
      lead: letter(columns.lead),
      cooperating: letter(columns.cooperating),
      note: letter(columns.note),
    },
    rows: assignments.map((a) => ({
      row: a.row,
      elementCode: a.elementCode,
      lead: { id: a.lead.id, name: a.lead.name },
      cooperating: a.cooperating.map((c) => ({ id: c.id, name: c.name })),
      note: a.note,
    })),
    problems,
  };
}

/** The preview's rows, or 400 listing every problem (all-or-nothing import). */
export function rowsToCommit(preview: TAssignmentPreview) {
  if (preview.problems.length) {
    const first = preview.problems[0]!;
    throw badRequest(
      'IMPORT_PROBLEMS',
      `Tệp có ${preview.problems.length} lỗi, chưa nhập gì. Dòng ${first.row}, cột ${first.column}: ${first.message}`,
      { problems: preview.problems },
    );
  }
  if (!preview.rows.length) throw badRequest('EMPTY_FILE', 'Tệp không có dòng phân công nào.');
  return preview.rows.map((r) => ({
    elementCode: r.elementCode,
    leadAgencyId: r.lead.id,
    cooperatingAgencyIds: r.cooperating.map((c) => c.id),
    note: r.note,
  }));
}
