import { Paragraph } from 'docx';
import { BLANK, BODY_PT, centered, gap, layoutTable, plainCell, rule, run } from './decree30.ts';

/** A date of issue; a draft leaves the day (and maybe the month) blank, to be filled on signing. */
export interface IssueDate {
  year: number;
  month?: number | null;
  day?: number | null;
}

/** Days below 10 and the months 1 and 2 take a leading zero (Phụ lục I, II.4). */
const dayText = (d: number) => String(d).padStart(2, '0');
const monthText = (m: number) => (m <= 2 ? String(m).padStart(2, '0') : String(m));

/** "ngày 18 tháng 02 năm 2022", with blanks for the parts not known yet. */
export function dateText(d: IssueDate) {
  const day = d.day ? dayText(d.day) : BLANK;
  const month = d.month ? monthText(d.month) : BLANK;
  return `ngày ${day} tháng ${month} năm ${d.year}`;
}

/** "426/KH-UBND"; a number not given yet ("/KH-UBND", "   /KH-UBND") gets a blank to fill in. */
export function numberText(number: string) {
  const trimmed = number.trim();
  return trimmed.startsWith('/') ? `${BLANK.repeat(2)}${trimmed}` : trimmed;
}

export interface HeaderInput {
  /** Direct parent body, upright capitals, not bold ("UBND TỈNH SƠN LA"); may be absent. */
  parentBody?: string[];
  /** The issuing body, bold capitals, one entry per line ("ỦY BAN NHÂN DÂN", "HUYỆN MỘC CHÂU"). */
  issuer: string[];
  /** "426/KH-UBND" or "/KH-UBND" for a number given at registration. */
  number: string;
  place: string;
  date: IssueDate;
}

const LEFT_MM = 60;
const RIGHT_MM = 100;

/** The two-column header: issuing body and number | national title, motto, place and date. */
export function documentHeader(h: HeaderInput) {
  const longest = Math.max(...h.issuer.map((l) => l.length), 8);
  // The rule is 1/3–1/2 of the name's line; Times 13 pt capitals are ≈ 2,6 mm wide.
  const ruleMm = Math.min(LEFT_MM - 10, Math.max(16, Math.round(longest * 2.6 * 0.45)));
  return layoutTable(
    [LEFT_MM, RIGHT_MM],
    [
      [
        plainCell(LEFT_MM, [
          ...(h.parentBody ?? []).map((l) => centered(l.toUpperCase(), { pt: 13 })),
          ...h.issuer.map((l) => centered(l.toUpperCase(), { bold: true, pt: 13 })),
          rule(ruleMm, LEFT_MM),
        ]),
        plainCell(RIGHT_MM, [
          centered('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, pt: 13 }),
          centered('Độc lập - Tự do - Hạnh phúc', { bold: true, pt: 14 }),
          rule(62, RIGHT_MM),
        ]),
      ],
      [
        plainCell(LEFT_MM, [centered(`Số: ${numberText(h.number)}`, { pt: 13, before: 120 })]),
        plainCell(RIGHT_MM, [
          centered(`${h.place}, ${dateText(h.date)}`, { italics: true, before: 120 }),
        ]),
      ],
    ],
  );
}

export interface SignatureInput {
  /** "Nơi nhận" lines without the leading dash; the last one is "Lưu: VT, …". */
  recipients: string[];
  /** Authority lines: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"; empty when signing in own name. */
  authority: string[];
  /** "PHÓ CHỦ TỊCH" */
  position: string;
  /** The signer's name; blank in a draft. */
  name: string;
}

/** The signature block: Nơi nhận at the left in 12/11 pt, the signer centred at the right. */
export function signatureBlock(s: SignatureInput) {
  const line = (text: string, last: boolean) => {
    const clean = text.replace(/^\s*-\s*/, '').trimEnd();
    const end = /[;.…]$/.test(clean) ? '' : last ? '.' : ';';
    return new Paragraph({
      spacing: { before: 0, after: 0 },
      children: [run(`- ${clean}${end}`, 11)],
    });
  };
  return layoutTable(
    [75, 85],
    [
      [
        plainCell(75, [
          new Paragraph({
            spacing: { before: 0, after: 0 },
            children: [run({ text: 'Nơi nhận:', bold: true, italics: true }, 12)],
          }),
          ...s.recipients.map((r, i) => line(r, i === s.recipients.length - 1)),
        ]),
        plainCell(85, [
          ...s.authority.map((a) => centered(a.toUpperCase(), { bold: true })),
          centered(s.position.toUpperCase(), { bold: true }),
          ...Array.from({ length: 5 }, () => gap()),
          centered(s.name || ' ', { bold: true, pt: BODY_PT }),
        ]),
      ],
    ],
  );
}

/** Type name and subject ("KẾ HOẠCH" / "Nâng cao …"), bold and centred, over a short rule. */
export function documentTitle(kind: string, subject: string) {
  return [
    centered(kind.toUpperCase(), { bold: true, before: 360, keepNext: true }),
    centered(subject, { bold: true, keepNext: true }),
    rule(50, 160),
    gap(8),
  ];
}
