/** The appendix columns in printed order; budget columns only for types that carry a budget. */
export const ALL_COLUMNS = [
  'number',
  'content',
  'dimensions',
  'lead',
  'cooperating',
  'deadline',
  'expectedResult',
  'budget',
  'budgetSource',
] as const;
export type ColumnId = (typeof ALL_COLUMNS)[number];

/** Grid widths in px; the content column takes what is left. */
export const COLUMN_WIDTHS: Record<ColumnId, number | undefined> = {
  number: 60,
  content: undefined,
  dimensions: 90,
  lead: 160,
  cooperating: 170,
  deadline: 120,
  expectedResult: 180,
  budget: 110,
  budgetSource: 140,
};

export function visibleColumns(withBudget: boolean): ColumnId[] {
  return ALL_COLUMNS.filter((c) => withBudget || (c !== 'budget' && c !== 'budgetSource'));
}

/**
 * Folded header words a spreadsheet column may carry, to map a pasted table by its header
 * row whatever order its columns are in. Checked in order: "cơ quan phối hợp" before
 * "cơ quan" alone, which means the lead.
 */
export const HEADER_WORDS: [ColumnId, RegExp][] = [
  ['number', /^(stt|so tt|tt|so thu tu)$/],
  ['cooperating', /phoi hop/],
  ['lead', /chu tri|co quan|don vi thuc hien/],
  ['dimensions', /linh vuc|chi so|noi dung thanh phan|ma/],
  ['deadline', /thoi han|thoi gian|hoan thanh/],
  ['expectedResult', /ket qua|san pham/],
  ['budgetSource', /nguon/],
  ['budget', /kinh phi|du toan/],
  ['content', /noi dung|nhiem vu|giai phap/],
];
