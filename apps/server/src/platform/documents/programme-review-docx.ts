import { Document, Packer, type Paragraph, type Table } from 'docx';
import { DOCUMENT_STYLES, PAGE, body, centered, heading, pageNumberHeaders } from './decree30.ts';
import {
  documentHeader,
  documentTitle,
  signatureBlock,
  type IssueDate,
} from './decree30.blocks.ts';
import { dataTable } from './decree30.table.ts';
import { formatNumberVi } from './consolidated-input.ts';

export interface ProgrammeReviewInput {
  issuer: string[];
  place: string;
  date: IssueDate;
  unitName: string;
  programmeTitle: string;
  years: number[];
  decision: string;
  goals: { year: number; title: string; status: string }[];
  elements: {
    code: string;
    name: string;
    lead: string;
    cooperating: string[];
    years: { year: number; code: string; score: number | null; rank: number | null }[];
    tasks: { on_time: number; late: number; not_done: number; cancelled: number };
  }[];
  agencies: { name: string; codes: string[]; status: string; narrative: string }[];
  sections: { results: string; shortcomings: string; lessons: string; proposals: string };
  solutions: { code: string; content: string; lead: string }[];
  recipients: string[];
}

const STATUS_VI: Record<string, string> = {
  met: 'Đạt',
  not_met: 'Không đạt',
  pending: 'Chưa có kết quả',
};
const caption = (text: string) =>
  centered(text, { italics: true, pt: 13, before: 120, keepNext: true });
const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => body(l));
const code = (c: string) => c.replace(/^D/, '');

/** The compiled review report's text, Decree 30/2020 layout, with tables in place of charts. */
export function programmeReviewBody(r: ProgrammeReviewInput): (Paragraph | Table)[] {
  let table = 0;
  const t = () => ++table;
  const met = r.goals.filter((g) => g.status === 'met').length;
  const judged = r.goals.filter((g) => g.status !== 'pending').length;
  const pending = r.agencies.filter((a) => !a.narrative);
  const yearCols = r.years.map(() => 120 / Math.max(1, r.years.length));
  return [
    documentHeader({ issuer: r.issuer, number: '/BC-UBND', place: r.place, date: r.date }),
    ...documentTitle('BÁO CÁO', `Tổng kết ${r.programmeTitle}`),
    body(
      `Thực hiện ${r.programmeTitle}${r.decision ? ` (${r.decision})` : ''}, ${r.unitName} báo cáo tổng kết giai đoạn ${r.years[0]}–${r.years.at(-1)} như sau:`,
    ),
    heading('I. KẾT QUẢ THỰC HIỆN MỤC TIÊU CỦA CHƯƠNG TRÌNH'),
    body(
      r.goals.length
        ? `Chương trình đặt ${r.goals.length} mục tiêu; đã có kết quả đánh giá ${judged} mục tiêu, trong đó đạt ${met} mục tiêu.`
        : 'Chương trình chưa đặt mục tiêu theo năm.',
    ),
    ...(r.goals.length
      ? [
          caption(`Bảng ${t()}. Mục tiêu từng năm và mức đạt`),
          dataTable(
            [20, 100, 40],
            ['Năm', 'Mục tiêu', 'Kết quả'],
            r.goals.map((g) => [
              String(g.year),
              { text: g.title, align: 'left' as const },
              STATUS_VI[g.status] ?? g.status,
            ]),
          ),
        ]
      : []),
    heading('II. KẾT QUẢ THEO TỪNG NỘI DUNG, CHỈ SỐ'),
    caption(`Bảng ${t()}. Điểm số qua các năm của chương trình`),
    dataTable(
      [40, ...yearCols],
      ['Nội dung', ...r.years.map(String)],
      r.elements.map((e) => [
        { text: `${code(e.code)}. ${e.name}`, align: 'left' as const },
        ...r.years.map((y) => {
          const v = e.years.find((x) => x.year === y);
          return v?.score == null
            ? '–'
            : `${formatNumberVi(v.score, 2)}${v.rank ? `\n(hạng ${v.rank})` : ''}`;
        }),
      ]),
      11,
    ),
    centered('(*) Điểm của lĩnh vực: năm đó chưa công bố điểm nội dung thành phần.', {
      italics: true,
      pt: 11,
    }),
    caption(`Bảng ${t()}. Nhiệm vụ theo nội dung và cơ quan chủ trì`),
    dataTable(
      [40, 52, 17, 17, 17, 17],
      ['Nội dung', 'Cơ quan chủ trì', 'Đúng hạn', 'Quá hạn', 'Chưa xong', 'Hủy'],
      r.elements.map((e) => [
        { text: `${code(e.code)}. ${e.name}`, align: 'left' as const },
        { text: e.lead, align: 'left' as const },
        String(e.tasks.on_time),
        String(e.tasks.late),
        String(e.tasks.not_done),
        String(e.tasks.cancelled),
      ]),
      11,
    ),
    heading('III. KẾT QUẢ CỦA CÁC CƠ QUAN, ĐƠN VỊ'),
    // Reports taken in speak for themselves; the rest are one line of names, not a page each.
    ...r.agencies
      .filter((a) => a.narrative)
      .flatMap((a) => [
        body(
          { text: `${a.name} (nội dung ${a.codes.map(code).join(', ')}): `, bold: true },
          a.status,
        ),
        ...lines(a.narrative),
      ]),
    ...(pending.length
      ? [
          body(
            { text: `Chưa gửi hoặc chưa được tiếp nhận (${pending.length}): `, bold: true },
            `${pending.map((a) => a.name).join(', ')}.`,
          ),
        ]
      : []),
    heading('IV. ĐÁNH GIÁ CHUNG'),
    body({ text: '1. Kết quả đạt được', bold: true }),
    ...lines(r.sections.results),
    body({ text: '2. Tồn tại, hạn chế và nguyên nhân', bold: true }),
    ...lines(r.sections.shortcomings),
    body({ text: '3. Bài học kinh nghiệm', bold: true }),
    ...lines(r.sections.lessons),
    heading('V. GIẢI PHÁP CHO CHƯƠNG TRÌNH KỲ SAU'),
    ...lines(r.sections.proposals),
    ...(r.solutions.length
      ? [
          caption(`Bảng ${t()}. Dự kiến giải pháp chương trình kỳ sau`),
          dataTable(
            [12, 20, 83, 45],
            ['STT', 'Nội dung', 'Giải pháp', 'Cơ quan chủ trì'],
            r.solutions.map((s, i) => [
              String(i + 1),
              code(s.code),
              { text: s.content, align: 'left' as const },
              { text: s.lead, align: 'left' as const },
            ]),
            11,
          ),
        ]
      : []),
    body(`Trên đây là báo cáo tổng kết ${r.programmeTitle} của ${r.unitName}./.`),
    signatureBlock({
      recipients: r.recipients,
      authority: ['TM. ỦY BAN NHÂN DÂN'],
      position: 'CHỦ TỊCH',
      name: '',
    }),
  ];
}

export async function renderProgrammeReviewDocx(r: ProgrammeReviewInput): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'PAPI Hub',
    title: `Báo cáo tổng kết ${r.programmeTitle}`,
    styles: DOCUMENT_STYLES,
    sections: [
      {
        properties: { page: PAGE, titlePage: true },
        headers: pageNumberHeaders(),
        children: programmeReviewBody(r),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
