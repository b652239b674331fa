/** The scores of a run as an Excel workbook: one row per stratum × element or question. */
import { newWorkbook } from '../../platform/documents/exceljs.ts';
import type { RunScores } from './surveys.results.service.ts';

const HEADER = [
  'Mã nhóm mẫu',
  'Nhóm mẫu',
  'Loại',
  'Mã',
  'Nội dung',
  'Thuộc',
  'Điểm',
  'KTC 95% thấp',
  'KTC 95% cao',
  'Sai số chuẩn',
  'Số trả lời',
  'Đủ mẫu',
];

export async function scoresWorkbook(s: RunScores, runName: string): Promise<Uint8Array> {
  const wb = await newWorkbook();
  wb.creator = 'PAPI Hub';
  const sheet = wb.addWorksheet('diem', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(HEADER).font = { bold: true };
  const digits = s.scale.max - s.scale.min > 20 ? '0.0' : '0.00';
  for (const part of [s.overall, ...s.strata]) {
    const ordered = [
      ...part.rows.filter((r) => r.kind === 'element'),
      ...part.rows.filter((r) => r.kind === 'question'),
    ];
    for (const r of ordered)
      sheet.addRow([
        part.stratum === '*' ? 'TOAN_DON_VI' : part.stratum,
        part.name,
        r.kind === 'element' ? 'Lĩnh vực' : 'Câu hỏi',
        r.key,
        r.label,
        r.parent ?? '',
        r.score,
        r.low,
        r.high,
        r.se,
        r.n,
        r.sufficient ? 'có' : 'chưa đủ mẫu',
      ]);
  }
  for (const c of [7, 8, 9]) sheet.getColumn(c).numFmt = digits;
  sheet.getColumn(10).numFmt = '0.0000';
  [14, 28, 10, 12, 60, 8, 9, 12, 12, 12, 10, 12].forEach(
    (w, i) => (sheet.getColumn(i + 1).width = w),
  );
  const about = wb.addWorksheet('phuong_phap');
  about.getColumn(1).width = 120;
  for (const line of [
    runName,
    `Thang điểm: ${s.scale.min}–${s.scale.max}. Khảo sát địa phương, không phải kết quả PAPI chính thức.`,
    s.method,
    s.equalWeights
      ? 'Chưa có đủ dân số của các nhóm mẫu: mọi phiếu có trọng số như nhau.'
      : 'Trọng số = dân số nhóm mẫu / số phiếu của nhóm.',
    'Dòng "TOAN_DON_VI": toàn đơn vị; dưới 30 câu trả lời: chưa đủ mẫu, không có điểm.',
  ])
    about.addRow([line]).alignment = { wrapText: true };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
