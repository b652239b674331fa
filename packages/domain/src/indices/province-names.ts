import { foldVietnamese } from '../text/fold.ts';

// Spellings seen in official workbooks, newspapers and our own users' sheets, mapped to
// one canonical key per province (Thừa Thiên Huế became Thành phố Huế in 2025).
const ALIASES: Record<string, string> = {
  tthue: 'hue',
  thuathienhue: 'hue',
  hcm: 'hochiminh',
  tphcm: 'hochiminh',
  hcmc: 'hochiminh',
  saigon: 'hochiminh',
  brvt: 'bariavungtau',
  vungtau: 'bariavungtau',
  daclac: 'daklak',
  daclak: 'daklak',
  dacnong: 'daknong',
  hn: 'hanoi',
  hp: 'haiphong',
  dn: 'danang',
};

const PREFIXES = /^(tinh|thanh pho|tp|t p)\s+/;

/** A spelling-insensitive key for a province name: "TP. Hồ Chí Minh" → "hochiminh". */
export function provinceKey(name: string): string {
  return foldVietnamese(name).replace(PREFIXES, '').replace(/\s+/g, '');
}

const canonical = (key: string) => ALIASES[key] ?? key;

/**
 * Finds the candidate a written province name means, or null. An exact key wins over an
 * alias, so a list holding both spellings still resolves each to itself.
 */
export function matchProvince<T extends { name: string }>(
  name: string,
  candidates: readonly T[],
): T | null {
  const key = provinceKey(name);
  const exact = candidates.find((c) => provinceKey(c.name) === key);
  return exact ?? candidates.find((c) => canonical(provinceKey(c.name)) === canonical(key)) ?? null;
}
