import type ExcelJS from 'exceljs';
import { newWorkbook } from '../../platform/documents/exceljs.ts';
import { parse } from 'csv-parse/sync';
import { IMPORT_MAX_FILE_BYTES } from '@papi/contracts';
import { AppError, badRequest } from '../../platform/errors.ts';

/** A cell as read: text, a number, or nothing. */
export type Cell = string | number | null;

/** The first table of an uploaded file, whatever its format. */
export interface Sheet {
  format: 'csv' | 'xlsx';
  /** Header cells (row `headerRow`), as written. */
  header: string[];
  headerRow: number;
  /** Data rows with their number as shown in the file (header = 1). */
  rows: { row: number; cells: Cell[] }[];
}

/** More rows than any index has provinces × years: the file is not what we expect. */
const MAX_ROWS = 10_000;

const startsWith = (bytes: Uint8Array, ...magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** Formats people send by mistake, recognised by their first bytes, for a clear message. */
const KNOWN_OTHER: [string, number[]][] = [
  ['ảnh PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['ảnh JPEG', [0xff, 0xd8, 0xff]],
  ['ảnh GIF', [0x47, 0x49, 0x46, 0x38]],
  ['tài liệu PDF', [0x25, 0x50, 0x44, 0x46]],
  ['bảng tính Excel 97–2003 (.xls)', [0xd0, 0xcf, 0x11, 0xe0]],
];

/** Base64 (optionally a data: URL) → bytes; 400 when it is not base64, 413 over 5 MB. */
export function decodeUpload(contentBase64: string): Uint8Array {
  const text = contentBase64.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 === 1) {
    throw badRequest('INVALID_FILE', 'Nội dung tệp không đúng dạng base64.');
  }
  const bytes = new Uint8Array(Buffer.from(text, 'base64'));
  if (bytes.length === 0) throw badRequest('INVALID_FILE', 'Tệp rỗng.');
  if (bytes.length > IMPORT_MAX_FILE_BYTES) {
    throw new AppError(
      413,
      'PAYLOAD_TOO_LARGE',
      `Tệp quá lớn (${(bytes.length / 1024 / 1024).toFixed(1)} MB, tối đa 5 MB).`,
    );
  }
  return bytes;
}

/** Reads a CSV (UTF-8) or XLSX file, told apart by content; the name is only for messages. */
export async function readSheet(
  filename: string,
  bytes: Uint8Array,
  kind: FileKind = 'index',
): Promise<Sheet> {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return readXlsx(filename, bytes, kind);
  const other = KNOWN_OTHER.find(([, magic]) => startsWith(bytes, ...magic));
  if (other) {
    throw badRequest(
      'UNSUPPORTED_FILE',
      `Tệp "${filename}" là ${other[0]}, không phải bảng tính. Hãy gửi tệp XLSX (Excel 2007 trở lên) hoặc CSV mã hóa UTF-8.`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw badRequest(
      'UNSUPPORTED_FILE',
      `Tệp "${filename}" không phải XLSX cũng không phải văn bản CSV mã hóa UTF-8. Nếu là CSV, hãy lưu lại với mã hóa UTF-8.`,
    );
  }
  if (text.includes('\u0000')) {
    throw badRequest(
      'UNSUPPORTED_FILE',
      `Tệp "${filename}" chứa dữ liệu nhị phân, không phải CSV. Hãy gửi tệp XLSX hoặc CSV UTF-8.`,
    );
  }
  return readCsv(filename, text, kind);
}

function readCsv(filename: string, text: string, kind: FileKind): Sheet {
  // The first lines, not just the first: a title line ("PHỤ LỤC") may come before the header.
  const firstLine = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/, 5)
    .join('\n');
  const count = (ch: string) => firstLine.split(ch).length - 1;
  // Excel in Vietnamese locales saves CSV with ";" (the comma is the decimal separator).
  const delimiter = count(';') > count(',') ? ';' : count('\t') > count(',') ? '\t' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    throw badRequest(
      'UNSUPPORTED_FILE',
      `Không đọc được tệp CSV "${filename}"${line ? ` (lỗi ở dòng ${line})` : ''}: kiểm tra dấu ngoặc kép và dấu phân cách.`,
    );
  }
  const [head, ...body] = records;
  if (!head) throw badRequest('EMPTY_FILE', `Tệp "${filename}" không có dữ liệu.`);
  if (body.length > MAX_ROWS) tooManyRows(filename, kind);
  return {
    format: 'csv',
    header: head.record.map((h) => h.trim()),
    headerRow: head.info.lines,
    rows: body.map((r) => ({ row: r.info.lines, cells: r.record.map((c) => c.trim() || null) })),
  };
}

/** What the file should be, for the message when it is far too long. */
export type FileKind = 'index' | 'survey';

function tooManyRows(filename: string, kind: FileKind): never {
  if (kind === 'survey')
    throw badRequest(
      'UNSUPPORTED_FILE',
      `Tệp "${filename}" có hơn ${MAX_ROWS.toLocaleString('vi-VN')} dòng: hãy chia thành nhiều tệp nhỏ hơn.`,
    );
  throw badRequest(
    'UNSUPPORTED_FILE',
    `Tệp "${filename}" có hơn ${MAX_ROWS.toLocaleString('vi-VN')} dòng: không phải tệp kết quả chỉ số.`,
  );
}

/** An XLSX cell value as text or number (formulas give their cached result). */
function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value)
    return (
      value.richText
        .map((t) => t.text)
        .join('')
        .trim() || null
    );
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) {
    return cellValue((value as { result?: ExcelJS.CellValue }).result ?? null);
  }
  if ('text' in value) return cellValue(value.text as ExcelJS.CellValue);
  return null;
}

async function readXlsx(filename: string, bytes: Uint8Array, kind: FileKind): Promise<Sheet> {
  const workbook = await newWorkbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    throw badRequest(
      'UNSUPPORTED_FILE',
      `Tệp "${filename}" là tệp nén nhưng không phải bảng tính XLSX đọc được. Hãy mở bằng Excel và lưu lại dạng .xlsx.`,
    );
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) throw badRequest('EMPTY_FILE', `Bảng tính "${filename}" không có dữ liệu.`);
  if (sheet.actualRowCount > MAX_ROWS + 1) tooManyRows(filename, kind);
  const rows: { row: number; cells: Cell[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellValue(cell.value);
    });
    rows.push({ row: number, cells: Array.from(cells, (c) => c ?? null) });
  });
  const [head, ...body] = rows;
  if (!head) throw badRequest('EMPTY_FILE', `Bảng tính "${filename}" không có dữ liệu.`);
  return {
    format: 'xlsx',
    header: head.cells.map((c) => (c === null ? '' : String(c).trim())),
    headerRow: head.row,
    rows: body,
  };
}

/** Spreadsheet column letter of a 0-based index: 0 → A, 27 → AB. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
