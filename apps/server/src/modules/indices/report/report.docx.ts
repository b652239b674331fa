import {
  AlignmentType,
  Document,
  Header,
  ImageRun,
  Packer,
  Paragraph,
  PageNumber,
  TextRun,
} from 'docx';
import type { Chart } from './report.charts.ts';
import { dimensionText, overview } from './report.content.ts';
import type { ReportData } from './report.model.ts';
import { inSentence } from './report.phrases.ts';
import { summary } from './report.summary.ts';
import { appendix, subTable } from './report.appendix.ts';
import {
  BODY_PT,
  FONT,
  PAGE,
  body,
  centered,
  gap,
  heading,
  layoutTable,
  plainCell,
  rule,
  run,
} from './report.layout.ts';

export interface ReportCharts {
  dimensions: Chart | null;
  trend: Chart | null;
}

/** "Sơn La" as the place of issue; Hồ Chí Minh City keeps "Thành phố". */
const placeOf = (d: ReportData) =>
  d.unitName.startsWith('Hồ Chí Minh') ? d.unitFullName : d.unitName;

const BLANK = '\u00a0'.repeat(6);

/** The two-column header: issuing body and number | national title, motto, place and date. */
function documentHeader(d: ReportData, today: Date) {
  const left = 60;
  const right = 100;
  const body = d.unitFullName.toUpperCase();
  return layoutTable(
    [left, right],
    [
      [
        plainCell(left, [
          centered('ỦY BAN NHÂN DÂN', { bold: true, pt: 13 }),
          centered(body, { bold: true, pt: 13 }),
          rule(20, left),
        ]),
        plainCell(right, [
          centered('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, pt: 13 }),
          centered('Độc lập - Tự do - Hạnh phúc', { bold: true, pt: 14 }),
          rule(62, right),
        ]),
      ],
      [
        plainCell(left, [centered(`Số:${BLANK.repeat(2)}/BC-UBND`, { pt: 13, before: 120 })]),
        plainCell(right, [
          centered(
            `${placeOf(d)}, ngày${BLANK} tháng ${today.getMonth() + 1} năm ${today.getFullYear()}`,
            { italics: true, before: 120 },
          ),
        ]),
      ],
    ],
  );
}

function title(d: ReportData) {
  return [
    centered('BÁO CÁO', { bold: true, before: 360 }),
    centered(
      `Phân tích thực trạng Chỉ số Hiệu quả quản trị và hành chính công (${d.indexCode}) năm ${d.year} của ${inSentence(d.unitFullName)}`,
      { bold: true },
    ),
    rule(50, 160),
    gap(8),
  ];
}

function figure(chart: Chart | null, caption: string) {
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
  const line = (text: string) =>
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [run(`- ${text}`, 11)] });
  return layoutTable(
    [75, 85],
    [
      [
        plainCell(75, [
          new Paragraph({
            spacing: { before: 0, after: 0 },
            children: [run({ text: 'Nơi nhận:', bold: true, italics: true }, 12)],
          }),
          ...recipients.map(line),
        ]),
        plainCell(85, [
          centered('TM. ỦY BAN NHÂN DÂN', { bold: true }),
          centered('KT. CHỦ TỊCH', { bold: true }),
          centered('PHÓ CHỦ TỊCH', { bold: true }),
          ...Array.from({ length: 5 }, () => gap()),
          centered(' ', { bold: true }),
        ]),
      ],
    ],
  );
}

export async function renderReportDocx(
  d: ReportData,
  charts: ReportCharts,
  today: Date,
): Promise<Uint8Array> {
  const s = summary(d);
  const who = inSentence(d.unitFullName);
  const children = [
    documentHeader(d, today),
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
    styles: { default: { document: { run: { font: FONT, size: BODY_PT * 2 } } } },
    sections: [
      {
        properties: { page: PAGE, titlePage: true },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: BODY_PT * 2 }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
