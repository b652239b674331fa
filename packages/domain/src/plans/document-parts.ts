/**
 * The fixed parts at the foot of a document (Decree 30/2020, Phụ lục I): "Nơi nhận" ending
 * with "Lưu: VT, …" and the signature block "TM. …/KT. …/position/name". Parsing lets a
 * pasted plan be imported; formatting prints the lines exactly as the decree lays them out.
 */
import type { ArchiveLine, Recipients, Signer, SignerAuthority } from './plan.ts';

/** "Lưu: VT, NV, 45b." → holders VT, NV and 45 copies; null when not an archive line. */
export function parseArchiveLine(line: string): ArchiveLine | null {
  const m = /^-?\s*Lưu\s*:\s*(.*?)\.?\s*$/u.exec(line.trim());
  if (!m) return null;
  const parts = (m[1] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  let copies: number | null = null;
  const last = parts.at(-1);
  const c = last ? /^(\d+)\s*b(ản)?$/u.exec(last) : null;
  if (c) {
    copies = Number(c[1]);
    parts.pop();
  }
  return { holders: parts, copies };
}

export function formatArchiveLine(a: ArchiveLine): string {
  const tail = a.copies === null ? [] : [`${a.copies}b`];
  return `Lưu: ${[...a.holders, ...tail].join(', ')}.`;
}

/** The list under "Nơi nhận:", one recipient per "- " line. */
export function parseRecipients(text: string): Recipients {
  const lines: string[] = [];
  let archive: ArchiveLine | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line.startsWith('-')) continue;
    const a = parseArchiveLine(line);
    if (a) archive = a;
    else lines.push(line.replace(/^-\s*/, '').replace(/\s*;\s*$/, ''));
  }
  return { lines, archive };
}

export function formatRecipients(r: Recipients): string[] {
  return [
    ...r.lines.map((l) => `- ${l};`),
    ...(r.archive ? [`- ${formatArchiveLine(r.archive)}`] : []),
  ];
}

/** The signature block's capitalised lines, top to bottom, then the name. */
export function formatSigner(s: Signer): string[] {
  const lines: string[] = [];
  if (s.onBehalfOf) lines.push(`TM. ${s.onBehalfOf}`);
  if (s.authority && s.headTitle) lines.push(`${s.authority}. ${s.headTitle}`);
  // Q. (acting) signs under the head's title alone; otherwise the own position follows.
  if (s.authority !== 'Q') lines.push(s.position);
  return [...lines, s.name];
}

/** Reads a signature block as printed (lines, the name last). */
export function parseSigner(lines: readonly string[]): Signer | null {
  const ls = lines.map((l) => l.replace(/\*/g, '').trim()).filter(Boolean);
  const name = ls.pop();
  if (!name) return null;
  let onBehalfOf: string | null = null;
  let authority: SignerAuthority | null = null;
  let headTitle: string | null = null;
  const rest: string[] = [];
  for (const l of ls) {
    const m = /^(TM|KT|Q|TL|TUQ)\.\s*(.+)$/u.exec(l);
    if (m?.[1] === 'TM') onBehalfOf = m[2] ?? null;
    else if (m) {
      authority = m[1] as SignerAuthority;
      headTitle = m[2] ?? null;
    } else rest.push(l);
  }
  const position = rest.join(' ') || headTitle || '';
  return { onBehalfOf, authority, headTitle, position, name, userId: null };
}

/**
 * The header a People's Committee's plan starts with (Decree 30/2020, Phụ lục I): the
 * issuing body in capitals — "ỦY BAN NHÂN DÂN TỈNH SƠN LA" — and the place name the date
 * line opens with, the unit's own name ("Sơn La, ngày … tháng … năm …"; a commune's is its
 * name). A People's Committee heads its own level, so it has no superior line (tên cơ
 * quan chủ quản is for bodies under it, such as a sở).
 */
export function defaultPlanHeader(unit: { name: string; fullName: string }) {
  return {
    issuingBody: `ỦY BAN NHÂN DÂN ${unit.fullName.toLocaleUpperCase('vi')}`,
    place: unit.name,
  };
}

/**
 * The issuing body as the header prints it: a People's Committee on two lines, "ỦY BAN
 * NHÂN DÂN" over its unit ("TỈNH SƠN LA"), as Decree 30/2020 lays it out; anything else
 * (a sở, a wording the author typed) as written.
 */
export function issuingBodyLines(issuingBody: string): string[] {
  const m = /^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+(\S.*)$/u.exec(issuingBody.trim());
  return m ? [m[1]!, m[2]!] : [issuingBody];
}
