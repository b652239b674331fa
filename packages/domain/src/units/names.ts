/**
 * Unit names as the official 2025 lists write them. The pre-2025 catalogue has names with
 * a lower-case syllable ("Nậm ét", "Mường é") and the old tone placement ("Hòa", "Thủy"),
 * while the 2025 lists put the tone on the second vowel of an open oa/oe/uy ("Hoà",
 * "Thuỷ"). Showing both styles side by side reads as two different places, so every name
 * is brought to the 2025 style when the catalogue is imported.
 */

// Old placement → new placement, for the open rhymes only (a final consonant or vowel after
// them, as in "hoàng" or "khuya", already carries the tone on the second vowel in both).
const TONES: Record<string, string> = {
  ò: 'o\u0300',
  ó: 'o\u0301',
  ỏ: 'o\u0309',
  õ: 'o\u0303',
  ọ: 'o\u0323',
  ù: 'u\u0300',
  ú: 'u\u0301',
  ủ: 'u\u0309',
  ũ: 'u\u0303',
  ụ: 'u\u0323',
};
// After an initial consonant other than q (in "quý" the u belongs to the qu): the official
// lists keep a syllable with no initial as it is ("Nguyễn Úy").
const OLD_STYLE =
  /(?<=\p{L})(?<![qQ])([òóỏõọÒÓỎÕỌ])([aeAE])(?!\p{L})|(?<=\p{L})(?<![qQ])([ùúủũụÙÚỦŨỤ])([yY])(?!\p{L})/gu;

function moveTone(match: string, o?: string, oNext?: string, u?: string, uNext?: string): string {
  const marked = (o ?? u)!;
  const next = (oNext ?? uNext)!;
  const base = TONES[marked.toLowerCase()]!;
  const mark = base.slice(1);
  const vowel = marked === marked.toLowerCase() ? base[0]! : base[0]!.toUpperCase();
  return `${vowel}${(next + mark).normalize('NFC')}`;
}

/** "Nậm ét" → "Nậm Ét"; "Xã Hòa Thủy" → "Xã Hoà Thuỷ"; "Cư M'gar" stays. */
export function officialUnitName(name: string): string {
  const cased = name
    .normalize('NFC')
    .replace(/(^|[\s-])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
  return cased.replace(OLD_STYLE, moveTone);
}
