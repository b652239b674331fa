/**
 * English for texts the domain and the server write in Vietnamese (validation findings,
 * error messages, period labels). The Vietnamese stays the source: each entry pairs a
 * Vietnamese template with its English, `{0}`, `{1}`… standing for the interpolated parts,
 * which the English may reorder. A part that is itself a known text ("Kế hoạch", "cơ quan
 * chủ trì", a whole finding) is translated too; anything else (names, numbers, codes) is
 * data and stays as written.
 */
import { DOMAIN_ENGLISH } from './english-domain.ts';

export type EnglishPair = readonly [vi: string, en: string];

interface Template {
  re: RegExp;
  en: string;
  /** Literal characters: the longer, the more specific, the earlier it is tried. */
  weight: number;
}

const PLACEHOLDER = /\{(\d+)\}/g;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Vietnamese letters the English must not keep (ASCII-only words like "sau" aside). */
export const VIETNAMESE_LETTER =
  /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

function compile(vi: string, en: string): Template {
  const order: number[] = [];
  const body = vi
    .split(PLACEHOLDER)
    .map((part, i) => {
      if (i % 2 === 0) return escape(part);
      order.push(Number(part));
      return '([\\s\\S]*?)';
    })
    .join('');
  // Groups are numbered by position; the English names them by the Vietnamese index.
  const byIndex = en.replace(PLACEHOLDER, (_, n: string) => `{${order.indexOf(Number(n))}}`);
  return {
    re: new RegExp(`^${body}$`, 'u'),
    en: byIndex,
    weight: vi.replace(PLACEHOLDER, '').length,
  };
}

export interface Translator {
  /** The English of a whole message, or the message unchanged when no entry reads it. */
  (message: string): string;
  /** The English when an entry reads the message, else null. */
  find(message: string): string | null;
}

/** A translator over the given entries; later entries win over earlier identical ones. */
export function createTranslator(pairs: readonly EnglishPair[]): Translator {
  const exact = new Map<string, string>();
  const templates: Template[] = [];
  for (const [vi, en] of pairs) {
    if (/\{\d+\}/.test(vi)) templates.push(compile(vi, en));
    else exact.set(vi, en);
  }
  templates.sort((a, b) => b.weight - a.weight);

  const find = (message: string, depth = 0): string | null => {
    const hit = exact.get(message);
    if (hit !== undefined) return hit;
    if (depth > 4) return null;
    for (const t of templates) {
      const m = t.re.exec(message);
      if (!m) continue;
      return t.en.replace(PLACEHOLDER, (_, n: string) => part(m[Number(n) + 1] ?? '', depth));
    }
    return null;
  };
  // A part: a known text, a list of known texts ("a; b"), else data kept as written.
  const part = (value: string, depth: number): string => {
    if (!VIETNAMESE_LETTER.test(value) && !exact.has(value)) return value;
    const whole = find(value, depth + 1);
    if (whole !== null) return whole;
    if (value.includes('; '))
      return value
        .split('; ')
        .map((v) => find(v, depth + 1) ?? v)
        .join('; ');
    return value;
  };

  const translate = ((message: string) => find(message) ?? message) as Translator;
  translate.find = (message: string) => find(message);
  return translate;
}

/** The domain's own texts in English: plan findings, import checks, periods, deadlines. */
export const toEnglish: Translator = createTranslator(DOMAIN_ENGLISH);
