import type ExcelJS from 'exceljs';
import { newWorkbook } from '../../platform/documents/exceljs.ts';
import {
  agencyLabel,
  APPENDIX_COLUMN_FIELDS,
  APPENDIX_HEADERS,
  appendixOutline,
  formatDeadline,
  type AppendixField,
} from '@papi/domain';
import type { TPlanBody } from '@papi/contracts';
import type { TaskRecord } from './plans.repository.ts';

/** Column widths in characters: about 150 in all, so A4 landscape prints near full size. */
const WIDTHS: Record<AppendixField, number> = {
  number: 6,
  title: 22,
  content: 50,
  dimension: 8,
  lead: 20,
  cooperating: 22,
  deadline: 14,
  expectedResult: 22,
  budget: 13,
  budgetSource: 15,
};

/** Optional columns, printed only when some task fills them. */
const OPTIONAL: Partial<Record<AppendixField, (t: TaskRecord) => boolean>> = {
  title: (t) => Boolean(t.title),
  budget: (t) => t.budget !== null || Boolean(t.budgetSource),
  budgetSource: (t) => t.budget !== null || Boolean(t.budgetSource),
};

const LINE_PT = 15.6; // Times New Roman 12 with line spacing
/**
 * Excel and LibreOffice keep generated rows one line high even when their text wraps, so
 * the height is estimated from the longest cell. A width unit holds about 1.25 characters
 * of Times New Roman 12 in Excel (1.45 in LibreOffice, whose unit is wider): 1.2 errs tall.
 */
function fitHeight(row: ExcelJS.Row, widths: readonly number[]) {
  let lines = 1;
  row.eachCell((c, col) => {
    const perLine = Math.max(1, Math.floor((widths[col - 1] ?? 10) * 1.2) - 1);
    const text = c.value === null || c.value === undefined ? '' : String(c.value);
    const n = text
      .split('\n')
      .reduce((sum, p) => sum + Math.max(1, Math.ceil(p.length / perLine)), 0);
    lines = Math.max(lines, n);
  });
  row.height = Math.min(409, lines * LINE_PT + 4);
}

type Group = TPlanBody['taskGroups'][number];

const cellsOf = (t: TaskRecord): Record<AppendixField, ExcelJS.CellValue> => ({
  number: t.number,
  title: t.title,
  content: t.content,
  dimension: t.dimensionCodes.join(', '),
  lead: t.lead ? agencyLabel(t.lead) : null,
  cooperating: t.cooperating.map(agencyLabel).join('; ') || null,
  deadline: t.deadline ? formatDeadline(t.deadline) : null,
  expectedResult: t.expectedResult,
  budget: t.budget,
  budgetSource: t.budgetSource,
});

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * The appendix as a workbook: a title line, the header (bold, shaded, frozen), then the
 * plan's headings in order (sub-items under their parents; by dimension, named, for a plan
 * without headings) with their tasks, every cell wrapped and bordered. A heading row keeps
 * the lead and deadline it carries. Re-importing it gives the same structure and tasks.
 */
export async function appendixXlsx(
  title: string,
  groups: readonly Group[],
  tasks: readonly TaskRecord[],
  dimensions: readonly { code: string; name: string }[] = [],
): Promise<Uint8Array> {
  const wb = await newWorkbook();
  wb.creator = 'PAPI Hub';
  const ws = wb.addWorksheet('Phụ lục', {
    views: [{ state: 'frozen', ySplit: 2 }],
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      // The header row again on every printed page.
      printTitlesRow: '2:2',
    },
    headerFooter: { oddFooter: '&C&"Times New Roman"&11Trang &P/&N' },
  });
  // Titles and budgets get their columns (read back on import) only when some task has one.
  const fields = APPENDIX_COLUMN_FIELDS.filter((f) => {
    const used = OPTIONAL[f];
    return used ? tasks.some(used) : true;
  });
  const widths = fields.map((f) => WIDTHS[f]);
  ws.columns = fields.map((f) => ({ key: f, width: WIDTHS[f] }));
  ws.mergeCells(1, 1, 1, fields.length);
  const titleCell = ws.getCell(1, 1);
  titleCell.value = title;
  titleCell.font = { name: 'Times New Roman', size: 13, bold: true };
  titleCell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  ws.getRow(1).height = 36;

  const header = ws.getRow(2);
  fields.forEach((f, i) => {
    const c = header.getCell(i + 1);
    c.value = APPENDIX_HEADERS[f];
    c.font = { name: 'Times New Roman', size: 12, bold: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = BORDER;
  });
  header.height = 2 * LINE_PT + 6;

  for (const item of appendixOutline(groups, tasks, dimensions)) {
    const g = item.heading;
    const row = ws.addRow({
      number: g.number,
      content: g.heading,
      dimension: g.dimensionCodes.join(', '),
      lead: g.lead,
      deadline: g.deadline,
    });
    // Every column, so the shading and borders run across the whole table.
    fields.forEach((_, i) => {
      const c = row.getCell(i + 1);
      c.font = { name: 'Times New Roman', size: 12, bold: true, italic: g.level > 1 };
      c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
      c.border = BORDER;
      c.alignment = {
        vertical: 'top',
        wrapText: true,
        horizontal: i === 0 ? 'center' : undefined,
      };
    });
    fitHeight(row, widths);
    for (const t of item.tasks) addTask(t);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());

  function addTask(t: TaskRecord) {
    const row = ws.addRow(cellsOf(t));
    row.eachCell({ includeEmpty: true }, (c, col) => {
      c.font = { name: 'Times New Roman', size: 12 };
      c.border = BORDER;
      c.alignment = {
        vertical: 'top',
        wrapText: true,
        horizontal: col === 1 ? 'center' : undefined,
      };
    });
    if (fields.includes('budget')) row.getCell('budget').numFmt = '#,##0';
    fitHeight(row, widths);
  }
}
