import {
  AlignmentType,
  BorderStyle,
  Header,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip as mm,
  type IRunOptions,
} from 'docx';

/**
 * Building blocks of a Decree 30/2020/NĐ-CP document (Phụ lục I): Times New Roman, body 14 pt
 * justified with a 1,27 cm first-line indent, 6 pt between paragraphs, line spacing 1,2;
 * A4 portrait, margins 20/20 mm top/bottom, 30 mm left, 20 mm right (text width 160 mm).
 * Tables too wide for portrait go into a landscape section (text width 247 mm).
 */
export const FONT = 'Times New Roman';
export const BODY_PT = 14;
export const TEXT_WIDTH_MM = 160;
export const LANDSCAPE_TEXT_WIDTH_MM = 247;

const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(20), header: mm(10) };

/** A4 portrait page setup for a section's `properties.page`. */
export const PAGE = { size: A4, margin: MARGIN };

/** A4 landscape (the library swaps width and height), same margins: for appendix tables. */
export const LANDSCAPE_PAGE = {
  size: { ...A4, orientation: PageOrientation.LANDSCAPE },
  margin: MARGIN,
};

/** The document's default run style, for `new Document({ styles })`. */
export const DOCUMENT_STYLES = {
  default: { document: { run: { font: FONT, size: BODY_PT * 2 } } },
};

export type Run = string | (Omit<IRunOptions, 'size'> & { text: string; pt?: number });

export const run = (r: Run, pt = BODY_PT) =>
  typeof r === 'string'
    ? new TextRun({ text: r, font: FONT, size: pt * 2 })
    : new TextRun({ ...r, font: FONT, size: (r.pt ?? pt) * 2 });

/** A body paragraph: justified, first-line indent, 6 pt before. */
export function body(...runs: Run[]) {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(12.7) },
    spacing: { before: 120, after: 0, line: 288 },
    children: runs.map((r) => run(r)),
  });
}

/**
 * A body paragraph kept whole and on the page of what follows: the last paragraph before the
 * signature, so the signature block never stands alone on a page.
 */
export function keptBody(...runs: Run[]) {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(12.7) },
    spacing: { before: 120, after: 0, line: 288 },
    keepNext: true,
    keepLines: true,
    children: runs.map((r) => run(r)),
  });
}

/** A section heading ("I. TỔNG QUAN") or a numbered sub-heading, bold, indented like text. */
export function heading(text: string, keepNext = true) {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(12.7) },
    spacing: { before: 180, after: 0, line: 288 },
    keepNext,
    children: [run({ text, bold: true })],
  });
}

/** A centred line (title, caption). */
export function centered(
  text: string,
  opts: {
    bold?: boolean;
    italics?: boolean;
    pt?: number;
    before?: number;
    keepNext?: boolean;
  } = {},
) {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: opts.before ?? 0, after: 0 },
    keepNext: opts.keepNext,
    children: [run({ text, bold: opts.bold, italics: opts.italics }, opts.pt ?? BODY_PT)],
  });
}

/** A short solid rule, centred, of the given length: an empty paragraph with a bottom border. */
export function rule(lengthMm: number, widthMm: number) {
  const side = Math.max(0, (widthMm - lengthMm) / 2);
  return new Paragraph({
    indent: { left: mm(side), right: mm(side) },
    spacing: { before: 0, after: 0, line: 110, lineRule: 'exact' },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

/** An empty line of the given size. */
export const gap = (pt = BODY_PT, keepNext = false) =>
  new Paragraph({ spacing: { before: 0, after: 0 }, keepNext, children: [run('', pt)] });

/** A borderless table cell holding paragraphs (header, signature block). */
export function plainCell(widthMm: number, children: Paragraph[]) {
  return new TableCell({
    width: { size: mm(widthMm), type: WidthType.DXA },
    borders: TableBorders.NONE,
    margins: { left: 0, right: 0 },
    children,
  });
}

/** A borderless layout table (the two-column header and the signature block). */
export function layoutTable(columnsMm: number[], rows: TableCell[][]) {
  return new Table({
    width: { size: mm(columnsMm.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: columnsMm.map((w) => mm(w)),
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map((cells) => new TableRow({ children: cells, cantSplit: true })),
  });
}

/**
 * Section headers: no number on the first page, the page number centred in the top margin
 * of the others (Phụ lục I, I.7).
 */
export function pageNumberHeaders() {
  return {
    first: new Header({ children: [new Paragraph({ children: [] })] }),
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: BODY_PT * 2 }),
          ],
        }),
      ],
    }),
  };
}

/** A blank to be filled in by hand (number, day): non-breaking spaces Word will not collapse. */
export const BLANK = '\u00a0'.repeat(6);
