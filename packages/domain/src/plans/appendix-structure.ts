/**
 * The structure of an appendix as officials write it: Roman sections ("I", "II"), numbered
 * items ("1", "1.2"), lettered items ("a)"), and unnumbered heading lines. A row is a
 * heading when the rows after it are its children; a heading's lead or deadline applies to
 * the items under it that leave theirs blank, and a heading may name a PAPI dimension
 * (by its number in a list shaped like the eight dimensions, or by its name).
 */
import { foldVietnamese } from '../text/fold.ts';

export type NumberKind = 'roman' | 'numbered' | 'lettered' | 'plain';

const ROMAN = /^(?=[IVXLC])M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$/;

/** "1." → "1", "a)" → "a", "II." → "II": the number without its closing mark. */
export function cleanNumber(raw: string): string {
  return raw
    .trim()
    .replace(/[.)]+$/, '')
    .trim();
}

export function numberKind(n: string): NumberKind {
  if (n === '') return 'plain';
  if (ROMAN.test(n)) return 'roman';
  if (/^\d+(\.\d+)*$/.test(n)) return 'numbered';
  if (/^[a-zđ]$/i.test(n)) return 'lettered';
  return 'numbered';
}

/** Whether `child` is written as an item under `parent` ("1.2" under "1", "a" under "3"). */
export function isChildNumber(parent: string, child: string): boolean {
  const pk = numberKind(parent);
  const ck = numberKind(child);
  if (pk === 'roman') return ck === 'numbered' && child === '1';
  if (pk === 'numbered')
    return child.startsWith(`${parent}.`) || (ck === 'lettered' && /^a$/i.test(child));
  return false;
}

/** Whether a row numbered `n` goes under the open heading numbered `top`. */
function goesUnder(top: string, n: string): boolean {
  const tk = numberKind(top);
  const nk = numberKind(n);
  if (nk === 'roman') return false;
  if (tk === 'roman') return true;
  if (tk === 'plain') return nk !== 'plain';
  if (nk === 'plain' || tk === 'lettered') return false;
  return nk === 'lettered' || n.startsWith(`${top}.`);
}

export interface StructureRow {
  row: number;
  heading: boolean;
  number: string;
}

export interface Placement {
  /** Stable key of a heading ("r12": the file row it came from). */
  key: string | null;
  level: number;
  parentKey: string | null;
}

/**
 * Each row's place: headings get a key, a level (1 = top) and their parent; tasks get the
 * heading they sit under as parentKey. A plain heading closes numbered ones but stays under
 * a Roman section.
 */
export function placeRows(rows: readonly StructureRow[]): Placement[] {
  const stack: { key: string; number: string }[] = [];
  const closeFor = (n: string) => {
    while (stack.length > 0 && !goesUnder(stack[stack.length - 1]!.number, n)) stack.pop();
  };
  return rows.map((r) => {
    // An unnumbered task line stays under the heading above it.
    if (r.heading || r.number !== '') closeFor(r.number);
    const parentKey = stack.length > 0 ? stack[stack.length - 1]!.key : null;
    if (!r.heading) return { key: null, level: stack.length + 1, parentKey };
    const key = `r${r.row}`;
    const level = stack.length + 1;
    stack.push({ key, number: r.number });
    return { key, level, parentKey };
  });
}

/* ---------- dimension linking ---------- */

export interface DimensionName {
  code: string;
  name: string;
}

export interface DimensionLink {
  codes: string[];
  by: 'column' | 'number' | 'name' | 'heading' | 'user' | null;
  /** Vietnamese, shown next to the link in the preview. */
  reason: string | null;
}

/** Words that introduce a dimension's name in headings ("Đối với nội dung “…”"). */
const LEADING =
  /^(doi voi |ve )?(noi dung thanh phan|chi so noi dung thanh phan|chi so thanh phan|noi dung|linh vuc|chi so)\s*(so \d+\s*)?/;

export function headingWords(text: string): string[] {
  const f = foldVietnamese(text).replace(/^(\d+|[ivxlc]+)( \d+)*\s/, '');
  return f.replace(LEADING, '').split(' ').filter(Boolean);
}

/** Edit distance up to 2 (enough to forgive a typo in a word). */
function closeWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 4 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const ra = a.slice(i + 1);
  const rb = b.slice(i + 1);
  return ra === rb || a.slice(i) === rb || ra === b.slice(i);
}

/**
 * How well a heading names an element: 1 when every word of the element's name appears in
 * order at the start of the heading (typos of one letter forgiven), else the share of the
 * name's words found anywhere.
 */
export function nameScore(heading: readonly string[], name: readonly string[]): number {
  if (name.length === 0 || heading.length === 0) return 0;
  const found = name.filter((w) => heading.some((h) => closeWord(h, w))).length / name.length;
  const extra = heading.length - name.length;
  // A heading much longer than the name (a task's sentence) needs every word of the name.
  if (found === 1) return extra <= 3 ? 1 : 0.9;
  return extra > 3 ? 0 : found;
}

/** The element whose name the heading gives, among candidates; at least 0.8 of its words. */
export function matchByName(
  text: string,
  candidates: readonly DimensionName[],
): DimensionName | null {
  const words = headingWords(text);
  let best: DimensionName | null = null;
  let score = 0.8;
  for (const c of candidates) {
    const s = nameScore(words, foldVietnamese(c.name).split(' '));
    if (s > score || (s === score && best === null && s >= 0.8)) [best, score] = [c, s];
  }
  return best;
}

/**
 * Whether sibling headings numbered in rising order within 1…n (n the edition's count; a
 * plan may skip a dimension) read as the dimensions: at least three, and at least half carry
 * much of the name of the dimension with their number (001 says "Công khai, minh bạch trong
 * hoạch định chính sách" for D2).
 */
export function isDimensionList(
  headings: readonly { number: string; text: string }[],
  top: readonly DimensionName[],
): boolean {
  const n = headings.length;
  if (n < 3 || n > top.length) return false;
  const numbers = headings.map((h) => Number(h.number));
  if (
    !numbers.every(
      (x, i) =>
        Number.isInteger(x) && x >= 1 && x <= top.length && (i === 0 || x > numbers[i - 1]!),
    )
  )
    return false;
  const agree = headings.filter((h) => {
    const words = headingWords(h.text);
    return nameScore(words, foldVietnamese(top[Number(h.number) - 1]!.name).split(' ')) >= 0.4;
  }).length;
  return agree * 2 >= n;
}
