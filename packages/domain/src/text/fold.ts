/**
 * Folds Vietnamese text for accent- and case-insensitive matching:
 * "Đắk Lắk" → "dak lak", "Thừa Thiên-Huế" → "thua thien hue".
 * NFD removes combining marks; đ/Đ has no decomposition, so it is mapped by hand.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The folded words of a search query ("Đắk  Lắk" → ["dak", "lak"]). */
export function searchWords(query: string): string[] {
  return foldVietnamese(query).split(' ').filter(Boolean);
}

/** True when every word of the query occurs (folded) in the text, in any order. */
export function matchesSearch(text: string, query: string): boolean {
  const haystack = foldVietnamese(text);
  return searchWords(query).every((word) => haystack.includes(word));
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Vietnamese alphabetical order (a < ă < â < b … đ after d), unlike the database's C collation. */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
