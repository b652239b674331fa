/** Cell values of appendix spreadsheets: Vietnamese money amounts and Excel date serials. */
import type { Deadline } from './deadline-types.ts';
import type { SheetCell } from './appendix-rows.ts';

/** "1.500.000", "1 500 000", "2,5" (Vietnamese: dot thousands, comma decimals) → number. */
export function parseVietnameseNumber(raw: SheetCell): number | null | 'invalid' {
  if (raw === null) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) && raw >= 0 ? raw : 'invalid';
  const t = raw.replace(/\s|đồng|vnđ|vnd|đ$/gi, '');
  if (t === '') return null;
  if (!/^\d{1,3}(\.\d{3})*(,\d+)?$|^\d+(,\d+)?$/.test(t)) return 'invalid';
  return Number(t.replace(/\./g, '').replace(',', '.'));
}

/** A date cell Excel stored as a serial number (days since 30/12/1899). */
export function excelSerialDeadline(serial: number): Deadline | null {
  if (!Number.isInteger(serial) || serial < 1 || serial > 2_958_465) return null;
  const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
  return { kind: 'date', date };
}
