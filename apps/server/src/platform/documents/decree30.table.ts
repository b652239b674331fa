import {
  AlignmentType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
  convertMillimetersToTwip as mm,
} from 'docx';
import { run } from './decree30.ts';

export interface GridCell {
  text: string;
  bold?: boolean;
  italics?: boolean;
  align?: 'left' | 'center' | 'right' | 'justified';
  /** Number of grid columns the cell covers (a group row spanning the table). */
  span?: number;
  /** Shading fill as hex ("F2F2F2"). */
  fill?: string;
  /** Keep the row on the same page as the next one (a group row with its first item). */
  keepNext?: boolean;
}

const ALIGN = {
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  center: AlignmentType.CENTER,
  justified: AlignmentType.JUSTIFIED,
} as const;

const HEAD_FILL = 'E7EEF7';

/** One bordered cell; text lines split on "\n" become paragraphs. */
function gridCell(c: string | GridCell, widthMm: number, pt: number, head: boolean) {
  const value = typeof c === 'string' ? { text: c } : c;
  const fill = head ? HEAD_FILL : value.fill;
  return new TableCell({
    width: { size: mm(widthMm), type: WidthType.DXA },
    columnSpan: value.span && value.span > 1 ? value.span : undefined,
    verticalAlign: VerticalAlign.CENTER,
    shading: fill ? { fill, color: 'auto', type: 'clear' } : undefined,
    margins: { left: 60, right: 60, top: 30, bottom: 30 },
    children: value.text.split('\n').map(
      (line) =>
        new Paragraph({
          alignment: ALIGN[value.align ?? 'center'],
          spacing: { before: 0, after: 0 },
          keepNext: value.keepNext,
          children: [run({ text: line, bold: head || value.bold, italics: value.italics }, pt)],
        }),
    ),
  });
}

/** Widths of the cells of a row, adding up the columns a spanning cell covers. */
function cellWidths(columnsMm: number[], row: (string | GridCell)[]) {
  let at = 0;
  return row.map((c) => {
    const span = typeof c === 'string' ? 1 : Math.max(1, c.span ?? 1);
    const width = columnsMm.slice(at, at + span).reduce((a, b) => a + b, 0);
    at += span;
    return width;
  });
}

/** A data table with thin borders, 12 pt text, a bold shaded header row repeated per page. */
export function dataTable(
  columnsMm: number[],
  header: (string | GridCell)[],
  rows: (string | GridCell)[][],
  pt = 12,
) {
  const row = (cells: (string | GridCell)[], head: boolean) => {
    const widths = cellWidths(columnsMm, cells);
    return new TableRow({
      tableHeader: head || undefined,
      cantSplit: true,
      children: cells.map((c, i) => gridCell(c, widths[i]!, pt, head)),
    });
  };
  return new Table({
    width: { size: mm(columnsMm.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: columnsMm.map((w) => mm(w)),
    layout: TableLayoutType.FIXED,
    rows: [row(header, true), ...rows.map((r) => row(r, false))],
  });
}
