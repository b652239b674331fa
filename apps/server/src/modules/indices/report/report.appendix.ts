import { Paragraph } from 'docx';
import type { PerformanceGroup } from '@papi/domain';
import type { DimensionReport, ReportData } from './report.model.ts';
import { inSentence, vnNumber } from './report.phrases.ts';
import { body, centered, gap } from '../../../platform/documents/decree30.ts';
import { dataTable, type GridCell } from '../../../platform/documents/decree30.table.ts';

/** Short group names for narrow table columns. */
const GROUP_SHORT: Record<PerformanceGroup, string> = {
  highest: 'Cao nhất',
  high_average: 'Trung bình cao',
  low_average: 'Trung bình thấp',
  lowest: 'Thấp nhất',
};

const dash = '–';
const num = (v: number | null | undefined) => (v === null || v === undefined ? dash : vnNumber(v));
const group = (g: PerformanceGroup | null) => (g ? GROUP_SHORT[g] : dash);

/** "+0,45", "−0,45", "0" (no change): a signed difference for a table cell. */
function signed(now: number | null, before: number | null) {
  if (now === null || before === null) return dash;
  const diff = Math.round((now - before) * 100) / 100;
  if (diff === 0) return 'không đổi';
  return `${diff > 0 ? '+' : '−'}${vnNumber(Math.abs(diff))}`;
}

/** Rank change: "+3" is three places up. */
function rankMove(now: number | null, before: number | null) {
  if (now === null || before === null) return dash;
  if (now === before) return 'không đổi';
  return before > now ? `+${before - now}` : `−${now - before}`;
}

/** The sub-dimensions of one dimension, in the body of section II. */
export function subTable(x: DimensionReport) {
  return dataTable(
    [80, 25, 30, 25],
    ['Nội dung thành phần', 'Điểm của tỉnh', 'Trung vị toàn quốc', 'Chênh lệch'],
    x.subs.map((s) => [
      { text: `${s.code} ${s.name}`, align: 'left' },
      vnNumber(s.score),
      num(s.median),
      signed(s.score, s.median),
    ]),
  );
}

function dimensionRows(d: ReportData): GridCell[][] {
  const rows: GridCell[][] = d.dimensions.map((x) => [
    { text: String(x.number) },
    { text: x.name, align: 'left' },
    { text: num(x.score) },
    { text: x.rank === null ? dash : `${x.rank}/${d.assessedCount}` },
    { text: group(x.group) },
    { text: signed(x.score, x.previousScore) },
    { text: rankMove(x.rank, x.previousRank) },
    { text: vnNumber(x.median) },
    { text: vnNumber(x.best) },
  ]);
  const t = d.total;
  rows.push(
    [
      '',
      'Tổng điểm',
      num(d.assessed ? t.score : null),
      t.rank === null ? dash : `${t.rank}/${d.assessedCount}`,
      group(t.group),
      signed(t.score, d.editionChanged ? null : t.previousScore),
      rankMove(t.rank, t.previousRank),
      vnNumber(t.median),
      vnNumber(t.best),
    ].map((text, i) => ({ text, bold: true, align: i === 1 ? 'left' : 'center' })),
  );
  return rows;
}

function trendRows(d: ReportData): string[][] {
  return d.trend.map((y) => [
    String(y.year),
    String(y.dimensionCount),
    y.total === null ? 'Không đánh giá' : vnNumber(y.total),
    num(y.total6),
    y.rank === null ? dash : `${y.rank}/${y.assessedCount}`,
    group(y.group),
    num(y.median),
  ]);
}

/** Phụ lục: every number of the report in two tables, on its own page. */
export function appendix(d: ReportData, today: Date) {
  const who = inSentence(d.unitFullName);
  const body_ = `Ủy ban nhân dân ${who}`;
  const blank = '\u00a0'.repeat(6);
  const previous = d.previousYear ? ` so với năm ${d.previousYear}` : '';
  return [
    new Paragraph({ pageBreakBefore: true, children: [] }),
    centered('Phụ lục', { bold: true }),
    centered(`KẾT QUẢ CHỈ SỐ ${d.indexCode} NĂM ${d.year} CỦA ${d.unitFullName.toUpperCase()}`, {
      bold: true,
    }),
    centered(
      `(Kèm theo Báo cáo số${blank.repeat(2)}/BC-UBND ngày${blank}tháng ${today.getMonth() + 1} năm ${today.getFullYear()} của ${body_})`,
      { italics: true },
    ),
    gap(),
    centered(`Bảng 1. Điểm, thứ hạng, nhóm theo lĩnh vực năm ${d.year}`, { bold: true, pt: 13 }),
    gap(6),
    dataTable(
      [8, 40, 12, 13, 25, 15, 14, 16, 17],
      [
        'TT',
        'Lĩnh vực',
        'Điểm',
        'Thứ hạng',
        'Nhóm',
        `Thay đổi điểm`,
        'Thay đổi hạng',
        'Trung vị cả nước',
        'Cao nhất cả nước',
      ],
      dimensionRows(d),
      11,
    ),
    body({
      text: `Ghi chú: thứ hạng trên tổng số ${d.assessedCount} tỉnh, thành phố được đánh giá; thay đổi${previous} (dấu “+” là tăng điểm hoặc tăng bậc)${d.editionChanged ? `; tổng điểm không so sánh trực tiếp do thay đổi bộ chỉ số` : ''}${d.assessed ? '' : `; năm ${d.year} ${d.unitKind} không được đánh giá, điểm lĩnh vực là điểm công bố, không xếp hạng`}.`,
      italics: true,
      pt: 12,
    }),
    gap(),
    centered(`Bảng 2. Kết quả qua các năm`, { bold: true, pt: 13 }),
    gap(6),
    dataTable(
      [14, 18, 29, 27, 19, 32, 21],
      [
        'Năm',
        'Số lĩnh vực',
        'Tổng điểm',
        'Tổng 6 lĩnh vực chung',
        'Thứ hạng',
        'Nhóm',
        'Trung vị toàn quốc',
      ],
      trendRows(d),
      11,
    ),
    body({
      text: `Ghi chú: “Tổng 6 lĩnh vực chung” là tổng điểm 6 lĩnh vực có ở cả hai bộ chỉ số, dùng để so sánh qua các năm${d.changeYear ? ` (từ năm ${d.changeYear} bộ chỉ số có ${d.dimensions.length} lĩnh vực)` : ''}.`,
      italics: true,
      pt: 12,
    }),
  ];
}
