/**
 * A plan read back from its printed text (the paragraphs of a .docx, in order): header,
 * subject, bases, sections with purpose and requirements, the organisation items, closing,
 * Nơi nhận and signer, laid out as Decree 30/2020 prints them. Whatever is not understood
 * is listed, so the author sees what the draft lacks. The appendix table is not read here.
 */
import { parseRecipients, parseSigner } from './document-parts.ts';
import type { LegalBasis, PlanSection, Recipients, Responsibility, Signer } from './plan.ts';

export interface PlanFromText {
  issuingBody: string | null;
  parentBody: string | null;
  /** "35/KH-UBND" as printed; null when blank. */
  documentNumber: string | null;
  place: string | null;
  /** ISO date when day, month and year are printed. */
  date: string | null;
  title: string | null;
  bases: LegalBasis[];
  preamble: string | null;
  purpose: string[];
  requirements: string[];
  sections: PlanSection[];
  responsibilities: Responsibility[];
  closing: string | null;
  recipients: Recipients;
  signer: Signer | null;
  /** Parts found, in order ("Căn cứ: 2", "Phần II. NHIỆM VỤ, GIẢI PHÁP"), for the preview. */
  recognised: string[];
  /** Paragraphs no part took. */
  unrecognised: string[];
}

const ROMAN = /^(I{1,3}|IV|VI{0,3}|IX|X{1,2})\.\s+(.+)$/u;
const NUMBERED = /^(\d+)\.\s+(.+)$/u;
const DATE_LINE = /^(.+?),\s*ngày\s+(\d{1,2})?\s*tháng\s+(\d{1,2})?\s*năm\s+(\d{4})$/u;
const KNOWN = [/^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/u, /^Độc lập - Tự do - Hạnh phúc$/u];

const basis = (text: string): LegalBasis => ({
  text,
  docKind:
    /^(Căn cứ|Thực hiện)\s+(Luật|Nghị quyết|Nghị định|Quyết định|Kế hoạch|Thông báo|Chỉ thị)/u.exec(
      text,
    )?.[2] ?? null,
  documentNumber: /số\s+([\w/.-]+\/[\w.-]+)/u.exec(text)?.[1] ?? null,
  date: null,
  issuer: null,
  implementsParent: /^Thực hiện Kế hoạch/u.test(text),
  parentPlanId: null,
});

function roleOf(heading: string, tasksSeen: boolean): PlanSection['role'] {
  if (/MỤC ĐÍCH/u.test(heading)) return 'purpose';
  if (/TỔ CHỨC THỰC HIỆN/u.test(heading)) return 'organisation';
  if (!tasksSeen && /NHIỆM VỤ|NỘI DUNG|GIẢI PHÁP/u.test(heading)) return 'tasks';
  return 'free';
}

const clean = (s: string) =>
  s
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** A paragraph of the file: its text and whether it is all in italics (bases are). */
export interface DocParagraph {
  text: string;
  italic?: boolean;
}

/** Reads the paragraphs of a plan as this system (and Decree 30) prints them. */
export function readPlanText(paragraphs: readonly (string | DocParagraph)[]): PlanFromText {
  const out: PlanFromText = {
    issuingBody: null,
    parentBody: null,
    documentNumber: null,
    place: null,
    date: null,
    title: null,
    bases: [],
    preamble: null,
    purpose: [],
    requirements: [],
    sections: [],
    responsibilities: [],
    closing: null,
    recipients: { lines: [], archive: null },
    signer: null,
    recognised: [],
    unrecognised: [],
  };
  const all = paragraphs
    .map((p) => (typeof p === 'string' ? { text: p } : p))
    .map((p) => ({ text: clean(p.text), italic: p.italic === true }))
    .filter((p) => p.text);
  const lines = all.map((p) => p.text);
  let i = 0;
  // Header: the issuing body's capitals before the national title, number, place and date.
  const headerLines: string[] = [];
  for (; i < lines.length && lines[i] !== 'KẾ HOẠCH'; i++) {
    const l = lines[i]!;
    const number = /^Số:\s*(.*)$/u.exec(l);
    const date = DATE_LINE.exec(l);
    if (number) out.documentNumber = /^\d/.test(number[1]!) ? number[1]! : null;
    else if (date) {
      out.place = date[1]!;
      if (date[2] && date[3])
        out.date = `${date[4]}-${date[3].padStart(2, '0')}-${date[2].padStart(2, '0')}`;
    } else if (KNOWN.some((k) => k.test(l))) continue;
    else if (l === l.toLocaleUpperCase('vi')) headerLines.push(l);
    else out.unrecognised.push(l);
  }
  if (headerLines.length) {
    out.issuingBody = headerLines.join(' ');
    out.recognised.push(`Cơ quan ban hành: ${out.issuingBody}`);
  }
  if (out.documentNumber) out.recognised.push(`Số: ${out.documentNumber}`);
  if (out.place) out.recognised.push(`Địa danh: ${out.place}`);
  if (lines[i] === 'KẾ HOẠCH') {
    out.title = lines[i + 1] ?? null;
    i += 2;
    if (out.title) out.recognised.push(`Trích yếu: ${out.title}`);
  }
  // Bases and the preamble, up to the first Roman section.
  const preamble: string[] = [];
  for (; i < lines.length && !ROMAN.test(lines[i]!); i++) {
    // Bases print in italics; without that mark, "Căn cứ …"/"Thực hiện …" before the preamble.
    const isBasis = all[i]!.italic || /^(Căn cứ|Thực hiện)\s/u.test(lines[i]!);
    if (isBasis && preamble.length === 0) out.bases.push(basis(lines[i]!));
    else preamble.push(lines[i]!);
  }
  if (out.bases.length) out.recognised.push(`Căn cứ: ${out.bases.length}`);
  out.preamble = preamble.join('\n') || null;
  if (out.preamble) out.recognised.push('Đoạn dẫn sau căn cứ');

  let section: PlanSection | null = null;
  let list: string[] | null = null;
  let item: Responsibility | null = null;
  const text = (p: string) => {
    if (!section) return out.unrecognised.push(p);
    if (section.role === 'purpose' && list) return list.push(p.replace(/^-\s*/u, ''));
    if (section.role === 'organisation' && item) return item.paragraphs.push(p);
    if (section.role === 'tasks' && /^\(Có Phụ lục.*\)$/u.test(p)) return (section.note = p);
    const last = section.blocks.at(-1);
    if (last) last.paragraphs.push(p);
    else section.blocks.push({ number: null, heading: null, paragraphs: [p], children: [] });
  };
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (l === 'Nơi nhận:' || /^Nơi nhận:/u.test(l)) break;
    if (/^Trên đây là /u.test(l)) {
      out.closing = l;
      out.recognised.push('Câu kết');
      continue;
    }
    const roman = ROMAN.exec(l);
    if (roman) {
      section = {
        numeral: roman[1]!,
        heading: roman[2]!,
        role: roleOf(
          roman[2]!,
          out.sections.some((s) => s.role === 'tasks'),
        ),
        note: null,
        blocks: [],
      };
      out.sections.push(section);
      out.recognised.push(`Phần ${roman[1]}. ${roman[2]}`);
      list = null;
      item = null;
      continue;
    }
    const numbered = NUMBERED.exec(l);
    if (section?.role === 'purpose' && numbered) {
      if (/^Mục đích/u.test(numbered[2]!)) list = out.purpose;
      else if (/^Yêu cầu/u.test(numbered[2]!)) list = out.requirements;
      else text(l);
      continue;
    }
    if (section?.role === 'organisation' && numbered) {
      // "2. Phòng Nội vụ: theo dõi, …" carries its duty on the same line.
      const [, number, rest] = numbered;
      const colon = rest!.indexOf(': ');
      const inline = colon > 0 && colon < 120;
      const heading = inline ? rest!.slice(0, colon) : rest!;
      item = {
        number: number!,
        heading,
        agencies: [],
        request: /^Đề nghị/u.test(heading),
        paragraphs: inline ? [rest!.slice(colon + 2)] : [],
        children: [],
      };
      out.responsibilities.push(item);
      continue;
    }
    text(l);
  }
  if (out.purpose.length) out.recognised.push(`Mục đích: ${out.purpose.length} ý`);
  if (out.requirements.length) out.recognised.push(`Yêu cầu: ${out.requirements.length} ý`);
  if (out.responsibilities.length)
    out.recognised.push(`Tổ chức thực hiện: ${out.responsibilities.length} cơ quan`);
  // The last paragraph of the text carries "./." when there is no "Trên đây là …".
  if (!out.closing && out.responsibilities.at(-1)?.paragraphs.at(-1)?.endsWith('./.')) {
    const r = out.responsibilities.at(-1)!;
    r.paragraphs[r.paragraphs.length - 1] = r.paragraphs.at(-1)!.replace(/\.\/\.$/u, '.');
  }

  // Nơi nhận, then the signer's lines up to the appendix.
  const foot: string[] = [];
  const signer: string[] = [];
  for (i++; i < lines.length && lines[i] !== 'Phụ lục'; i++) {
    if (/^-\s/u.test(lines[i]!)) foot.push(lines[i]!);
    else signer.push(lines[i]!);
  }
  out.recipients = parseRecipients(foot.join('\n'));
  if (foot.length) out.recognised.push(`Nơi nhận: ${out.recipients.lines.length} nơi`);
  // A draft prints no name: its last line is then the position, in capitals.
  const unnamed = signer.length > 0 && signer.at(-1) === signer.at(-1)!.toLocaleUpperCase('vi');
  const read = signer.length >= 2 ? parseSigner(unnamed ? [...signer, '?'] : signer) : null;
  out.signer = read && unnamed ? { ...read, name: '' } : read;
  if (out.signer) out.recognised.push(`Người ký: ${out.signer.name || out.signer.position}`);
  if (i < lines.length)
    out.unrecognised.push('Phụ lục (bảng nhiệm vụ): nhập bằng “Nhập phụ lục từ Excel”.');
  return out;
}
