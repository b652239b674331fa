/**
 * The anonymised answers of a run for analysts, with their codebook: one row per response
 * (a sequence number, never the stored id or the device's id; no enumerator), the stratum,
 * the channel, the day, the design weight, then one column per question named as in the
 * instrument (XLSForm convention: several choices joined by a space). Free-text answers go
 * through maskPersonalData (phones, e-mails, ID numbers, names after a form of address).
 */
import { newWorkbook } from '../../platform/documents/exceljs.ts';
import {
  allQuestions,
  choicesOf,
  formatDateVi,
  maskPersonalData,
  type AnswerValue,
  type PersonalDataKind,
  type SurveyInstrument,
} from '@papi/domain';

export interface ExportResponse {
  stratum: string;
  channel: string;
  day: string;
  answers: Record<string, AnswerValue>;
}

export interface AnswerTable {
  header: string[];
  rows: (string | number)[][];
  /** Personal data masked in free text, by kind (counts only; for the audit). */
  masked: Partial<Record<PersonalDataKind, number>>;
}

const TYPE_VI: Record<string, string> = {
  single: 'Chọn một',
  multiple: 'Chọn nhiều',
  scale5: 'Thang 1–5',
  yes_no_dk: 'Có/Không/Không biết',
  number: 'Số',
  date: 'Ngày',
  text: 'Chữ (đã che thông tin cá nhân)',
};

const FIXED = ['ma_phieu', 'nhom_mau', 'kenh', 'ngay', 'trong_so'];

export function answerTable(
  document: SurveyInstrument,
  responses: ExportResponse[],
  populations: Map<string, number> | null,
): AnswerTable {
  const questions = allQuestions(document).filter((q) => q.type !== 'note');
  const perStratum = new Map<string, number>();
  for (const r of responses) perStratum.set(r.stratum, (perStratum.get(r.stratum) ?? 0) + 1);
  const masked: AnswerTable['masked'] = {};
  const rows = responses.map((r, i) => {
    const pop = populations?.get(r.stratum);
    const weight = populations && pop ? pop / perStratum.get(r.stratum)! : 1;
    const cells: (string | number)[] = [i + 1, r.stratum, r.channel, formatDateVi(r.day), weight];
    for (const q of questions) {
      const v = r.answers[q.name];
      if (v === undefined) cells.push('');
      else if (Array.isArray(v)) cells.push(v.join(' '));
      else if (q.type === 'text' && typeof v === 'string') {
        const m = maskPersonalData(v);
        for (const k of m.found) masked[k] = (masked[k] ?? 0) + 1;
        cells.push(m.text);
      } else if (q.type === 'date' && typeof v === 'string') cells.push(formatDateVi(v));
      else cells.push(v);
    }
    return cells;
  });
  return { header: [...FIXED, ...questions.map((q) => q.name)], rows, masked };
}

/** One row per column and, for choice questions, per answer value: what each code means. */
export function codebook(document: SurveyInstrument): string[][] {
  const elements = new Map(document.elements.map((e) => [e.code, e.nameVi]));
  const out: string[][] = [
    ['cot', 'loai', 'noi_dung', 'ma', 'nhan', 'diem', 'linh_vuc'],
    ['ma_phieu', 'Số', 'Số thứ tự phiếu trong tệp (không phải mã lưu trữ)', '', '', '', ''],
    ['nhom_mau', 'Chữ', 'Mã nhóm mẫu (xã/phường, điểm phục vụ)', '', '', '', ''],
    ['kenh', 'Chữ', 'Cách thu phiếu (enumerator: điều tra viên nhập)', '', '', '', ''],
    ['ngay', 'Ngày', 'Ngày nhận phiếu (dd/mm/yyyy)', '', '', '', ''],
    [
      'trong_so',
      'Số',
      'Trọng số thiết kế = dân số nhóm / số phiếu của nhóm (1 khi thiếu dân số)',
      '',
      '',
      '',
      '',
    ],
  ];
  for (const q of allQuestions(document)) {
    if (q.type === 'note') continue;
    const element = q.scoring
      ? `${q.scoring.element} ${elements.get(q.scoring.element) ?? ''}`.trim()
      : '';
    out.push([q.name, TYPE_VI[q.type] ?? q.type, q.labelVi, '', '', '', element]);
    for (const c of choicesOf(q)) {
      const points = q.scoring?.scores[c.value];
      out.push([
        q.name,
        '',
        '',
        c.value,
        c.labelVi,
        points === undefined ? (q.scoring ? 'không tính điểm' : '') : `${points}/${q.scoring!.max}`,
        '',
      ]);
    }
  }
  return out;
}

const csvCell = (v: string | number) => {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** RFC 4180 CSV with a UTF-8 byte order mark, so Excel opens the Vietnamese text right. */
export function toCsv(rows: (string | number)[][]): Uint8Array {
  const text = rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
  return new TextEncoder().encode(`\ufeff${text}`);
}

export async function answersWorkbook(table: AnswerTable, book: string[][]): Promise<Uint8Array> {
  const wb = await newWorkbook();
  wb.creator = 'PAPI Hub';
  const data = wb.addWorksheet('tra_loi', { views: [{ state: 'frozen', ySplit: 1 }] });
  data.addRow(table.header).font = { bold: true };
  for (const r of table.rows) data.addRow(r);
  const codes = wb.addWorksheet('bang_ma', { views: [{ state: 'frozen', ySplit: 1 }] });
  codes.addRow(book[0]!).font = { bold: true };
  for (const r of book.slice(1)) codes.addRow(r);
  codes.columns.forEach((c, i) => (c.width = [16, 14, 60, 10, 36, 16, 40][i] ?? 14));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
