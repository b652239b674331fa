/**
 * The tracking code a citizen gets for a feedback: `PA-2026-7KQ4X9M2ZC3V` — the year, then
 * 12 symbols of a Crockford-like alphabet (no I, L, O, U: nothing to misread) drawn from 60
 * random bits. The code alone lets its holder read the case and rate the answer, so it must
 * not be guessable: 2^60 codes per year.
 */
export const TRACKING_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const SYMBOLS = 12;

/** A code from the year and at least 8 random bytes (the caller draws them: no I/O here). */
export function makeTrackingCode(year: number, random: Uint8Array): string {
  if (random.length < 8) throw new Error('makeTrackingCode: cần ít nhất 8 byte ngẫu nhiên');
  let bits = 0n;
  for (const b of random.subarray(0, 8)) bits = (bits << 8n) | BigInt(b);
  let out = '';
  for (let i = 0; i < SYMBOLS; i++) {
    out = TRACKING_ALPHABET[Number(bits & 31n)]! + out;
    bits >>= 5n;
  }
  return `PA-${year}-${out}`;
}

/**
 * A typed code made canonical (upper case, spaces dropped, O→0, I/L→1 as Crockford reads
 * them), or null when it cannot be one.
 */
export function normalizeTrackingCode(input: string): string | null {
  const text = input.trim().toUpperCase().replace(/[\s_]/g, '').replace(/[–—]/g, '-');
  const m = /^PA-?(\d{4})-?([0-9A-Z]{12})$/.exec(text);
  if (!m) return null;
  const body = m[2]!.replace(/O/g, '0').replace(/[IL]/g, '1');
  if ([...body].some((ch) => !TRACKING_ALPHABET.includes(ch))) return null;
  return `PA-${m[1]}-${body}`;
}
