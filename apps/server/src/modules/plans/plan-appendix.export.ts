import ExcelJS from 'exceljs';
import {
  agencyLabel,
  APPENDIX_COLUMN_FIELDS,
  APPENDIX_HEADERS,
  formatDeadline,
  type AppendixField,
} from '@papi/domain';
import type { TPlanBody } from '@papi/contracts';
import type { TaskRecord } from './plans.repository.ts';

const WIDTHS: Record<AppendixField, number> = {
  number: 7,
  content: 60,
  dimension: 10,
  lead: 26,
  cooperating: 30,
  deadline: 16,
  expectedResult: 30,
  budget: 15,
  budgetSource: 20,
};

type Group = TPlanBody['taskGroups'][number];

/** The group a task sits under: its number's prefix ("2" for "2.3"), else its dimension. */
function groupOf(groups: readonly Group[], t: TaskRecord): Group | null {
  return (
    groups.find((g) => t.number.startsWith(`${g.number}.`)) ??
    groups.find((g) => g.dimensionCodes.some((c) => t.dimensionCodes[0]?.split('.')[0] === c)) ??
    null
  );
}

const cellsOf = (t: TaskRecord): Record<AppendixField, ExcelJS.CellValue> => ({
  number: t.number,
  content: t.title ? `${t.title}. ${t.content}` : t.content,
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
 * tasks under their dimension group rows, every cell wrapped and bordered. Re-importing
 * it gives the same tasks (groups become the plan's task groups again).
 */
export async function appendixXlsx(
  title: string,
  groups: readonly Group[],
  tasks: readonly TaskRecord[],
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'PAPI Hub';
  const ws = wb.addWorksheet('Phụ lục', {
    views: [{ state: 'frozen', ySplit: 2 }],
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  ws.columns = APPENDIX_COLUMN_FIELDS.map((f) => ({ key: f, width: WIDTHS[f] }));
  ws.mergeCells(1, 1, 1, APPENDIX_COLUMN_FIELDS.length);
  const titleCell = ws.getCell(1, 1);
  titleCell.value = title;
  titleCell.font = { name: 'Times New Roman', size: 13, bold: true };
  titleCell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  ws.getRow(1).height = 36;

  const header = ws.getRow(2);
  APPENDIX_COLUMN_FIELDS.forEach((f, i) => {
    const c = header.getCell(i + 1);
    c.value = APPENDIX_HEADERS[f];
    c.font = { name: 'Times New Roman', size: 12, bold: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = BORDER;
  });

  let current: Group | null = null;
  for (const t of tasks) {
    const g = groupOf(groups, t);
    if (g && g !== current) {
      const row = ws.addRow({
        number: g.number,
        content: g.heading,
        dimension: g.dimensionCodes.join(', '),
      });
      row.eachCell({ includeEmpty: true }, (c) => {
        c.font = { name: 'Times New Roman', size: 12, bold: true };
        c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
        c.border = BORDER;
        c.alignment = { vertical: 'top', wrapText: true };
      });
    }
    current = g;
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
    row.getCell('budget').numFmt = '#,##0';
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
