/**
 * Clipboard text from Excel, LibreOffice or Google Sheets: rows by newline, cells by tab;
 * a cell holding a tab, newline or quote comes wrapped in double quotes with "" for ".
 * Pure, unit-tested.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const src = text.replace(/\r\n?/g, '\n');
  let atCellStart = true;
  while (i < src.length) {
    const ch = src[i]!;
    if (atCellStart && ch === '"') {
      // Quoted cell: read to the closing quote; "" is a literal quote.
      i++;
      for (;;) {
        if (i >= src.length) break;
        const c = src[i]!;
        if (c === '"') {
          if (src[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += c;
        i++;
      }
      atCellStart = false;
      continue;
    }
    atCellStart = false;
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
    } else {
      cell += ch;
    }
    i++;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  // Spreadsheets end a copy with a newline; whole-empty rows carry nothing to paste.
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

/** Cells as TSV for copying back to a spreadsheet, quoting what needs it. */
export function toTsv(rows: readonly (readonly string[])[]): string {
  const quote = (c: string) => (/[\t\n"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return rows.map((r) => r.map(quote).join('\t')).join('\n');
}
