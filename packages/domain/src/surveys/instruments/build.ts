/**
 * Shorthands for writing shipped instruments as readable data: one line per question.
 * `yn` scores "có" (or "không" for a question asked the bad way round), `sc` is a 5-point
 * scale, `ask` an unscored filter question that later ones hang on.
 */
import type { Condition } from '../conditions.ts';
import { scale5Scores, type SurveyChoice, type SurveyQuestion } from '../instrument.ts';

export interface Extra {
  /** Shown only when this filter question was answered "có". */
  if?: string;
  hint?: string;
  weight?: number;
}

function when(extra: Extra): { relevant?: Condition; hintVi?: string } {
  return {
    ...(extra.if ? { relevant: { q: extra.if, op: 'eq', value: 'yes' } as Condition } : {}),
    ...(extra.hint ? { hintVi: extra.hint } : {}),
  };
}

/** Có/không/không biết; `good` is the answer that scores 1. */
export function yn(
  name: string,
  element: string,
  labelVi: string,
  good: 'yes' | 'no' = 'yes',
  extra: Extra = {},
): SurveyQuestion {
  const scores = good === 'yes' ? { yes: 1, no: 0 } : { yes: 0, no: 1 };
  return {
    name,
    type: 'yes_no_dk',
    labelVi,
    required: true,
    ...when(extra),
    scoring: { element, scores, max: 1, weight: extra.weight ?? 1 },
  };
}

/** 5-point satisfaction; `scores` overrides equal steps (e.g. % satisfied = 4 and 5). */
export function sc(
  name: string,
  element: string,
  labelVi: string,
  extra: Extra = {},
  scores: Record<string, number> = scale5Scores(),
): SurveyQuestion {
  return {
    name,
    type: 'scale5',
    labelVi,
    required: true,
    ...when(extra),
    scoring: { element, scores, max: 1, weight: extra.weight ?? 1 },
  };
}

/** An unscored filter question (có/không/không biết). */
export function ask(name: string, labelVi: string, extra: Extra = {}): SurveyQuestion {
  return { name, type: 'yes_no_dk', labelVi, required: true, ...when(extra) };
}

export function single(
  name: string,
  labelVi: string,
  options: [string, string][],
  required = true,
): SurveyQuestion {
  const choices: SurveyChoice[] = options.map(([value, label]) => ({ value, labelVi: label }));
  return { name, type: 'single', labelVi, required, choices };
}

export function note(name: string, labelVi: string): SurveyQuestion {
  return { name, type: 'note', labelVi, required: false };
}

/** Questions about the respondent used for quotas and weights; never a name or phone. */
export function respondentQuestions(): SurveyQuestion[] {
  return [
    single('gioi_tinh', 'Giới tính của người trả lời', [
      ['nam', 'Nam'],
      ['nu', 'Nữ'],
      ['khac', 'Khác / không muốn trả lời'],
    ]),
    single('nhom_tuoi', 'Ông/bà thuộc nhóm tuổi nào?', [
      ['18_29', 'Từ 18 đến 29'],
      ['30_44', 'Từ 30 đến 44'],
      ['45_59', 'Từ 45 đến 59'],
      ['60', 'Từ 60 trở lên'],
    ]),
  ];
}

export const CONSENT_VI =
  'Phiếu này hỏi ý kiến của ông/bà về chính quyền nơi mình sống để chính quyền làm tốt hơn. ' +
  'Phiếu không hỏi họ tên, số điện thoại hay địa chỉ; câu trả lời chỉ dùng để tính điểm chung, ' +
  'không dùng vào việc khác (Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân). Câu nào không muốn trả lời, ông/bà chọn «Không biết / không trả lời».';
