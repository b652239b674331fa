import type { Lang } from './lang.ts';

const pad = (n: number): string => String(n).padStart(2, '0');

/** ISO date "2025-07-01" → "01/07/2025" in both languages; split by hand to avoid timezone shifts. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [year, month, day] = iso.slice(0, 10).split('-');
  if (!year || !month || !day) return iso;
  return `${day}/${month}/${year}`;
}

/** ISO timestamp → "dd/mm/yyyy HH:mm" in the browser's local time. */
export function formatDateTime(timestamp: string | null | undefined): string {
  if (!timestamp) return '';
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp;
  const day = `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
  return `${day} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const numberFormats: Record<Lang, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN'),
  en: new Intl.NumberFormat('en-US'),
};

/** 1234.5 → "1.234,5" in Vietnamese, "1,234.5" in English. */
export function formatNumber(value: number, lang: Lang): string {
  return numberFormats[lang].format(value);
}

const decimalFormats = new Map<string, Intl.NumberFormat>();

/** A score with fixed decimals: 43.6213 → "43,62" in Vietnamese, "43.62" in English. */
export function formatDecimal(value: number, lang: Lang, digits = 2): string {
  const key = `${lang}:${digits}`;
  let format = decimalFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    decimalFormats.set(key, format);
  }
  return format.format(value);
}

/** A change with its sign: +1,53 / −0,20 (a true minus sign). */
export function formatSigned(value: number, lang: Lang, digits = 2): string {
  const text = formatDecimal(Math.abs(value), lang, digits);
  if (Math.abs(value) < 0.5 * 10 ** -digits) return formatDecimal(0, lang, digits);
  return value > 0 ? `+${text}` : `−${text}`;
}
