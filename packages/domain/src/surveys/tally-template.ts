/**
 * The two workbooks a coordinator downloads, fills in Excel and uploads again: the tally of
 * paper forms (one row per form, one column per question, coded answers) and the run's
 * design (target, population and quotas per stratum). Plain sheets; the server writes them.
 */
import { conditionToXPath } from './conditions-xpath.ts';
import { allQuestions, choicesOf, type SurveyInstrument } from './instrument.ts';
import { quotaQuestions, QUOTA_QUESTIONS, type StratumQuota } from './design-import.ts';
import type { SheetData } from './xlsform-columns.ts';

const TYPE_HINT: Record<string, string> = {
  number: 'Một con số',
  date: 'Ngày dd/mm/yyyy',
  text: 'Chữ (không ghi họ tên, số điện thoại)',
  multiple: 'Mã các phương án chọn, cách nhau bằng dấu cách',
};

export function tallyTemplateSheets(
  instrument: SurveyInstrument,
  strata: readonly { code: string; name: string }[],
): SheetData[] {
  const questions = allQuestions(instrument).filter((q) => q.type !== 'note');
  const guide: string[][] = [
    ['Cột', 'Câu hỏi', 'Cách ghi', 'Bắt buộc', 'Chỉ hỏi khi'],
    [
      'ma_phieu',
      'Số phiếu giấy (không trùng trong đợt; nhập lại tệp không tạo phiếu trùng)',
      'Chữ hoặc số',
      'có',
      '',
    ],
    [
      'ma_nhom_mau',
      'Mã nhóm mẫu (xem trang Nhom_mau)',
      strata.map((s) => s.code).join(', '),
      'có',
      '',
    ],
    ['ngay', 'Ngày phỏng vấn', 'Ngày dd/mm/yyyy', 'không', ''],
    ...questions.map((q) => {
      const choices = choicesOf(q);
      const how =
        TYPE_HINT[q.type] && q.type !== 'multiple'
          ? TYPE_HINT[q.type]!
          : `${q.type === 'multiple' ? `${TYPE_HINT.multiple}: ` : ''}${choices.map((c) => `${c.value} = ${c.labelVi}`).join('; ')}`;
      return [
        q.name,
        q.labelVi,
        how,
        q.required ? 'có' : 'không',
        q.relevant ? conditionToXPath(q.relevant) : '',
      ];
    }),
  ];
  return [
    { name: 'Phieu', rows: [['ma_phieu', 'ma_nhom_mau', 'ngay', ...questions.map((q) => q.name)]] },
    { name: 'Huong_dan', rows: guide },
    {
      name: 'Nhom_mau',
      rows: [['ma_nhom_mau', 'ten_nhom_mau'], ...strata.map((s) => [s.code, s.name])],
    },
  ];
}

/** The design workbook, filled with the run's current figures. */
export function designTemplateSheets(
  instrument: SurveyInstrument,
  strata: readonly {
    code: string;
    name: string;
    target: number;
    population: number | null;
    quotas: readonly StratumQuota[];
  }[],
): SheetData[] {
  const questions = quotaQuestions(instrument);
  const used = new Set(strata.flatMap((s) => s.quotas.map((q) => q.question)));
  const shown = questions.filter((q) => QUOTA_QUESTIONS.includes(q.name) || used.has(q.name));
  const categories = shown.flatMap((q) => choicesOf(q).map((c) => ({ q, c })));
  const header = [
    'ma_nhom_mau',
    'ten_nhom_mau',
    'chi_tieu',
    'dan_so',
    ...categories.map(({ q, c }) => `${q.name}=${c.value}`),
  ];
  const rows = strata.map((s) => [
    s.code,
    s.name,
    String(s.target),
    s.population === null ? '' : String(s.population),
    ...categories.map(({ q, c }) => {
      const quota = s.quotas.find((x) => x.question === q.name && x.value === c.value);
      return quota ? String(quota.target) : '';
    }),
  ]);
  const guide = [
    ['Cột', 'Ý nghĩa'],
    ['ma_nhom_mau', 'Mã nhóm mẫu của đợt (không sửa)'],
    ['chi_tieu', 'Số phiếu cần thu của nhóm'],
    [
      'dan_so',
      'Dân số (hoặc số người sử dụng dịch vụ) của nhóm, để tính trọng số; để trống nếu chưa có (khi đó mọi phiếu có trọng số bằng nhau)',
    ],
    ...categories.map(({ q, c }) => [
      `${q.name}=${c.value}`,
      `Chỉ tiêu số phiếu có "${q.labelVi}" là "${c.labelVi}"; để trống nếu không đặt chỉ tiêu`,
    ]),
  ];
  return [
    { name: 'Thiet_ke', rows: [header, ...rows] },
    { name: 'Huong_dan', rows: guide },
  ];
}
