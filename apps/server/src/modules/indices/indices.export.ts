import type ExcelJS from 'exceljs';
import { newWorkbook } from '../../platform/documents/exceljs.ts';
import { GROUP_LABELS, compareVietnamese, editionLabel, type Edition } from '@papi/domain';
import type { TIndexFramework, TRanking } from '@papi/contracts';

/** The label of rows without a rank: surveyed but not assessed (missing data). */
export const NOT_ASSESSED = 'Không đánh giá';
const SCORE_FORMAT = '0.00';
const CHANGE_FORMAT = '+0.00;-0.00;0.00';

const bytesOf = async (workbook: ExcelJS.Workbook) =>
  new Uint8Array(await workbook.xlsx.writeBuffer());

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/** Ranked rows first (by rank, then name), unassessed at the end. */
function ordered(ranking: TRanking) {
  return [...ranking.rows].sort((a, b) => {
    const ra = a.total.rank ?? Number.MAX_SAFE_INTEGER;
    const rb = b.total.rank ?? Number.MAX_SAFE_INTEGER;
    return ra - rb || compareVietnamese(a.unit.name, b.unit.name);
  });
}

interface ExportRow {
  rank: number | string;
  province: string;
  region: string;
  group: string;
  total: number | null;
  change: number | null;
  dimensions: (number | null)[];
}

function exportRows(ranking: TRanking, edition: Edition): ExportRow[] {
  return ordered(ranking).map((r) => {
    const t = r.total;
    return {
      rank: t.rank ?? NOT_ASSESSED,
      province: r.unit.name,
      region: r.region ?? '',
      group: t.group ? GROUP_LABELS[t.group].vi : NOT_ASSESSED,
      total: t.score,
      change: t.score !== null && t.previousScore !== null ? t.score - t.previousScore : null,
      dimensions: edition.dimensions.map((d) => r.dimensions[d.code]?.score ?? null),
    };
  });
}

function headerOf(ranking: TRanking, edition: Edition) {
  return [
    'Hạng',
    'Tỉnh/thành phố',
    'Vùng',
    'Nhóm',
    'Tổng điểm',
    ranking.previousYear
      ? `Thay đổi tổng điểm so với ${ranking.previousYear}`
      : 'Thay đổi tổng điểm',
    ...edition.dimensions.map((d) => `${d.code} ${d.nameVi}`),
  ];
}

export async function rankingXlsx(
  framework: TIndexFramework,
  edition: Edition,
  ranking: TRanking,
): Promise<Uint8Array> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet(`Xếp hạng ${ranking.year}`, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }],
  });
  sheet.addRow(headerOf(ranking, edition)).font = { bold: true };
  for (const r of exportRows(ranking, edition)) {
    sheet.addRow([r.rank, r.province, r.region, r.group, r.total, r.change, ...r.dimensions]);
  }
  sheet.columns.forEach((column, i) => {
    column.width = i === 1 ? 22 : i === 2 ? 30 : i === 3 ? 28 : 14;
    if (i >= 4) column.numFmt = i === 5 ? CHANGE_FORMAT : SCORE_FORMAT;
  });
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'middle' };

  const about = workbook.addWorksheet('Thông tin');
  about.columns = [{ width: 34 }, { width: 70 }];
  const t = ranking.thresholds;
  for (const line of [
    ['Bộ chỉ số', `${framework.nameVi} (${framework.code})`],
    ['Năm', ranking.year],
    ['Phiên bản khung', editionLabel(edition)],
    ['Số tỉnh được đánh giá', `${ranking.assessed}/${ranking.surveyed}`],
    ['Ngưỡng nhóm cao nhất', t.highest],
    ['Ngưỡng nhóm trung bình cao', t.high_average],
    ['Ngưỡng nhóm trung bình thấp', t.low_average],
    ['Nguồn', framework.publisher],
    ['Ghi chú', `"${NOT_ASSESSED}": tỉnh không đủ dữ liệu, không xếp hạng, không xếp nhóm.`],
  ]) {
    about.addRow(line);
  }
  for (const r of [5, 6, 7]) about.getCell(`B${r}`).numFmt = SCORE_FORMAT;
  return bytesOf(workbook);
}

const csvField = (value: string | number | null) => {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(round6(value)) : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** UTF-8 with a BOM so Excel shows Vietnamese letters; "." decimals, full precision. */
export function rankingCsv(ranking: TRanking, edition: Edition): Uint8Array {
  const lines = [headerOf(ranking, edition).map(csvField).join(',')];
  for (const r of exportRows(ranking, edition)) {
    lines.push(
      [r.rank, r.province, r.region, r.group, r.total, r.change, ...r.dimensions]
        .map(csvField)
        .join(','),
    );
  }
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

/** The column headers of the import template: what the importer reads back. */
export const TEMPLATE_PROVINCE = 'Tỉnh/thành phố';
export const TEMPLATE_TOTAL = 'Tổng điểm';

/** Our import template for a year: one row per province of its era, scores to fill in. */
export async function importTemplate(
  framework: TIndexFramework,
  edition: Edition,
  year: number,
  provinces: readonly string[],
): Promise<Uint8Array> {
  const workbook = await newWorkbook();
  const dims = edition.dimensions;
  const sheet = workbook.addWorksheet('Kết quả', {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }],
  });
  sheet.addRow([TEMPLATE_PROVINCE, ...dims.map((d) => d.code), TEMPLATE_TOTAL]).font = {
    bold: true,
  };
  for (const name of [...provinces].sort(compareVietnamese)) sheet.addRow([name]);
  sheet.getColumn(1).width = 24;
  for (let i = 2; i <= dims.length + 2; i++) {
    sheet.getColumn(i).width = 11;
    sheet.getColumn(i).numFmt = SCORE_FORMAT;
  }

  const help = workbook.addWorksheet('Hướng dẫn');
  help.columns = [{ width: 18 }, { width: 60 }, { width: 16 }];
  help.addRow([`Mẫu nhập kết quả ${framework.code} năm ${year} (${editionLabel(edition)})`]).font =
    {
      bold: true,
    };
  help.addRow([]);
  help.addRow(['Cột', 'Nội dung', 'Khoảng điểm']).font = { bold: true };
  help.addRow([
    TEMPLATE_PROVINCE,
    'Tên tỉnh/thành phố như danh mục (viết có dấu hoặc không dấu đều được, ví dụ "TT Huế", "Thua Thien Hue").',
    '',
  ]);
  for (const d of dims) {
    help.addRow([d.code, `${d.nameVi} (${d.shortVi})`, `${d.min}–${d.max}`]);
  }
  const range = dims.reduce(
    (r, d) => ({ min: r.min + d.weight * d.min, max: r.max + d.weight * d.max }),
    { min: 0, max: 0 },
  );
  help.addRow([
    TEMPLATE_TOTAL,
    'Tổng điểm công bố chính thức: phải bằng tổng các lĩnh vực (sai lệch tối đa ±0,01). Có thể để trống.',
    `${range.min}–${range.max}`,
  ]);
  help.addRow([]);
  for (const note of [
    'Giữ nguyên dòng tiêu đề (dòng 1) và thứ tự cột; số thập phân dùng dấu chấm hoặc dấu phẩy.',
    'Tỉnh không được đánh giá: để trống các ô điểm; tỉnh chỉ có một số lĩnh vực: nhập các lĩnh vực có, tỉnh sẽ được ghi "không đánh giá" (không tính tổng, hạng, nhóm).',
    'Mỗi tỉnh một dòng. Tỉnh không có trong tệp được ghi là "không đánh giá".',
    year <= 2024
      ? 'Kết quả năm 2024 trở về trước gắn với 63 tỉnh trước sắp xếp (trước 01/07/2025).'
      : 'Kết quả từ năm 2025 gắn với 34 tỉnh sau sắp xếp (từ 01/07/2025).',
    'Hệ thống kiểm tra trước khi lưu: lỗi phải sửa hết; cảnh báo cần xác nhận. Nhập lại một năm sẽ thay thế dữ liệu năm đó.',
  ]) {
    help.addRow(['', note]).alignment = { wrapText: true };
  }
  return bytesOf(workbook);
}
