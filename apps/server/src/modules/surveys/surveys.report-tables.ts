/** Tables of the survey report (Word): sample, scores with intervals, comparisons. */
import type { Table } from 'docx';
import type { TCompareRow } from '@papi/contracts';
import { dataTable, type GridCell } from '../../platform/documents/decree30.table.ts';
import type { RunScores } from './surveys.results.service.ts';

type Rows = RunScores['overall']['rows'];
type Scale = RunScores['scale'];

/** Vietnamese decimals: 2 digits on a 1–10 scale, 1 on 0–100. */
export const scoreText = (scale: Scale, v: number) =>
  v.toLocaleString('vi-VN', {
    minimumFractionDigits: scale.max - scale.min > 20 ? 1 : 2,
    maximumFractionDigits: scale.max - scale.min > 20 ? 1 : 2,
  });

export const intervalText = (scale: Scale, low: number, high: number) =>
  `${scoreText(scale, low)} – ${scoreText(scale, high)}`;

const INSUFFICIENT: GridCell = { text: 'chưa đủ mẫu', italics: true };
const left = (text: string, bold = false): GridCell => ({ text, align: 'left', bold });
const right = (text: string): GridCell => ({ text, align: 'right' });

export function sampleTable(
  strata: { name: string; target: number; responses: number; population: number | null }[],
) {
  const total = strata.reduce(
    (a, s) => ({ target: a.target + s.target, responses: a.responses + s.responses }),
    { target: 0, responses: 0 },
  );
  const n = (v: number | null) => (v === null ? '–' : v.toLocaleString('vi-VN'));
  return dataTable(
    [12, 68, 25, 25, 30],
    ['STT', 'Nhóm mẫu', 'Chỉ tiêu', 'Số phiếu', 'Dân số'],
    [
      ...strata.map((s, i) => [
        String(i + 1),
        left(s.name),
        right(n(s.target)),
        right(n(s.responses)),
        right(n(s.population)),
      ]),
      [
        { text: 'Tổng cộng', bold: true, span: 2 },
        right(n(total.target)),
        right(n(total.responses)),
        '',
      ],
    ],
  );
}

/** Dimensions with their sub-dimensions: score, 95% interval, answers. */
export function elementTable(scale: Scale, rows: Rows): Table {
  const elements = rows.filter((r) => r.kind === 'element');
  const ordered = elements
    .filter((r) => r.parent === null)
    .flatMap((d) => [d, ...elements.filter((r) => r.parent === d.key)]);
  return dataTable(
    [80, 26, 36, 18],
    ['Lĩnh vực', 'Điểm', 'Khoảng tin cậy 95%', 'Số trả lời'],
    ordered.map((r) => {
      const top = r.parent === null;
      const label: GridCell = {
        text: `${top ? '' : '   '}${r.key} ${r.label}`,
        align: 'left',
        bold: top,
        fill: top ? 'F2F2F2' : undefined,
      };
      return r.sufficient && r.score !== null && r.low !== null && r.high !== null
        ? [
            label,
            right(scoreText(scale, r.score)),
            right(intervalText(scale, r.low, r.high)),
            right(String(r.n)),
          ]
        : [label, INSUFFICIENT, '–', right(String(r.n))];
    }),
  );
}

/** One dimension across strata: each stratum's score and interval. */
export function strataTable(
  scale: Scale,
  strata: { name: string; row: Rows[number] | undefined }[],
): Table {
  return dataTable(
    [80, 26, 36, 18],
    ['Nhóm mẫu', 'Điểm', 'Khoảng tin cậy 95%', 'Số trả lời'],
    strata.map(({ name, row: r }) =>
      r && r.sufficient && r.score !== null && r.low !== null && r.high !== null
        ? [
            left(name),
            right(scoreText(scale, r.score)),
            right(intervalText(scale, r.low, r.high)),
            right(String(r.n)),
          ]
        : [left(name), INSUFFICIENT, '–', right(String(r?.n ?? 0))],
    ),
  );
}

export const VERDICT_VI = {
  different: 'Khác biệt rõ',
  test_only: 'Có ý nghĩa theo kiểm định, khoảng tin cậy chồng nhau',
  not_different: 'Trong phạm vi sai số',
} as const;

/** This run against the previous one, per dimension: change with its interval and verdict. */
export function changeTable(scale: Scale, rows: TCompareRow[]): Table {
  return dataTable(
    [50, 20, 20, 36, 34],
    ['Lĩnh vực', 'Đợt này', 'Đợt trước', 'Thay đổi\n(KTC 95%)', 'Đánh giá'],
    rows
      .filter((r) => r.parent === null)
      .map((r) => [
        left(`${r.key} ${r.label}`),
        r.a ? right(scoreText(scale, r.a.score)) : INSUFFICIENT,
        r.b ? right(scoreText(scale, r.b.score)) : INSUFFICIENT,
        r.difference
          ? right(
              `${r.difference.difference >= 0 ? '+' : ''}${scoreText(scale, r.difference.difference)}\n(${intervalText(scale, r.difference.low, r.difference.high)})`,
            )
          : '–',
        r.difference ? left(VERDICT_VI[r.difference.verdict]) : '–',
      ]),
  );
}

export function officialTable(
  scale: Scale,
  year: number,
  rows: {
    code: string;
    label: string;
    survey: { score: number; low: number; high: number } | null;
    official: number | null;
  }[],
): Table {
  return dataTable(
    [70, 50, 40],
    ['Lĩnh vực', 'Khảo sát địa phương (KTC 95%)', `PAPI chính thức năm ${year}`],
    rows.map((r) => [
      left(`${r.code} ${r.label}`),
      r.survey
        ? right(
            `${scoreText(scale, r.survey.score)} (${intervalText(scale, r.survey.low, r.survey.high)})`,
          )
        : INSUFFICIENT,
      right(
        r.official === null
          ? '–'
          : r.official.toLocaleString('vi-VN', { maximumFractionDigits: 4 }),
      ),
    ]),
  );
}
