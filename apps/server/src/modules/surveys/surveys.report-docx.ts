/**
 * The report of a survey run as a Word document in the Decree 30/2020 layout: method
 * (weights, the interval method, the comparison test), sample, results per dimension with
 * intervals (whole unit, then per stratum), change since the previous run, the official
 * index beside it (labelled as a local survey, never as official), and the weakest
 * sub-dimensions of each commune.
 */
import { AlignmentType, Document, Packer, Paragraph, type Table } from 'docx';
import { convertMillimetersToTwip as mm } from 'docx';
import { formatDateVi, weakestElements } from '@papi/domain';
import {
  DOCUMENT_STYLES,
  PAGE,
  body,
  centered,
  heading,
  pageNumberHeaders,
  run as textRun,
} from '../../platform/documents/decree30.ts';
import {
  documentHeader,
  documentTitle,
  signatureBlock,
} from '../../platform/documents/decree30.blocks.ts';
import type { RunRecord } from './surveys.runs.repository.ts';
import { figure } from '../indices/report/report.docx.ts';
import type { Chart } from '../indices/report/report.charts.ts';
import type { RunScores, comparison } from './surveys.results.service.ts';
import {
  changeTable,
  elementTable,
  intervalText,
  officialTable,
  sampleTable,
  scoreText,
  strataTable,
} from './surveys.report-tables.ts';

export interface SurveyReportInput {
  run: RunRecord;
  unitFullName: string;
  /** The unit's short name, the place of the date line ("Sơn La"). */
  place: string;
  parentFullName: string | null;
  unitLevel: string;
  scores: RunScores;
  compared: Awaited<ReturnType<typeof comparison>>;
  parents: Map<string, string | null>;
  today: string;
  /** The whole unit's dimensions with their intervals, drawn; null when it could not be. */
  chart: Chart | null;
}

/** "Tỉnh Sơn La" → "tỉnh Sơn La" inside a sentence. */
const inSentence = (fullName: string) => `${fullName.charAt(0).toLowerCase()}${fullName.slice(1)}`;
const committee = (fullName: string) => `UBND ${inSentence(fullName)}`;

const caption = (text: string) =>
  centered(text, { italics: true, pt: 13, before: 120, keepNext: true });
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'];

function method(r: SurveyReportInput): Paragraph[] {
  const s = r.scores;
  return [
    body(
      `Bộ câu hỏi: ${r.run.instrumentTitle} (phiên bản ${r.run.instrumentVersion}); thời gian khảo sát từ ngày ${formatDateVi(r.run.startsOn)} đến ngày ${formatDateVi(r.run.endsOn)}; ${r.run.strata.length} nhóm mẫu, ${r.run.responses} phiếu hợp lệ.`,
    ),
    body(`Điểm được tính trên thang ${s.scale.min}–${s.scale.max}. ${s.method}`),
    body(
      s.equalWeights
        ? 'Lưu ý: chưa có đủ số liệu dân số của các nhóm mẫu nên mọi phiếu có trọng số như nhau; điểm toàn đơn vị có thể lệch về các nhóm có nhiều phiếu.'
        : 'Trọng số thiết kế của mỗi phiếu bằng dân số của nhóm mẫu chia cho số phiếu thu được ở nhóm đó.',
    ),
    body(r.compared.method),
    body({
      text: 'Đây là kết quả khảo sát địa phương, không phải kết quả Chỉ số PAPI chính thức.',
      italics: true,
    }),
  ];
}

function results(r: SurveyReportInput, nextTable: () => number): (Paragraph | Table)[] {
  const s = r.scores;
  const dims = s.overall.rows.filter((x) => x.kind === 'element' && x.parent === null);
  const out: (Paragraph | Table)[] = [
    body(`Điểm của toàn ${inSentence(r.unitFullName)} (${s.overall.respondents} phiếu):`),
    caption(`Bảng ${nextTable()}. Điểm các lĩnh vực của toàn đơn vị, khoảng tin cậy 95%`),
    elementTable(s.scale, s.overall.rows),
    ...figure(r.chart, 'Hình 1. Điểm các lĩnh vực của toàn đơn vị và khoảng tin cậy 95%'),
  ];
  if (s.strata.length > 1)
    dims.forEach((d, i) => {
      out.push(
        heading(`${i + 1}. ${d.key} ${d.label}`),
        caption(`Bảng ${nextTable()}. ${d.key} ${d.label} theo nhóm mẫu`),
        strataTable(
          s.scale,
          s.strata.map((x) => ({
            name: x.name,
            row: x.rows.find((y) => y.key === d.key && y.kind === 'element'),
          })),
        ),
      );
    });
  return out;
}

function weakest(r: SurveyReportInput): Paragraph[] {
  const s = r.scores;
  return s.strata.map((x) => {
    const w = weakestElements(x.rows, r.parents, 3);
    return body(
      { text: `- ${x.name}: `, bold: true },
      w.length === 0
        ? 'chưa đủ mẫu để xếp hạng.'
        : `${w
            .map(
              (e) =>
                `${e.key} ${e.label} (${scoreText(s.scale, e.score!)}; KTC 95% ${intervalText(s.scale, e.low!, e.high!)})`,
            )
            .join('; ')}.`,
    );
  });
}

function bodyParts(r: SurveyReportInput): (Paragraph | Table)[] {
  let tables = 0;
  const nextTable = () => ++tables;
  let section = 0;
  const n = () => ROMAN[section++]!;
  const c = r.compared;
  const parts: (Paragraph | Table)[] = [
    heading(`${n()}. PHƯƠNG PHÁP KHẢO SÁT`),
    ...method(r),
    heading(`${n()}. MẪU KHẢO SÁT`),
    caption(`Bảng ${nextTable()}. Số phiếu theo nhóm mẫu`),
    sampleTable(r.run.strata),
    heading(`${n()}. KẾT QUẢ THEO LĨNH VỰC`),
    ...results(r, nextTable),
  ];
  if (c.previous)
    parts.push(
      heading(`${n()}. SO VỚI ĐỢT KHẢO SÁT TRƯỚC`),
      body(
        `So với đợt "${c.previous.run.name}" (${formatDateVi(c.previous.run.startsOn)} – ${formatDateVi(c.previous.run.endsOn)}), toàn đơn vị:`,
      ),
      caption(`Bảng ${nextTable()}. Thay đổi so với đợt trước`),
      changeTable(r.scores.scale, c.previous.rows),
    );
  if (c.official)
    parts.push(
      heading(`${n()}. ĐẶT CẠNH CHỈ SỐ ${c.official.index} CHÍNH THỨC`),
      body(
        `Điểm khảo sát địa phương đặt cạnh điểm ${c.official.index} chính thức năm ${c.official.year} của ${c.official.unitName}, chỉ để tham khảo: hai cuộc khảo sát khác nhau về bộ câu hỏi, mẫu và thời điểm.`,
      ),
      caption(`Bảng ${nextTable()}. Khảo sát địa phương và ${c.official.index} chính thức`),
      officialTable(r.scores.scale, c.official.year, c.official.rows),
    );
  parts.push(
    heading(`${n()}. CÁC LĨNH VỰC CÒN YẾU THEO TỪNG NHÓM MẪU`),
    body(
      'Ba lĩnh vực con có điểm thấp nhất của mỗi nhóm mẫu (không xếp hạng lĩnh vực chưa đủ mẫu):',
    ),
    ...weakest(r),
  );
  return parts;
}

export async function renderSurveyReport(r: SurveyReportInput): Promise<Uint8Array> {
  const reporter = committee(r.unitFullName);
  const subject = `Kết quả ${r.run.name.charAt(0).toLowerCase()}${r.run.name.slice(1)}`;
  const closing = new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(12.7) },
    spacing: { before: 120, after: 240, line: 288 },
    keepNext: true,
    keepLines: true,
    children: [textRun(`Trên đây là báo cáo kết quả khảo sát của ${reporter}./.`)],
  });
  const doc = new Document({
    creator: 'PAPI Hub',
    title: `Báo cáo ${subject}`,
    styles: DOCUMENT_STYLES,
    sections: [
      {
        properties: { page: PAGE, titlePage: true },
        headers: pageNumberHeaders(),
        children: [
          documentHeader({
            issuer: ['ỦY BAN NHÂN DÂN', r.unitFullName.toUpperCase()],
            number: '/BC-UBND',
            place: r.place,
            date: { year: Number(r.today.slice(0, 4)), month: Number(r.today.slice(5, 7)) },
          }),
          ...documentTitle('BÁO CÁO', subject),
          body(
            `${reporter} tổ chức khảo sát ý kiến người dân để biết sớm và sát hơn những lĩnh vực còn yếu trước kỳ khảo sát PAPI toàn quốc. Kết quả như sau:`,
          ),
          ...bodyParts(r),
          closing,
          signatureBlock({
            authority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'],
            position: 'PHÓ CHỦ TỊCH',
            name: '',
            recipients:
              r.unitLevel === 'province'
                ? ['Bộ Nội vụ', 'Sở Nội vụ', 'Lưu: VT']
                : [r.parentFullName ? committee(r.parentFullName) : 'Cơ quan cấp trên', 'Lưu: VT'],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
