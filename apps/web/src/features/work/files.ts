import { formatDecimal, formatNumber } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/index.ts';

/** 1536 → "1,5 KB", 2_500_000 → "2,4 MB" (Vietnamese decimals in Vietnamese). */
export function formatBytes(bytes: number, lang: Lang): string {
  if (bytes < 1024) return `${formatNumber(bytes, lang)} B`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${formatDecimal(kb, lang, 1)} KB`;
  return `${formatDecimal(kb / 1024, lang, 1)} MB`;
}
