import { downloadBlob } from './download.ts';

export type Cell = string | number | null;
export interface ExportTable {
  title: string;
  headers: string[];
  rows: Cell[][];
}

function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  return /[",\n\r;]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** UTF-8 CSV with a byte-order mark so Excel shows Vietnamese correctly; dot decimals. */
export function downloadCsv(table: ExportTable, fileName: string): void {
  const lines = [table.headers, ...table.rows].map((row) => row.map(csvCell).join(','));
  const blob = new Blob(['\uFEFF', lines.join('\r\n')], { type: 'text/csv;charset=utf-8' });
  downloadBlob(blob, `${fileName}.csv`);
}

/** XLSX with real numbers (two decimals shown); exceljs is fetched only when asked for. */
export async function downloadXlsx(table: ExportTable, fileName: string): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'PAPI Hub';
  const sheet = workbook.addWorksheet(table.title.slice(0, 31) || 'PAPI');
  sheet.addRow(table.headers).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((cell) => cell ?? ''));
  sheet.columns.forEach((column, index) => {
    const decimal = table.rows.some((row) => {
      const cell = row[index];
      return typeof cell === 'number' && !Number.isInteger(cell);
    });
    column.width = Math.max(8, Math.min(40, (table.headers[index]?.length ?? 8) + 2));
    if (decimal) column.numFmt = '0.00';
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const buffer = await workbook.xlsx.writeBuffer();
  downloadBlob(
    new Blob([buffer], {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
    `${fileName}.xlsx`,
  );
}
