import { GROUP_LABELS, type PerformanceGroup } from '@papi/domain';

/**
 * Small Vietnamese phrases built from numbers, for the report's sentences. Pure functions:
 * numbers in Vietnamese format (comma decimal), changes in the words officials use.
 */

/** 43.6249 → "43,62"; 1234.5 → "1.234,50". */
export function vnNumber(value: number, digits = 2): string {
  const [int, frac] = Math.abs(value).toFixed(digits).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = value < 0 && Number(Math.abs(value).toFixed(digits)) !== 0 ? '-' : '';
  return sign + grouped + (frac ? `,${frac}` : '');
}

/** "43,62 điểm". */
export const points = (value: number) => `${vnNumber(value)} điểm`;

/** Differences smaller than what two decimals show count as none. */
const rounded = (value: number) => Math.round(value * 100) / 100;

/** "tăng 0,45 điểm", "giảm 0,45 điểm", "không thay đổi". */
export function scoreChange(now: number, before: number): string {
  const diff = rounded(now - before);
  if (diff === 0) return 'không thay đổi';
  return `${diff > 0 ? 'tăng' : 'giảm'} ${points(Math.abs(diff))}`;
}

/** Rank 1 is best: from 20th to 17th is "tăng 3 bậc". */
export function rankChange(now: number, before: number): string {
  if (now === before) return 'giữ nguyên thứ hạng';
  return before > now ? `tăng ${before - now} bậc` : `giảm ${now - before} bậc`;
}

/**
 * "cao hơn 0,09 điểm so với trung vị toàn quốc (5,03 điểm)", "thấp hơn …", "tương đương …";
 * without the reference value in brackets when showReference is false.
 */
export function compareTo(score: number, reference: number, what: string, showReference = true) {
  const diff = rounded(score - reference);
  const ref = showReference ? ` (${points(reference)})` : '';
  if (diff === 0) return `tương đương ${what}${ref}`;
  return `${diff > 0 ? 'cao hơn' : 'thấp hơn'} ${points(Math.abs(diff))} so với ${what}${ref}`;
}

/** "từ 40,87 điểm lên 42,40 điểm" / "từ vị trí 46/63 xuống vị trí 50/61". */
export function fromTo(before: string, now: string, up: boolean) {
  return `từ ${before} ${up ? 'lên' : 'xuống'} ${now}`;
}

/** "nhóm điểm trung bình cao" (lower case, for the middle of a sentence). */
export function groupName(group: PerformanceGroup): string {
  const label = GROUP_LABELS[group].vi;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** "xếp thứ 30/63". */
export const rankOf = (rank: number, of: number) => `xếp thứ ${rank}/${of}`;

/** Joins "a", "b" and "c" as "a, b và c". */
export function listVi(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items.at(-1)}`;
}

/** "“Y tế công lập”" in Vietnamese quotes. */
export const quoted = (text: string) => `“${text}”`;

/** "Tỉnh Sơn La" → "tỉnh Sơn La", "Thành phố Hà Nội" → "thành phố Hà Nội". */
export function inSentence(fullName: string): string {
  return fullName.charAt(0).toLowerCase() + fullName.slice(1);
}

/** Starts a sentence with a capital letter. */
export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
