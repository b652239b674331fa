/**
 * "Số, ký hiệu" of an administrative document (Decree 30/2020, Phụ lục I, mục 3):
 * number / type abbreviation - issuer abbreviation(s), e.g. "426/KH-UBND", "1389/QĐ-UBND-HC".
 * Numbers below 10 are written with a leading zero; the pair is unique per issuer per year.
 */

/** Type abbreviations from Phụ lục III (the ones plans cite or are). */
export const DOCUMENT_TYPE_CODES: Record<string, string> = {
  NQ: 'Nghị quyết',
  QĐ: 'Quyết định',
  CT: 'Chỉ thị',
  QC: 'Quy chế',
  QyĐ: 'Quy định',
  TB: 'Thông báo',
  HD: 'Hướng dẫn',
  CTr: 'Chương trình',
  KH: 'Kế hoạch',
  PA: 'Phương án',
  ĐA: 'Đề án',
  DA: 'Dự án',
  BC: 'Báo cáo',
  TTr: 'Tờ trình',
};

export interface DocumentNumber {
  /** Null while the văn thư has not numbered the draft ("Số: /KH-UBND"). */
  number: number | null;
  typeCode: string;
  /** Issuer abbreviation groups: ["UBND"], ["UBND", "HC"]. */
  issuer: string[];
}

export type ParseResult = { ok: true; value: DocumentNumber } | { ok: false; error: string };

const STATE_FORMAT = /^(\d*)\/([A-Za-zĐđ]+)-([A-ZĐ0-9&]+(?:-[A-ZĐ0-9&]+)*)$/u;
/** Party documents put the type before the slash ("614-TB/TU"); they are cited, not issued here. */
const PARTY_FORMAT = /^\d+-[A-Za-zĐđ]+\/[A-ZĐ0-9]+$/u;

export function parseDocumentNumber(text: string): ParseResult {
  const s = text
    .replace(/\*/g, '')
    .replace(/^\s*Số\s*:?/iu, '')
    .replace(/\s+/g, '');
  if (s === '') return { ok: false, error: 'Chưa nhập số, ký hiệu văn bản.' };
  if (PARTY_FORMAT.test(s)) {
    return {
      ok: false,
      error: `"${s}" là số hiệu văn bản của Đảng, không theo thể thức Nghị định 30/2020.`,
    };
  }
  const m = STATE_FORMAT.exec(s);
  if (!m) {
    return {
      ok: false,
      error: `Số, ký hiệu "${s}" không đúng dạng "số/loại-cơ quan", ví dụ 426/KH-UBND.`,
    };
  }
  const [, digits = '', typeCode = '', issuer = ''] = m;
  const number = digits === '' ? null : Number(digits);
  if (number === 0) return { ok: false, error: 'Số văn bản bắt đầu từ 01.' };
  return { ok: true, value: { number, typeCode, issuer: issuer.split('-') } };
}

export function formatDocumentNumber(d: DocumentNumber): string {
  const n = d.number === null ? '' : String(d.number).padStart(2, '0');
  return `${n}/${d.typeCode}-${d.issuer.join('-')}`;
}

export interface NumberExpectations {
  /** Type the document must be (KH for a plan). */
  typeCode?: string;
  /** The issuer's abbreviation ("UBND"), when the unit has one configured. */
  issuer?: string;
  /** At issuance the number must be filled in. */
  requireNumber?: boolean;
}

/** Problems with a number for a document of the given type and issuer; empty when fine. */
export function checkDocumentNumber(
  text: string | null,
  expect: NumberExpectations = {},
): string[] {
  if (text === null) return expect.requireNumber ? ['Chưa có số, ký hiệu văn bản.'] : [];
  const parsed = parseDocumentNumber(text);
  if (!parsed.ok) return [parsed.error];
  const { value } = parsed;
  const problems: string[] = [];
  if (expect.requireNumber && value.number === null) {
    problems.push('Chưa cấp số văn bản (văn thư cấp số khi ban hành).');
  }
  if (expect.typeCode && value.typeCode !== expect.typeCode) {
    const name = DOCUMENT_TYPE_CODES[expect.typeCode] ?? expect.typeCode;
    problems.push(
      `Ký hiệu loại văn bản phải là "${expect.typeCode}" (${name}), đang là "${value.typeCode}".`,
    );
  }
  if (expect.issuer && value.issuer[0] !== expect.issuer) {
    problems.push(
      `Ký hiệu cơ quan ban hành phải là "${expect.issuer}", đang là "${value.issuer[0]}".`,
    );
  }
  return problems;
}

export interface IssuedNumber {
  unitId: string;
  year: number;
  documentNumber: string;
}

const sameSymbol = (a: DocumentNumber, b: DocumentNumber) =>
  a.number === b.number && a.typeCode === b.typeCode && a.issuer.join('-') === b.issuer.join('-');

/** Decree 30 art. 15: number and symbol are unique per issuing body per year. */
export function isNumberTaken(taken: readonly IssuedNumber[], candidate: IssuedNumber): boolean {
  const c = parseDocumentNumber(candidate.documentNumber);
  if (!c.ok || c.value.number === null) return false;
  return taken.some((t) => {
    if (t.unitId !== candidate.unitId || t.year !== candidate.year) return false;
    const p = parseDocumentNumber(t.documentNumber);
    return p.ok && sameSymbol(p.value, c.value);
  });
}

/** The next free number in an issuer's yearly sequence (numbers run across all types). */
export function nextNumber(taken: readonly IssuedNumber[], unitId: string, year: number): number {
  let max = 0;
  for (const t of taken) {
    if (t.unitId !== unitId || t.year !== year) continue;
    const p = parseDocumentNumber(t.documentNumber);
    if (p.ok && p.value.number !== null) max = Math.max(max, p.value.number);
  }
  return max + 1;
}
