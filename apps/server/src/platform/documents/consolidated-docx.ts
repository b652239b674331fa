import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  convertMillimetersToTwip as convertMm,
  type Table,
} from 'docx';
import type { ReporterLevel } from '@papi/domain';
import {
  DOCUMENT_STYLES,
  PAGE,
  body,
  centered,
  heading,
  pageNumberHeaders,
  run,
} from './decree30.ts';
import { documentHeader, documentTitle, signatureBlock } from './decree30.blocks.ts';
import {
  formatNumberVi,
  reportingCounts,
  statusCounts,
  type ConsolidatedReportInput,
  type ReportingRow,
  type DimensionSection,
} from './consolidated-input.ts';
import {
  feedbackTable,
  indicatorTable,
  reportingTable,
  taskTable,
  unitStatusTable,
} from './consolidated-tables.ts';

export type { ConsolidatedReportInput } from './consolidated-input.ts';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

/** "Báo cáo kết quả thực hiện Kế hoạch … 6 tháng đầu năm 2026": the subject line. */
export const consolidatedSubject = (r: ConsolidatedReportInput) =>
  `Kết quả thực hiện ${withPeriod(r.planRef, r.periodLabel)}`;

/** A caption above a table ("Bảng 1. …"), italic and centred, kept with the table. */
const caption = (text: string) =>
  centered(text, { italics: true, pt: 13, before: 120, keepNext: true });

function reportingPart(r: ConsolidatedReportInput, n: string): (Paragraph | Table)[] {
  const c = reportingCounts(r.reporting);
  const rate = c.expected ? (c.submitted / c.expected) * 100 : 0;
  return [
    heading(`${n}. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ`),
    body(
      `Tính đến ngày lập báo cáo, ${c.submitted}/${c.expected} đơn vị đã gửi báo cáo ` +
        `(đạt ${formatNumberVi(rate)}%), trong đó ${c.on_time} đơn vị gửi đúng hạn, ${c.late} đơn vị gửi muộn` +
        (c.returned ? `, ${c.returned} đơn vị bị trả lại chưa gửi lại` : '') +
        `; ${c.missing} đơn vị chưa gửi báo cáo` +
        (c.pending ? `, ${c.pending} đơn vị chưa đến hạn gửi.` : '.'),
    ),
    ...sentTable(r.reporting),
    ...notSent(r.reporting),
  ];
}

/** The units that sent something, one row each (nothing when no unit sent anything). */
function sentTable(rows: ReportingRow[]): (Paragraph | Table)[] {
  const sent = rows.filter((x) => SENT.has(x.state));
  if (!sent.length) return [];
  return [caption('Bảng 1. Tình hình gửi báo cáo của các đơn vị'), reportingTable(sent)];
}

const SENT = new Set<ReportingRow['state']>(['on_time', 'late', 'returned']);
const LEVEL_ORDER: ReporterLevel[] = ['province', 'agency', 'district', 'commune'];
const LEVEL_WORDS: Record<ReporterLevel, string> = {
  province: 'Cấp tỉnh',
  agency: 'Sở, ban, ngành',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
};

/**
 * Units that sent nothing, one line per level with their names: a province of a hundred
 * communes would otherwise print pages of "Chưa gửi" rows that say one thing.
 */
function notSent(rows: ReportingRow[]): Paragraph[] {
  const lines: Paragraph[] = [];
  for (const [state, words] of [
    ['missing', 'chưa gửi báo cáo'],
    ['pending', 'chưa đến hạn gửi báo cáo'],
  ] as const) {
    for (const level of LEVEL_ORDER) {
      const names = rows
        .filter((x) => x.state === state && x.level === level)
        .map((x) => x.unitName);
      if (!names.length) continue;
      lines.push(
        body(
          { text: `- ${LEVEL_WORDS[level]} ${words} (${names.length} đơn vị): `, bold: true },
          `${names.join(', ')}.`,
        ),
      );
    }
  }
  return lines;
}

function summarySentence(d: DimensionSection, r: ConsolidatedReportInput) {
  if (!d.tasks.length) return 'Các đơn vị chưa báo cáo nhiệm vụ nào thuộc nội dung này.';
  const counts = statusCounts(d.tasks);
  const parts = r.statuses
    .filter((s) => counts[s.key])
    .map((s) => `${s.label.toLowerCase()} ${counts[s.key]}`);
  return `Tổng số ${d.tasks.length} nhiệm vụ${parts.length ? `: ${parts.join(', ')}` : ''}.`;
}

/** Under one heading, what each unit wrote ("- Xã A: …"); units that wrote nothing are left out. */
function gathered(title: string, items: { unitName: string; text: string }[]): Paragraph[] {
  const said = items.filter((i) => i.text.trim());
  if (!said.length) return [];
  return [
    body({ text: title, italics: true, bold: true }),
    ...said.map((i) => body({ text: `- ${i.unitName}: `, bold: true }, i.text.trim())),
  ];
}

function dimensionPart(
  d: DimensionSection,
  i: number,
  r: ConsolidatedReportInput,
  table: () => number,
) {
  const out: (Paragraph | Table)[] = [
    heading(`${i + 1}. Nội dung ${d.code.replace(/^D/, '')}: ${d.name}`),
    body(summarySentence(d, r)),
  ];
  if (d.tasks.length) {
    out.push(caption(`Bảng ${table()}. Tình hình thực hiện nhiệm vụ`), taskTable(d, r));
  }
  // Units by status only says something when the dimension has tasks.
  if (d.tasks.length && d.byUnit.length) {
    out.push(caption(`Bảng ${table()}. Nhiệm vụ theo đơn vị và tình trạng`), unitStatusTable(d, r));
  }
  if (d.indicators.length) {
    out.push(caption(`Bảng ${table()}. Kết quả các chỉ tiêu`), indicatorTable(d));
  }
  out.push(
    ...gathered(
      'Kết quả đạt được:',
      d.narratives.map((n) => ({ unitName: n.unitName, text: n.results })),
    ),
    ...gathered(
      'Tồn tại, hạn chế và nguyên nhân:',
      d.narratives.map((n) => ({ unitName: n.unitName, text: n.shortcomings })),
    ),
    ...gathered(
      'Đề xuất, kiến nghị:',
      d.narratives.map((n) => ({ unitName: n.unitName, text: n.proposals })),
    ),
  );
  return out;
}

/**
 * "Trên đây là báo cáo …./.": the closing line, kept on the page of the signature so the
 * signature never stands alone on the last page.
 */
function closing(r: ConsolidatedReportInput) {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: convertMm(12.7) },
    spacing: { before: 120, after: 240, line: 288 },
    keepNext: true,
    keepLines: true,
    children: [
      run(
        `Trên đây là báo cáo kết quả thực hiện ${withPeriod(r.planRef, r.periodLabel)} của ${r.reporter}./.`,
      ),
    ],
  });
}

/** Citizens' feedback of the window: totals in a sentence, then one row per handling agency. */
function feedbackPart(r: ConsolidatedReportInput, n: string, nextTable: () => number) {
  const sum = (k: 'received' | 'onTime' | 'late' | 'overdue') =>
    r.feedback.reduce((a, x) => a + x[k], 0);
  const count = (v: number) => formatNumberVi(v, 0);
  return [
    heading(`${n}. TIẾP NHẬN, TRẢ LỜI PHẢN ÁNH, KIẾN NGHỊ CỦA NGƯỜI DÂN`),
    body(
      `Trong kỳ (${r.windowLabel}) tiếp nhận ${count(sum('received'))} phản ánh, kiến nghị; đã trả lời đúng hạn ${count(sum('onTime'))}, trễ hạn ${count(sum('late'))}; còn ${count(sum('overdue'))} phản ánh quá hạn chưa trả lời.`,
    ),
    caption(`Bảng ${nextTable()}. Phản ánh, kiến nghị theo cơ quan xử lý`),
    feedbackTable(r.feedback),
  ];
}

/** The report's text: header, title, reporting rate, dimensions, assessment, signature. */
export function consolidatedBody(r: ConsolidatedReportInput): (Paragraph | Table)[] {
  let tables = 1;
  const nextTable = () => ++tables;
  const parts: (Paragraph | Table)[][] = [];
  let section = 0;
  const n = () => ROMAN[section++]!;
  parts.push(reportingPart(r, n()));
  parts.push([
    heading(`${n()}. KẾT QUẢ THỰC HIỆN THEO TỪNG NỘI DUNG`),
    ...r.dimensions.flatMap((d, i) => dimensionPart(d, i, r, nextTable)),
  ]);
  if (r.indicators.length) {
    parts.push([
      heading(`${n()}. KẾT QUẢ CÁC CHỈ TIÊU CỦA KẾ HOẠCH`),
      caption(`Bảng ${nextTable()}. Kết quả các chỉ tiêu`),
      indicatorTable({ indicators: r.indicators }),
    ]);
  }
  if (r.feedback.length) parts.push(feedbackPart(r, n(), nextTable));
  const own = (title: string, lines: string[]) =>
    lines.some((l) => l.trim()) ? [heading(`${n()}. ${title}`), ...lines.map((l) => body(l))] : [];
  const a = r.assessment;
  parts.push(
    own('ĐÁNH GIÁ CHUNG', [...a.results, ...a.shortcomings]),
    own('PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI', a.nextSteps),
    own('ĐỀ XUẤT, KIẾN NGHỊ', a.proposals),
  );
  return [
    documentHeader({
      parentBody: r.issuingBody.parent,
      issuer: r.issuingBody.lines,
      number: r.number,
      place: r.place,
      date: r.date,
    }),
    ...documentTitle('BÁO CÁO', consolidatedSubject(r)),
    ...r.intro.map((p) => body(p)),
    ...parts.flat(),
    closing(r),
    signatureBlock({ ...r.signer, recipients: r.recipients }),
  ];
}

/** The consolidated report as a .docx in the Decree 30/2020 layout (A4 portrait). */
export async function renderConsolidatedDocx(r: ConsolidatedReportInput): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'PAPI Hub',
    title: `Báo cáo ${r.number.trim()} ${consolidatedSubject(r)}`,
    styles: DOCUMENT_STYLES,
    sections: [
      {
        properties: { page: PAGE, titlePage: true },
        headers: pageNumberHeaders(),
        children: consolidatedBody(r),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * The plan and the period in one phrase. Plan titles often end with their year ("… năm
 * 2026"): the period then replaces it ("… 6 tháng đầu năm 2026") instead of following it.
 */
export function withPeriod(planRef: string, periodLabel: string): string {
  if (planRef.endsWith(periodLabel)) return planRef;
  const year = /năm \d{4}$/.exec(periodLabel)?.[0];
  const base = year && planRef.endsWith(` ${year}`) ? planRef.slice(0, -year.length - 1) : planRef;
  return `${base} ${periodLabel}`;
}
