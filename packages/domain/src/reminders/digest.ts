import { formatDateVi } from '../plans/deadlines.ts';
import { daysBetween } from './schedule.ts';
import type { DueItem } from './items.ts';

export interface DigestNews {
  title: string;
  link: string;
  createdAt: string;
}

export interface Digest {
  overdue: DueItem[];
  dueSoon: DueItem[];
  news: DigestNews[];
}

/**
 * A user's daily digest: their items past due, those due within `soonDays`, and what
 * arrived since the last digest. Null when all three are empty: an empty digest is never sent.
 */
export function buildDigest(
  items: DueItem[],
  news: DigestNews[],
  today: string,
  soonDays: number,
): Digest | null {
  const byDate = (a: DueItem, b: DueItem) => a.dueDate.localeCompare(b.dueDate) || a.id - b.id;
  const overdue = items.filter((i) => i.dueDate < today).sort(byDate);
  const dueSoon = items
    .filter((i) => i.dueDate >= today && daysBetween(today, i.dueDate) <= soonDays)
    .sort(byDate);
  if (!overdue.length && !dueSoon.length && !news.length) return null;
  return { overdue, dueSoon, news };
}

/** The digest as plain-text e-mail (every client shows it; links are absolute). */
export function digestText(
  digest: Digest,
  today: string,
  baseUrl: string,
): {
  subject: string;
  text: string;
} {
  const lines: string[] = [`Bản tin công việc ngày ${formatDateVi(today)}`, ''];
  const item = (i: DueItem) =>
    `- ${i.title} (${i.unitName}) — hạn ${formatDateVi(i.dueDate)}: ${baseUrl}${i.link}`;
  if (digest.overdue.length) {
    lines.push(`QUÁ HẠN (${digest.overdue.length}):`, ...digest.overdue.map(item), '');
  }
  if (digest.dueSoon.length) {
    lines.push(`SẮP ĐẾN HẠN (${digest.dueSoon.length}):`, ...digest.dueSoon.map(item), '');
  }
  if (digest.news.length) {
    lines.push(
      `MỚI (${digest.news.length}):`,
      ...digest.news.map((n) => `- ${n.title}: ${baseUrl}${n.link}`),
      '',
    );
  }
  const counts = [
    digest.overdue.length && `${digest.overdue.length} quá hạn`,
    digest.dueSoon.length && `${digest.dueSoon.length} sắp đến hạn`,
    digest.news.length && `${digest.news.length} mới`,
  ].filter(Boolean);
  lines.push('Thay đổi cài đặt nhận thông báo: ' + `${baseUrl}/notifications/settings`);
  return {
    subject: `[PAPI Hub] Bản tin ${formatDateVi(today)}: ${counts.join(', ')}`,
    text: lines.join('\n'),
  };
}
