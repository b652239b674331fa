import { LANDSCAPE_TEXT_WIDTH_MM, body, centered, gap, rule } from './decree30.ts';
import { dataTable, type GridCell } from './decree30.table.ts';
import { dateText, numberText } from './decree30.blocks.ts';
import type { PlanAppendix, PlanDocumentInput, PlanTask } from './plan-input.ts';

/** Column widths (mm) on a landscape page; they add up to the 247 mm text width. */
const COLUMNS = [12, 86, 36, 40, 28, 45];
const COLUMNS_FUNDED = [11, 70, 31, 33, 24, 36, 20, 22];

const HEADER = [
  'STT',
  'Nội dung',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Thời gian hoàn thành',
  'Kết quả/sản phẩm',
];
const HEADER_FUNDED = [...HEADER, 'Kinh phí', 'Nguồn kinh phí'];

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function roman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** "(Kèm theo Kế hoạch số 426/KH-UBND ngày 18 tháng 02 năm 2022 của Ủy ban nhân dân …)" */
export function appendixReference(plan: PlanDocumentInput) {
  const kind = (plan.documentType ?? 'KẾ HOẠCH').toLowerCase();
  const type = kind.charAt(0).toUpperCase() + kind.slice(1);
  return `(Kèm theo ${type} số ${numberText(plan.number)} ${dateText(plan.date)} của ${plan.issuingBody.name})`;
}

function taskRow(t: PlanTask, number: string, funded: boolean): GridCell[] {
  const cells: GridCell[] = [
    { text: number },
    { text: t.content, align: 'left' },
    { text: t.lead },
    { text: t.partners ?? '' },
    { text: t.deadline },
    { text: t.output, align: 'left' },
  ];
  if (funded) cells.push({ text: t.budget ?? '' }, { text: t.source ?? '' });
  return cells;
}

/**
 * Group rows (bold, the heading spanning every column but STT; sub-items in bold italics)
 * followed by their tasks, in the order given: the plan's structure, parents before children.
 */
export function taskRows(a: PlanAppendix): GridCell[][] {
  const funded = a.funding === true;
  const span = (funded ? HEADER_FUNDED : HEADER).length - 1;
  let top = 0;
  return a.groups.flatMap((g) => {
    const sub = (g.level ?? 1) > 1;
    if (!sub) top += 1;
    const style = { bold: true, italics: sub, keepNext: true };
    return [
      [
        { text: g.number ?? roman(top), ...style },
        { text: g.heading, align: 'left' as const, span, ...style },
      ],
      ...g.tasks.map((t, ti) => taskRow(t, t.number ?? String(ti + 1), funded)),
    ];
  });
}

/** The appendix: label, title, reference line, then the task table with its header repeated. */
export function planAppendix(plan: PlanDocumentInput, a: PlanAppendix) {
  const funded = a.funding === true;
  return [
    centered(a.label ?? 'Phụ lục', { bold: true, keepNext: true }),
    centered(a.title.toUpperCase(), { bold: true, keepNext: true }),
    centered(a.reference ?? appendixReference(plan), { italics: true, keepNext: true }),
    rule(50, LANDSCAPE_TEXT_WIDTH_MM),
    gap(8),
    dataTable(funded ? COLUMNS_FUNDED : COLUMNS, funded ? HEADER_FUNDED : HEADER, taskRows(a), 12),
    ...(a.notes ?? []).map((n) => body({ text: n, italics: true, pt: 12 })),
  ];
}
