/** XLSForm workbooks ↔ the plain sheets the domain reads and writes (domain/surveys/xlsform-*). */
import type ExcelJS from 'exceljs';
import { newWorkbook } from '../../platform/documents/exceljs.ts';
import type { SheetData } from '@papi/domain';
import { badRequest } from '../../platform/errors.ts';

const MAX_ROWS = 5000;

function text(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return text((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('text' in value) return String(value.text);
  return '';
}

export async function readXlsForm(filename: string, bytes: Uint8Array): Promise<SheetData[]> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (!isZip)
    throw badRequest(
      'UNSUPPORTED_FILE',
      `Tệp "${filename}" không phải tệp XLSX (XLSForm lưu bằng Excel 2007 trở lên).`,
    );
  const workbook = await newWorkbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    throw badRequest('UNSUPPORTED_FILE', `Không đọc được tệp XLSX "${filename}".`);
  }
  return workbook.worksheets.map((ws) => {
    if (ws.rowCount > MAX_ROWS)
      throw badRequest(
        'UNSUPPORTED_FILE',
        `Trang "${ws.name}" của tệp "${filename}" có hơn ${MAX_ROWS} dòng.`,
      );
    const width = ws.columnCount;
    const rows: string[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      rows.push(Array.from({ length: width }, (_, c) => text(row.getCell(c + 1).value).trim()));
    }
    return { name: ws.name, rows };
  });
}

export async function writeXlsForm(sheets: SheetData[]): Promise<Uint8Array> {
  const workbook = await newWorkbook();
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    for (const row of sheet.rows) ws.addRow(row);
    ws.getRow(1).font = { bold: true };
    ws.columns.forEach((col, i) => {
      const longest = Math.max(...sheet.rows.map((r) => (r[i] ?? '').length), 6);
      col.width = Math.min(longest + 2, 60);
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
