import type ExcelJS from 'exceljs';

/**
 * A new exceljs workbook, the library loaded on first use: importing it costs 0.1–0.2 s of
 * every start (the restart goal is ≤ 2 s) and most processes never read or write a sheet.
 * ESLint allows the value import of exceljs only here.
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: lib } = await import('exceljs');
  return new lib.Workbook();
}
