import { Document, Packer, type Paragraph, type Table } from 'docx';
import {
  BODY_PT,
  DOCUMENT_STYLES,
  LANDSCAPE_PAGE,
  PAGE,
  body,
  centered,
  gap,
  keptBody,
  pageNumberHeaders,
  rule,
} from './decree30.ts';
import {
  dateText,
  documentHeader,
  documentTitle,
  numberText,
  signatureBlock,
} from './decree30.blocks.ts';
import { dataTable, type GridCell } from './decree30.table.ts';
import { formatNumberVi } from './consolidated-input.ts';
import { roman } from './plan-appendix.ts';

/** Plain data of the decision on a year's emulation (every string as printed). */
export interface EmulationDecisionInput {
  /** "ỦY BAN NHÂN DÂN" / "TỈNH SƠN LA" */
  issuer: string[];
  /** "Ủy ban nhân dân tỉnh Sơn La" inside sentences; "tỉnh Sơn La" after "Chủ tịch UBND". */
  issuerName: string;
  unitInSentence: string;
  place: string;
  issueYear: number;
  year: number;
  /** "Giám đốc Sở Nội vụ" or, for a commune, the official in charge of home affairs. */
  proposer: string;
  commend: string[];
  criticise: string[];
  /** Criteria columns of the annex: code, name, maximum. */
  criteria: { code: string; name: string; maxPoints: number }[];
  groups: {
    title: string;
    rows: {
      name: string;
      points: Record<string, number | null>;
      bonus: number;
      penalty: number;
      total: number;
      rank: number;
      rating: string;
    }[];
  }[];
  approved: boolean;
}

const NUMBER = '/QĐ-UBND';
const pts = (n: number | null) => (n === null ? 'K.T' : formatNumberVi(n, 2));

/** A list in an article: "- name;" lines, the last one closed with a full stop. */
const items = (names: string[]) =>
  names.map((n, i) => body(`- ${n}${i === names.length - 1 ? '.' : ';'}`));

function decisionBody(d: EmulationDecisionInput): (Paragraph | Table)[] {
  const subject = `Về việc biểu dương, khen thưởng và phê bình kết quả thi đua thực hiện nhiệm vụ cải cách hành chính, nâng cao Chỉ số PAPI năm ${d.year}`;
  const articles: Paragraph[] = [
    body(
      { text: 'Điều 1. ', bold: true },
      d.commend.length
        ? `Biểu dương, khen thưởng ${d.commend.length} tập thể có thành tích xuất sắc trong thực hiện nhiệm vụ cải cách hành chính, nâng cao Chỉ số PAPI năm ${d.year}, gồm:`
        : `Năm ${d.year} không có tập thể đạt mức đề nghị khen thưởng.`,
    ),
    ...items(d.commend),
    body(
      { text: 'Điều 2. ', bold: true },
      d.criticise.length
        ? `Phê bình ${d.criticise.length} tập thể thực hiện nhiệm vụ cải cách hành chính, nâng cao Chỉ số PAPI năm ${d.year} còn hạn chế, gồm:`
        : `Năm ${d.year} không có tập thể bị phê bình.`,
    ),
    ...items(d.criticise),
    body(
      { text: 'Điều 3. ', bold: true },
      'Kết quả chấm điểm, xếp hạng thi đua của các cơ quan, đơn vị tại Phụ lục kèm theo Quyết định này.',
    ),
    keptBody(
      { text: 'Điều 4. ', bold: true },
      `Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng ${d.issuerName}, ${d.proposer}, Thủ trưởng các cơ quan, đơn vị có tên tại Điều 1, Điều 2 chịu trách nhiệm thi hành Quyết định này./.`,
    ),
  ];
  return [
    ...(d.approved ? [] : [centered('DỰ THẢO', { bold: true, pt: 12 })]),
    documentHeader({
      issuer: d.issuer,
      number: NUMBER,
      place: d.place,
      date: { year: d.issueYear },
    }),
    ...documentTitle('QUYẾT ĐỊNH', subject),
    centered(`CHỦ TỊCH ${d.issuer.join(' ').toUpperCase()}`, { bold: true, keepNext: true }),
    gap(6),
    ...[
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      `Căn cứ kết quả chấm điểm thi đua năm ${d.year} đã được Hội đồng Thi đua - Khen thưởng thống nhất;`,
      `Theo đề nghị của ${d.proposer}.`,
    ].map((t) => body({ text: t, italics: true })),
    centered('QUYẾT ĐỊNH:', { bold: true, before: 240, keepNext: true }),
    ...articles,
    gap(BODY_PT, true),
    signatureBlock({
      recipients: ['Như Điều 4', `Chủ tịch, các Phó Chủ tịch ${d.issuerName}`, 'Lưu: VT, NV'],
      authority: [],
      position: 'CHỦ TỊCH',
      name: '',
    }),
  ];
}

/** Column widths: STT, name, one per criterion, bonus, penalty, total, rank, rating (247 mm). */
function widths(n: number) {
  const fixed = [10, 0, 14, 14, 17, 14, 36];
  const name = Math.max(50, 247 - fixed.reduce((a, b) => a + b, 0) - n * 15);
  const each = (247 - fixed.reduce((a, b) => a + b, 0) - name) / Math.max(n, 1);
  return [10, name, ...Array.from({ length: n }, () => each), 14, 14, 17, 14, 36];
}

function annex(d: EmulationDecisionInput): (Paragraph | Table)[] {
  const columns = widths(d.criteria.length);
  const header: (string | GridCell)[] = [
    'STT',
    'Cơ quan, đơn vị',
    ...d.criteria.map((c) => `${c.code}\n(${formatNumberVi(c.maxPoints, 2)})`),
    'Cộng',
    'Trừ',
    'Tổng điểm',
    'Xếp hạng',
    'Xếp loại',
  ];
  const rows: (string | GridCell)[][] = d.groups.flatMap((g, gi) => [
    [
      { text: roman(gi + 1), bold: true, keepNext: true },
      { text: g.title, bold: true, align: 'left', span: columns.length - 1, keepNext: true },
    ],
    ...g.rows.map((r, i): (string | GridCell)[] => [
      String(i + 1),
      { text: r.name, align: 'left' },
      ...d.criteria.map((c) => pts(r.points[c.code] ?? null)),
      pts(r.bonus),
      pts(r.penalty),
      { text: pts(r.total), bold: true },
      r.rank === 0 ? '–' : String(r.rank),
      r.rating,
    ]),
  ]);
  return [
    centered('PHỤ LỤC', { bold: true }),
    centered(`KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA NĂM ${d.year}`, { bold: true }),
    centered(
      `(Kèm theo Quyết định số ${numberText(NUMBER)} ${dateText({ year: d.issueYear })} của Chủ tịch ${d.issuerName})`,
      { italics: true },
    ),
    rule(50, 247),
    gap(6),
    dataTable(columns, header, rows, 11),
    gap(6),
    ...d.criteria.map((c) =>
      body(
        { text: `${c.code}: `, bold: true, pt: 12 },
        { text: `${c.name} (tối đa ${formatNumberVi(c.maxPoints, 2)} điểm).`, pt: 12 },
      ),
    ),
    body({
      text: 'K.T: không tính (không có hồ sơ đến hạn trong năm); tổng điểm được quy đổi theo thang điểm đầy đủ.',
      italics: true,
      pt: 12,
    }),
  ];
}

/** The decision (Decree 30/2020: Quyết định, Phụ lục I form) with its landscape annex table. */
export async function renderEmulationDecision(d: EmulationDecisionInput): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'PAPI Hub',
    title: `Quyết định khen thưởng, phê bình thi đua năm ${d.year}`,
    styles: DOCUMENT_STYLES,
    sections: [
      {
        properties: { page: PAGE, titlePage: true },
        headers: pageNumberHeaders(),
        children: decisionBody(d),
      },
      {
        properties: { page: { ...LANDSCAPE_PAGE, pageNumbers: { start: 1 } }, titlePage: true },
        headers: pageNumberHeaders(),
        children: annex(d),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
