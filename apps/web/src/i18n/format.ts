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

/** Today's date in local time as ISO (toISOString would give the UTC date). */
export function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
