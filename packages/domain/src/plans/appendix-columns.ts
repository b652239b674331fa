/**
 * Reading a plan appendix spreadsheet: which row is the header and which column holds
 * which task field, matched on folded header text so "Cơ quan chủ trì", "CƠ QUAN CHỦ TRÌ"
 * and "Co quan chu tri" are the same column.
 */
import { foldVietnamese } from '../text/fold.ts';

export const APPENDIX_COLUMN_FIELDS = [
  'number',
  'content',
  'dimension',
  'lead',
  'cooperating',
  'deadline',
  'expectedResult',
  'budget',
  'budgetSource',
] as const;
export type AppendixField = (typeof APPENDIX_COLUMN_FIELDS)[number];

/** The export's headers, in its column order; the first alias of each field. */
export const APPENDIX_HEADERS: Record<AppendixField, string> = {
  number: 'STT',
  content: 'Nội dung',
  dimension: 'Lĩnh vực',
  lead: 'Cơ quan chủ trì',
  cooperating: 'Cơ quan phối hợp',
  deadline: 'Thời gian hoàn thành',
  expectedResult: 'Kết quả/sản phẩm',
  budget: 'Kinh phí',
  budgetSource: 'Nguồn kinh phí',
};

/** Folded header wordings met in real appendices, most specific first within a field. */
const ALIASES: Record<AppendixField, string[]> = {
  number: ['stt', 'so tt', 'tt', 'so thu tu', 'thu tu'],
  content: [
    'noi dung',
    'noi dung nhiem vu',
    'nhiem vu',
    'ten nhiem vu',
    'nhiem vu giai phap',
    'giai phap',
    'noi dung cong viec',
  ],
  dimension: ['linh vuc', 'chi so thanh phan', 'noi dung thanh phan', 'ma linh vuc', 'chi so'],
  lead: [
    'co quan chu tri',
    'don vi chu tri',
    'chu tri',
    'co quan thuc hien',
    'don vi thuc hien',
    'co quan don vi chu tri',
  ],
  cooperating: ['co quan phoi hop', 'don vi phoi hop', 'phoi hop', 'co quan don vi phoi hop'],
  deadline: [
    'thoi gian hoan thanh',
    'thoi han hoan thanh',
    'thoi han',
    'thoi gian thuc hien',
    'thoi gian',
    'tien do',
  ],
  expectedResult: [
    'ket qua san pham',
    'ket qua',
    'san pham',
    'ket qua du kien',
    'san pham du kien',
    'hinh thuc san pham',
  ],
  budget: ['kinh phi', 'du toan kinh phi', 'kinh phi dong', 'du toan', 'kinh phi trieu dong'],
  budgetSource: ['nguon kinh phi', 'nguon', 'nguon von'],
};

export type ColumnMapping = Partial<Record<AppendixField, number>>;

/**
 * Suggests a column per field: exact alias matches first (so "Nguồn kinh phí" is not taken
 * for "Kinh phí"), then headers starting with an alias. Each column serves one field.
 */
export function suggestMapping(header: readonly string[]): ColumnMapping {
  const folded = header.map((h) => foldVietnamese(h));
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  const pass = (test: (cell: string, alias: string) => boolean) => {
    for (const field of APPENDIX_COLUMN_FIELDS) {
      if (mapping[field] !== undefined) continue;
      for (const alias of ALIASES[field]) {
        const col = folded.findIndex((cell, i) => !used.has(i) && cell !== '' && test(cell, alias));
        if (col >= 0) {
          mapping[field] = col;
          used.add(col);
          break;
        }
      }
    }
  };
  pass((cell, alias) => cell === alias);
  pass((cell, alias) => cell.startsWith(`${alias} `));
  return mapping;
}

/** How many fields a row's cells name: a header row names at least content and one more. */
function headerScore(cells: readonly string[]): number {
  const m = suggestMapping(cells);
  return m.content === undefined ? 0 : Object.keys(m).length;
}

/**
 * The header row among the first rows (title lines like "PHỤ LỤC" come before it): the
 * one naming the most fields, at least two. Returns a 0-based index, or null.
 */
export function detectHeaderRow(rows: readonly (readonly string[])[], within = 20): number | null {
  let best: number | null = null;
  let bestScore = 1;
  rows.slice(0, within).forEach((cells, i) => {
    const score = headerScore(cells);
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}
