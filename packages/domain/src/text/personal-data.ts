/**
 * Masks personal data in free text that will be shown to others: a citizen's feedback or
 * its published answer, a survey's free-text answer shown to analysts (Decree 13/2023 on
 * personal data). What it finds: e-mail addresses, Vietnamese phone numbers (mobile and
 * landline, 0… or +84…, with spaces, dots or dashes), citizen identity numbers (12-digit
 * CCCD, 9-digit CMND) and a person's name after a form of address ("ông Nguyễn Văn A").
 * It errs on the side of masking: a 9- or 12-digit run is masked whatever it is.
 */

export type PersonalDataKind = 'email' | 'phone' | 'id' | 'name';

export interface MaskResult {
  text: string;
  /** One entry per masked value, by kind (for the audit; never the values themselves). */
  found: PersonalDataKind[];
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

// 0 or +84 / 84 then 9–10 more digits in groups split by spaces, dots or dashes, optionally
// with the area code in brackets: "0912 345 678", "+84 912.345.678", "(024) 3825 1234".
const PHONE = /(?<![\p{N}])(?:\+?84[\s.-]?|\(?0)\d{1,3}\)?(?:[\s.-]?\d){6,9}(?![\p{N}])/gu;

// Identity numbers: 12 digits (CCCD) or 9 (CMND), written as one run. Dotted groups of three
// are left alone: "150.000.000" is an amount of money in Vietnamese writing.
const ID_NUMBER = /(?<![\p{N}.,])(?:\d{12}|\d{9})(?![\p{N}])/gu;

// A form of address then two to five capitalised words: the words are the name.
const ADDRESS_FORMS = [
  'ông',
  'bà',
  'anh',
  'chị',
  'em',
  'cô',
  'chú',
  'bác',
  'cháu',
  'đồng chí',
  'công dân',
  'tôi tên là',
  'tên tôi là',
  'tôi là',
];
const NAME_WORD = '\\p{Lu}[\\p{Ll}\\p{M}]*';
// Case-sensitive, so every word of the name must be capitalised; the form of address may
// start a sentence ("Ông", "Tôi tên là").
const FORMS = ADDRESS_FORMS.flatMap((f) => [f, f[0]!.toUpperCase() + f.slice(1)]).join('|');
const NAME = new RegExp(
  `(?<=(?:^|[^\\p{L}])(?:${FORMS})\\s+)${NAME_WORD}(?:\\s+${NAME_WORD}){1,4}`,
  'gu',
);

/** A phone number has 9 (mobile) or 10 (landline with area code) digits after 0 or +84. */
function isPhone(match: string): boolean {
  const digits = match.replace(/\D/g, '');
  const national = /^\+|^84/.test(match.trim()) ? digits.slice(2) : digits.slice(1);
  return national.length === 9 || national.length === 10;
}

const MASKS: [PersonalDataKind, RegExp, string, ((match: string) => boolean)?][] = [
  ['email', EMAIL, '[email đã ẩn]'],
  ['phone', PHONE, '[số điện thoại đã ẩn]', isPhone],
  ['id', ID_NUMBER, '[số định danh đã ẩn]'],
  ['name', NAME, '[họ tên đã ẩn]'],
];

export function maskPersonalData(text: string): MaskResult {
  const found: PersonalDataKind[] = [];
  let out = text.normalize('NFC');
  // E-mail before phone (digits inside an address), phone before identity numbers.
  for (const [kind, pattern, replacement, accept] of MASKS) {
    out = out.replace(pattern, (match: string) => {
      if (accept && !accept(match)) return match;
      found.push(kind);
      return replacement;
    });
  }
  return { text: out, found };
}
