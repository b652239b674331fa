import { isIsoDate, isoDate } from '@papi/domain';

/**
 * A date as officials type it: "05/06/2026", "5/6/2026", "5-6-2026", "5.6.2026", or ISO
 * "2026-06-05". Returns ISO "yyyy-mm-dd", or null for anything else (including 31/02).
 */
export function parseTypedDate(text: string): string | null {
  const s = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const [y, m, d] = iso
    ? [iso[1], iso[2], iso[3]]
    : dmy
      ? [dmy[3], dmy[2], dmy[1]]
      : [undefined, undefined, undefined];
  if (!y || !m || !d) return null;
  const date = isoDate(Number(y), Number(m), Number(d));
  return isIsoDate(date) ? date : null;
}
