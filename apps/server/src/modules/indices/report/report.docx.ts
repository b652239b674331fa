import { AlignmentType, Document, ImageRun, Packer, Paragraph } from 'docx';
import type { Chart } from './report.charts.ts';
import { dimensionText, overview } from './report.content.ts';
import type { ReportData } from './report.model.ts';
import { inSentence } from './report.phrases.ts';
import { summary } from './report.summary.ts';
import { appendix, subTable } from './report.appendix.ts';
import { impactChapter } from './report.impact.ts';
import type { TImpactSummary } from '@papi/contracts';
import {
  DOCUMENT_STYLES,
  PAGE,
  body,
  centered,
  gap,
  heading,
  pageNumberHeaders,
} from '../../../platform/documents/decree30.ts';
import {
  documentHeader,
  documentTitle,
  signatureBlock,
} from '../../../platform/documents/decree30.blocks.ts';

export interface ReportCharts {
  dimensions: Chart | null;
  trend: Chart | null;
}

/** "Sơn La" as the place of issue; Hồ Chí Minh City keeps "Thành phố". */
const placeOf = (d: ReportData) =>
  d.unitName.startsWith('Hồ Chí Minh') ? d.unitFullName : d.unitName;

/** The two-column header: issuing body and number | national title, motto, place and date. */
const reportHeader = (d: ReportData, today: Date) =>
  documentHeader({
    issuer: ['ỦY BAN NHÂN DÂN', d.unitFullName],
    number: '/BC-UBND',
    place: placeOf(d),
    date: { year: today.getFullYear(), month: today.getMonth() + 1 },
  });

const title = (d: ReportData) =>
  documentTitle(
    'BÁO CÁO',
    `Phân tích thực trạng Chỉ số Hiệu quả quản trị và hành chính công (${d.indexCode}) năm ${d.year} của ${inSentence(d.unitFullName)}`,
  );

/** A chart as a centred picture with its caption (a note in italics when it could not be drawn). */
export function figure(chart: Chart | null, caption: string) {
  if (!chart)
    return [body({ text: `(${caption}: không vẽ được biểu đồ trên máy chủ.)`, italics: true })];
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 160, after: 0 },
      keepNext: true,
      children: [
        new ImageRun({
          type: 'png',
          data: chart.png,
          transformation: { width: chart.width, height: chart.height },
          altText: { name: caption, description: caption, title: caption },
        }),
      ],
    }),
    centered(caption, { italics: true, pt: 12, before: 60 }),
  ];
}

/** "- Điểm mạnh: …" with the lead words in bold italics. */
const labelled = (label: string, text: string) =>
  body({ text: `- ${label}: `, bold: true, italics: true }, text);

function dimensionSections(d: ReportData) {
  return d.dimensions.flatMap((x) => {
    const t = dimensionText(d, x);
    const [focusLabel, ...focusText] = t.focus.split(': ');
    return [
      heading(`${x.number}. ${x.name}`),
      ...t.facts.map((f) => body(f)),
      ...(x.subs.length ? [subTable(x), gap(6)] : []),
      ...(t.strengths.length ? [labelled('Điểm mạnh', t.strengths.join(' '))] : []),
      ...(t.weaknesses.length ? [labelled('Hạn chế', t.weaknesses.join(' '))] : []),
      labelled(focusLabel!, focusText.join(': ')),
    ];
  });
}

function signature(d: ReportData) {
  const recipients = [
    'Thường trực Tỉnh ủy (b/c);',
    'Thường trực HĐND tỉnh (b/c);',
    'Chủ tịch, các Phó Chủ tịch UBND tỉnh;',
    'Các sở, ban, ngành tỉnh;',
    'Ủy ban nhân dân cấp xã;',
    'Lưu: VT, …',
  ].map((r) =>
    d.unitKind === 'thành phố'
      ? r.replace('Tỉnh ủy', 'Thành ủy').replace(/ tỉnh/g, ' thành phố')
      : r,
  );
  return signatureBlock({
    recipients,
    authority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'],
    position: 'PHÓ CHỦ TỊCH',
    name: '',
  });
}

export async function renderReportDocx(
  d: ReportData,
  charts: ReportCharts,
  today: Date,
  /** What moved since the previous year: only for readers in the unit's scope (it names tasks). */
  impact: TImpactSummary | null = null,
): Promise<Uint8Array> {
  const s = summary(d);
  const who = inSentence(d.unitFullName);
  const children = [
    reportHeader(d, today),
    ...title(d),
    heading('I. TỔNG QUAN'),
    ...overview(d).map((p) => body(p)),
    ...figure(
      charts.dimensions,
      `Biểu đồ 1. Điểm các lĩnh vực của ${who} so với trung vị và mức cao nhất toàn quốc năm ${d.year}`,
    ),
    ...figure(
      charts.trend,
      `Biểu đồ 2. Tổng điểm của ${who} qua các năm${d.changeYear ? ` (từ năm ${d.changeYear} bộ chỉ số có ${d.dimensions.length} lĩnh vực)` : ''}`,
    ),
    heading('II. KẾT QUẢ THEO TỪNG LĨNH VỰC'),
    ...dimensionSections(d),
    heading('III. ĐÁNH GIÁ CHUNG VÀ ĐỀ XUẤT TRỌNG TÂM'),
    heading('1. Kết quả đạt được'),
    ...s.achievements.map((p) => body(`- ${p}`)),
    heading('2. Tồn tại, hạn chế'),
    ...s.shortcomings.map((p) => body(`- ${p}`)),
    heading('3. Đề xuất trọng tâm'),
    ...s.proposals.map((p) => body(`- ${p}`)),
    ...(impact?.available ? impactChapter(impact) : []),
    body(
      `Trên đây là Báo cáo phân tích thực trạng Chỉ số ${d.indexCode} năm ${d.year} của ${who}./.`,
    ),
    gap(),
    signature(d),
    ...appendix(d, today),
  ];
  const doc = new Document({
    creator: 'PAPI Hub',
    title: `Báo cáo phân tích thực trạng Chỉ số ${d.indexCode} năm ${d.year} của ${who}`,
    styles: DOCUMENT_STYLES,
    sections: [
      {
        properties: { page: PAGE, titlePage: true },
        headers: pageNumberHeaders(),
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
